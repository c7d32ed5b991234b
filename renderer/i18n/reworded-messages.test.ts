import { afterEach, describe, expect, it } from 'vitest';
import { logOnSchema } from '../../shared/domain/session';
import { workflowSchema } from '../../shared/domain/workflows/workflow-graph';
import { checkOptionValue } from '../../shared/domain/options';
import { issuesFromZod } from '../../shared/errors';
import { msg } from '../../shared/i18n/message';
import { ConsoleCallError } from '../api/console-call-error';
import { messagesByPath } from '../components/field-issues';
import { jobFailure } from '../stores/jobs/jobs-store';
import { asCallError } from '../stores/store-deps';
import { consoleI18n } from './console-i18n';
import { reasonText } from './message-text';

afterEach(() => consoleI18n.changeLanguage('en'));

describe('texts worded from their messages, in the window language', () => {
  it("shows a schema's own message in the form in French, English kept in the issue", async () => {
    const parsed = logOnSchema.safeParse({ operator: ' ', password: 'secret' });
    if (parsed.success) throw new Error('Expected the log-on to be refused.');
    const issues = issuesFromZod(parsed.error);
    expect(issues[0]).toMatchObject({
      path: 'operator',
      message: 'Enter the operator name.',
      key: 'messages:input.enterOperator',
    });
    await consoleI18n.changeLanguage('fr');
    expect(messagesByPath(issues).get('operator')).toBe("Saisissez le nom de l'opérateur.");
  });

  it("words a refinement's issue and the output it names in French", async () => {
    const parsed = workflowSchema.safeParse({
      name: 'wkfTest',
      label: 'Test',
      activities: [{ id: 'start', label: 'Début', position: { x: 0, y: 0 }, type: 'start' }],
      transitions: [{ id: 't1', from: 'start', output: 'reject', to: 'start' }],
    });
    if (parsed.success) throw new Error('Expected the workflow to be refused.');
    const issues = issuesFromZod(parsed.error).filter((i) => i.path === 'transitions.0');
    expect(issues[0]?.message).toBe("Activity 'Début' has no Reject transition.");
    await consoleI18n.changeLanguage('fr');
    expect(messagesByPath(issues).get('transitions.0')).toBe(
      "L'activité 'Début' n'a pas de transition Rejet.",
    );
  });

  it("words an option value's refusal from its message", () => {
    const check = checkOptionValue('decimal', '3,5');
    expect(check).toMatchObject({
      ok: false,
      message: 'Use a dot as the decimal separator, e.g. 3.5.',
      text: { key: 'messages:input.decimalSeparator' },
    });
  });

  it("shows a run's and an activity's reason in French, the English for old runs", async () => {
    await consoleI18n.changeLanguage('fr');
    const reason = msg('messages:runs.activityFailed', {
      activity: 'Import',
      reason: msg('messages:runs.interrupted'),
    });
    expect(reasonText("Activity 'Import' failed: …", reason)).toBe(
      "L'activité 'Import' a échoué : La console s'est arrêtée pendant l'exécution.",
    );
    expect(reasonText('Stored before keys.', undefined)).toBe('Stored before keys.');
  });

  it("words a failed job's reason in the language of the moment it is read", async () => {
    const job = {
      message: 'Replaced by a new run of the workflow.',
      messageText: msg('messages:runs.replaced'),
    };
    expect(jobFailure(job)).toBe('Replaced by a new run of the workflow.');
    await consoleI18n.changeLanguage('fr');
    expect(jobFailure(job)).toBe('Remplacée par une nouvelle exécution du workflow.');
  });

  it('re-words a refusal already on screen when the language changes', async () => {
    const error = new ConsoleCallError('workflows.create', {
      code: 'VALIDATION_FAILED',
      message: 'Enter a label.',
      key: 'messages:input.enterLabel',
      details: {
        issues: [{ path: 'label', message: 'Enter a label.', key: 'messages:input.enterLabel' }],
      },
    });
    expect(error.message).toBe('Enter a label.');
    await consoleI18n.changeLanguage('fr');
    expect(error.message).toBe('Saisissez un libellé.');
    expect(error.issues[0]?.message).toBe('Saisissez un libellé.');
    expect(error.english).toBe('Enter a label.');
  });

  it("words the window's fallback for something thrown that is not an error", async () => {
    const error = asCallError('workflows.list', { unexpected: true });
    expect(error.message).toBe('Something went wrong.');
    await consoleI18n.changeLanguage('fr');
    expect(error.message).toBe("Une erreur s'est produite.");
  });
});
