import { afterEach, describe, expect, it } from 'vitest';
import { checkCrmFilter } from '../../shared/domain/crm-filter';
import { msg } from '../../shared/i18n/message';
import { sentences } from '../../shared/i18n/sentences';
import { consoleI18n } from './console-i18n';
import { messageText } from './message-text';

afterEach(() => consoleI18n.changeLanguage('en'));

describe("the CRM connector's problems and the connectors' refusals, in French", () => {
  it('words the activity check, a filter rule and the list of problems', async () => {
    await consoleI18n.changeLanguage('fr');
    const [rule] = checkCrmFilter(
      { kind: 'condition', left: 'Account.Name', operator: 'isEmpty' },
      new Set(['Email']),
      new Map(),
    );
    expect(rule && messageText(rule.rule)).toBe(
      "Les comparaisons de type JOIN ne sont pas prises en charge : 'Account.Name' est un champ d'une autre table.",
    );
    const problems = sentences([
      msg('messages:crmCheck.selectRemoteObject'),
      msg('messages:crmFilter.atLine', { at: '2', rule: msg('messages:crmFilter.andNot') }),
    ]);
    expect(messageText(msg('messages:crm.settingsProblems', { problems }))).toBe(
      "Sélectionnez un objet distant. Filtre, ligne 2 : L'opérateur ET NON n'est pas pris en charge.",
    );
    expect(
      messageText(msg('messages:activityCheck.problem', { activity: 'Import', problem: 'x' })),
    ).toBe('Import : x');
  });

  it("words a connector's refusal around the CRM's own text, which stays as it is", async () => {
    await consoleI18n.changeLanguage('fr');
    const refusal = msg('messages:connectors.salesforce.loginRefused', {
      crmMessage: 'authentication failure',
      code: 'invalid_grant',
    });
    expect(messageText(msg('messages:crm.failed', { crmMessage: refusal }))).toBe(
      'Le CRM a répondu : Salesforce a refusé la connexion : authentication failure (invalid_grant).',
    );
    const what = msg('messages:connectors.call.query', { table: 'contact' });
    expect(
      messageText(
        msg('messages:connectors.dynamics.refused', { what, crmMessage: 'Denied', code: '0x1' }),
      ),
    ).toBe("Dynamics 365 a refusé la requête sur 'contact' : Denied (0x1).");
    expect(messageText(msg('messages:connectors.oracle.sortOrFilter'))).toContain(
      'mais pas les deux simultanément',
    );
  });

  it('words the wizard warning, the approval reason and the picklist refusal', async () => {
    await consoleI18n.changeLanguage('fr');
    expect(
      messageText(
        msg('messages:wizard.unusableField', {
          table: 'Contact',
          crmType: 'address',
          field: 'MailingAddress',
        }),
      ),
    ).toBe(
      "Pour la table 'Contact', impossible d'utiliser le type 'address' du champ 'MailingAddress'.",
    );
    expect(messageText(msg('messages:enumerationSync.multiSelect'))).toMatch(
      /^Les listes de sélection à choix multiple ne sont pas prises en charge/,
    );
    const reason = msg('messages:connectors.cancelled');
    expect(messageText(msg('messages:schemas.notApproved', { name: 'sfdc:x', reason }))).toBe(
      "Le schéma 'sfdc:x' n'a pas pu être approuvé et reste en attente : L'appel a été annulé.",
    );
  });
});
