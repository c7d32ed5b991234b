import { Button, Callout, Intent, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useWizard } from '../../stores/stores-context';

/** Step 1, "Generate the tables list": Start asks the CRM for its tables. */
export function TablesListStep() {
  const tables = useWizard((s) => s.tables);
  const listTables = useWizard((s) => s.listTables);
  // Only Oracle's wizard has a note: its personalized tables are not offered.
  const oracle = useWizard((s) => s.account?.type === 'oracle');
  const { t } = useTranslation('wizard');
  const note = oracle ? t('list.oracleNote') : undefined;
  return (
    <div
      className="console-wizard-panel"
      data-testid="wizard-step-tables-list"
      data-state={tables.status}
    >
      <p>{t('list.intro')}</p>
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
        text={t('start')}
        loading={tables.status === 'loading'}
        onClick={() => void listTables()}
        data-testid="wizard-list-start"
      />
      {tables.status === 'loading' && (
        <div className="console-wizard-note">
          <Spinner size={16} /> {t('list.recovering')}
        </div>
      )}
      {tables.status === 'ready' && (
        <Callout
          intent={Intent.SUCCESS}
          icon="tick"
          className="console-wizard-note"
          data-testid="wizard-tables-found"
        >
          {t('list.found', { count: tables.value.length })}
        </Callout>
      )}
      {tables.status === 'failed' && (
        <Callout
          intent={Intent.DANGER}
          icon="error"
          title={t('list.failed')}
          className="console-wizard-note"
        >
          <span data-testid="wizard-tables-error">{tables.error}</span>
        </Callout>
      )}
    </div>
  );
}
