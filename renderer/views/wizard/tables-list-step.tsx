import { Button, Callout, Intent, Spinner } from '@blueprintjs/core';
import { useWizard } from '../../stores/stores-context';
import { wizardTexts } from '../../../shared/domain/accounts';

/** Step 1, "Generate the tables list": Start asks the CRM for its tables. */
export function TablesListStep() {
  const tables = useWizard((s) => s.tables);
  const listTables = useWizard((s) => s.listTables);
  const note = useWizard((s) => (s.account ? wizardTexts[s.account.type].note : undefined));
  return (
    <div
      className="console-wizard-panel"
      data-testid="wizard-step-tables-list"
      data-state={tables.status}
    >
      <p>Click &apos;Start&apos; to recover the tables</p>
      {note && (
        <Callout
          intent={Intent.PRIMARY}
          icon="info-sign"
          className="console-wizard-note"
          data-testid="wizard-tables-limitation"
        >
          {note}
        </Callout>
      )}
      <Button
        icon="play"
        intent={Intent.PRIMARY}
        text="Start"
        loading={tables.status === 'loading'}
        onClick={() => void listTables()}
        data-testid="wizard-list-start"
      />
      {tables.status === 'loading' && (
        <div className="console-wizard-note">
          <Spinner size={16} /> Recovering the tables of the CRM...
        </div>
      )}
      {tables.status === 'ready' && (
        <Callout
          intent={Intent.SUCCESS}
          icon="tick"
          className="console-wizard-note"
          data-testid="wizard-tables-found"
        >
          {tables.value.length} tables recovered. Click Next to select those to use.
        </Callout>
      )}
      {tables.status === 'failed' && (
        <Callout
          intent={Intent.DANGER}
          icon="error"
          title="The tables could not be recovered"
          className="console-wizard-note"
        >
          <span data-testid="wizard-tables-error">{tables.error}</span>
        </Callout>
      )}
    </div>
  );
}
