import { Button, Callout } from '@blueprintjs/core';
import { ErrorCallout } from '../../components/error-callout';
import { useWorkflowEditor, useWorkflowRun } from '../../stores/stores-context';
import { selectedRun } from '../../stores/workflows/workflow-run-store';
import { useTranslation } from 'react-i18next';
import { runStoppedTitle } from '../../stores/workflows/workflow-labels';
import { reasonText } from '../../i18n/message-text';

/** What went wrong: a refused save (a newer version, invalid settings), a run that stopped. */
export function EditorMessages() {
  const { t } = useTranslation('workflows');
  const saveError = useWorkflowEditor((s) => s.saveError);
  const connectError = useWorkflowEditor((s) => s.connectError);
  const reload = useWorkflowEditor((s) => s.reload);
  const actionError = useWorkflowRun((s) => s.actionError);
  const run = useWorkflowRun(selectedRun);
  const stopped = run && run.message && run.status !== 'running' && run.status !== 'succeeded';
  return (
    <div className="workflow-messages">
      {saveError && (
        <div>
          <ErrorCallout error={saveError} title={t('editor.notSaved')} testId="save-error" />
          <Button
            icon="refresh"
            variant="minimal"
            text={t('editor.reload')}
            onClick={() => void reload()}
          />
        </div>
      )}
      {connectError && (
        <Callout intent="warning" icon="warning-sign" data-testid="connect-error">
          {connectError}
        </Callout>
      )}
      {actionError && (
        <ErrorCallout error={actionError.error} title={actionError.title} testId="run-error" />
      )}
      {stopped && (
        <Callout intent="warning" title={runStoppedTitle(run.status)} data-testid="run-message">
          {reasonText(run.message ?? '', run.messageText)}
        </Callout>
      )}
    </div>
  );
}
