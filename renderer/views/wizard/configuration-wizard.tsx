import { DialogStep } from '@blueprintjs/core';
import { wizardTexts } from '../../../shared/domain/accounts';
import { StepsDialog } from '../../components/steps-dialog';
import { useJobs, useWizard } from '../../stores/stores-context';
import { wizardSteps, type WizardStepId } from '../../stores/crm/wizard-store';
import { CreateSchemaStep } from './create-schema-step';
import { isActive, runStateOf } from './run-state';
import { SelectTablesStep } from './select-tables-step';
import { TablesListStep } from './tables-list-step';

const asStep = (id: string | number): WizardStepId =>
  wizardSteps.find((s) => s === id) ?? 'tables-list';

const back = { text: '< Previous' };

/**
 * "Salesforce configuration wizard" (each kind's own title): the reference's three steps. Start, < Previous, Next >
 * and Close as in the original; Cancel stands in for Start while the schema job runs.
 */
export function ConfigurationWizard() {
  const account = useWizard((s) => s.account);
  // Read when the dialog opens: a wizard reopened after a reload starts at its step.
  const step = useWizard((s) => s.step);
  const tablesReady = useWizard((s) => s.tables.status === 'ready');
  const selectedCount = useWizard((s) => s.selected.length);
  const run = useWizard((s) => s.run);
  const close = useWizard((s) => s.close);
  const setStep = useWizard((s) => s.setStep);
  const createSchema = useWizard((s) => s.createSchema);
  const cancel = useWizard((s) => s.cancel);
  const job = useJobs((s) => (run?.jobId ? s.jobs[run.jobId] : undefined));
  const state = runStateOf(run, job);
  const active = isActive(state);

  return (
    <StepsDialog
      isOpen={account !== null}
      onClose={close}
      title={account ? wizardTexts[account.type].title : ''}
      icon="wrench"
      className="console-wizard"
      canOutsideClickClose={false}
      showCloseButtonInFooter
      closeButtonProps={{ text: 'Close' }}
      onChange={(next) => setStep(asStep(next))}
      initialStepId={step}
      backButtonProps={{ ...back, disabled: active }}
      nextButtonProps={{ text: 'Next >' }}
      finalButtonProps={
        active
          ? {
              text: 'Cancel',
              icon: 'stop',
              intent: 'danger',
              disabled: state === 'starting' || job?.cancelling === true,
              onClick: () => void cancel(),
            }
          : { text: 'Start', icon: 'play', intent: 'primary', onClick: () => void createSchema() }
      }
    >
      <DialogStep
        id="tables-list"
        title="Generate the tables list"
        panel={<TablesListStep />}
        nextButtonProps={{ text: 'Next >', disabled: !tablesReady }}
      />
      <DialogStep
        id="select-tables"
        title="Select the tables"
        panel={<SelectTablesStep />}
        backButtonProps={back}
        nextButtonProps={{ text: 'Next >', disabled: selectedCount === 0 }}
      />
      <DialogStep
        id="create-schema"
        title="Create the schema"
        panel={<CreateSchemaStep />}
        backButtonProps={{ ...back, disabled: active }}
      />
    </StepsDialog>
  );
}
