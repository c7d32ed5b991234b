import { DialogStep } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { AccountType } from '../../../shared/domain/accounts';
import { StepsDialog } from '../../components/steps-dialog';
import { useJobs, useWizard } from '../../stores/stores-context';
import { wizardSteps, type WizardStepId } from '../../stores/crm/wizard-store';
import { CreateSchemaStep } from './create-schema-step';
import { isActive, runStateOf } from './run-state';
import { SelectTablesStep } from './select-tables-step';
import { TablesListStep } from './tables-list-step';

const asStep = (id: string | number): WizardStepId =>
  wizardSteps.find((s) => s === id) ?? 'tables-list';

/** Each kind's wizard title, as the original console names it. */
function WizardTitle({ type }: { type: AccountType }) {
  const { t } = useTranslation('wizard');
  switch (type) {
    case 'salesforce':
      return t('title.salesforce');
    case 'dynamics':
      return t('title.dynamics');
    case 'oracle':
      return t('title.oracle');
  }
}

/**
 * "Salesforce configuration wizard" (each kind's own title): the reference's three steps. Start, < Previous, Next >
 * and Close as in the original; Cancel stands in for Start while the schema job runs.
 */
export function ConfigurationWizard() {
  const account = useWizard((s) => s.account);
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
  const { t } = useTranslation(['wizard', 'common']);
  const back = { text: t('previous') };
  const next = t('next');

  return (
    <StepsDialog
      isOpen={account !== null}
      onClose={close}
      title={account ? <WizardTitle type={account.type} /> : ''}
      icon="wrench"
      className="console-wizard"
      canOutsideClickClose={false}
      showCloseButtonInFooter
      closeButtonProps={{ text: t('common:close') }}
      onChange={(step) => setStep(asStep(step))}
      backButtonProps={{ ...back, disabled: active }}
      nextButtonProps={{ text: next }}
      finalButtonProps={
        active
          ? {
              text: t('common:cancel'),
              icon: 'stop',
              intent: 'danger',
              disabled: state === 'starting' || job?.cancelling === true,
              onClick: () => void cancel(),
            }
          : {
              text: t('start'),
              icon: 'play',
              intent: 'primary',
              onClick: () => void createSchema(),
            }
      }
    >
      <DialogStep
        id="tables-list"
        title={t('steps.tablesList')}
        panel={<TablesListStep />}
        nextButtonProps={{ text: next, disabled: !tablesReady }}
      />
      <DialogStep
        id="select-tables"
        title={t('steps.selectTables')}
        panel={<SelectTablesStep />}
        backButtonProps={back}
        nextButtonProps={{ text: next, disabled: selectedCount === 0 }}
      />
      <DialogStep
        id="create-schema"
        title={t('steps.createSchema')}
        panel={<CreateSchemaStep />}
        backButtonProps={{ ...back, disabled: active }}
      />
    </StepsDialog>
  );
}
