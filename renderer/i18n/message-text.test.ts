import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleCallError } from '../api/console-call-error';
import { consoleI18n } from './console-i18n';
import { wordedText } from './message-text';

afterEach(() => consoleI18n.changeLanguage('en'));

describe('messages from the main process, in the window language', () => {
  it('shows a refusal and its field issues in French, English kept', async () => {
    await consoleI18n.changeLanguage('fr');
    const error = new ConsoleCallError('workflows.create', {
      code: 'ALREADY_EXISTS',
      message: "Workflow 'wkfImport' already exists.",
      key: 'messages:workflows.alreadyExists',
      params: { name: 'wkfImport' },
      details: {
        issues: [
          {
            path: 'name',
            message: "The internal name 'wkfImport' is already used.",
            key: 'messages:names.alreadyUsed',
            params: { name: 'wkfImport' },
          },
        ],
      },
    });
    expect(error.message).toBe("Le workflow 'wkfImport' existe déjà.");
    expect(error.english).toBe("Workflow 'wkfImport' already exists.");
    expect(error.issues[0]?.message).toBe("Le nom interne 'wkfImport' est déjà utilisé.");
  });

  it('words a refused argument from its issues, with their lines, in French', async () => {
    await consoleI18n.changeLanguage('fr');
    const error = new ConsoleCallError('enumerations.create', {
      code: 'INVALID_ARGUMENT',
      message: 'Line 2: A value is required.',
      key: 'messages:contract.invalidArgument',
      params: { issues: 'Line 2: A value is required.' },
      details: {
        issues: [
          {
            path: 'values.1.label',
            message: 'A value is required.',
            key: 'messages:validation.required',
          },
        ],
      },
    });
    expect(error.message).toBe('Ligne 2 : Une valeur est obligatoire.');
  });

  it('keeps the English text of a refusal without a key', async () => {
    await consoleI18n.changeLanguage('fr');
    const error = new ConsoleCallError('session.status', { code: 'INTERNAL', message: 'Down.' });
    expect(error.message).toBe('Down.');
  });

  it('words a log line in French, plurals and numbers included; an old line as written', async () => {
    await consoleI18n.changeLanguage('fr');
    expect(
      wordedText({
        text: '1200 rows of Recipients selected.',
        key: 'messages:log.selected',
        params: { count: 1200, table: 'Recipients' },
      }),
    ).toBe(`${(1200).toLocaleString('fr')} lignes de Recipients sélectionnées.`);
    expect(wordedText({ text: 'Run paused.', key: 'messages:runs.paused' })).toBe(
      'Exécution mise en pause.',
    );
    expect(wordedText({ text: 'Run paused.' })).toBe('Run paused.');
  });

  it('words a message inside a message in the window language', async () => {
    await consoleI18n.changeLanguage('fr');
    const line = {
      text: "Workflow 'wkfImport' does not exist.",
      key: 'messages:records.storeRefused',
      params: { reason: { key: 'messages:workflows.notFound', params: { name: 'wkfImport' } } },
    };
    expect(wordedText(line)).toBe("Le workflow 'wkfImport' n'existe pas.");
  });
});
