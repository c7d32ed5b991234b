import { Button, Classes, FormGroup, InputGroup, Switch } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CrmTableSummary } from '../../../shared/domain/crm';
import { useWizard } from '../../stores/stores-context';
import { changesAreFresh } from '../../stores/crm/wizard-store';
import { AvailableTables } from './available-tables';
import { SchemaChangesPanel } from './schema-changes-panel';

// One empty list for every render: a selector's answer must keep its identity.
const noTables: readonly CrmTableSummary[] = [];

/** Step 2, "Select the tables": the grid, a search box, All tables; changes since the last run. */
export function SelectTablesStep() {
  const tables = useWizard((s) => (s.tables.status === 'ready' ? s.tables.value : noTables));
  const selected = useWizard((s) => s.selected);
  const lastRun = useWizard((s) => s.lastRun);
  const search = useWizard((s) => s.search);
  const configured = useWizard((s) => s.account?.configured ?? false);
  const fresh = useWizard(changesAreFresh);
  const changes = useWizard((s) => s.changes);
  const toggle = useWizard((s) => s.toggle);
  const setAll = useWizard((s) => s.setAll);
  const setSearch = useWizard((s) => s.setSearch);
  const loadChanges = useWizard((s) => s.loadChanges);
  const { t } = useTranslation('wizard');

  const needle = search.trim().toLowerCase();
  const shown = needle
    ? tables.filter(
        (t) => t.name.toLowerCase().includes(needle) || t.label.toLowerCase().includes(needle),
      )
    : tables;
  const all = tables.length > 0 && selected.length === tables.length;

  return (
    <div className="console-wizard-panel" data-testid="wizard-step-select-tables">
      <div className="console-wizard-toolbar">
        <FormGroup
          label={t('select.available')}
          labelFor="wizard-search"
          inline
          className="console-wizard-search"
        >
          <InputGroup
            id="wizard-search"
            type="search"
            leftIcon="search"
            placeholder={t('select.search')}
            value={search}
            onValueChange={setSearch}
            data-testid="wizard-search"
          />
        </FormGroup>
        <Switch
          label={t('select.all')}
          checked={all}
          onChange={(e) => setAll(e.currentTarget.checked)}
          data-testid="wizard-all-tables"
        />
        <span className={Classes.TEXT_MUTED} data-testid="wizard-selected-count">
          {t('select.count', { selected: selected.length, total: tables.length })}
        </span>
      </div>
      <AvailableTables
        tables={shown}
        selected={new Set(selected)}
        lastRun={new Set(lastRun)}
        onToggle={toggle}
      />
      {configured && (
        <div className="console-wizard-changes">
          <Button
            icon="changes"
            text={t('select.compare')}
            disabled={selected.length === 0 || (fresh && changes?.load.status !== 'failed')}
            onClick={() => void loadChanges()}
            data-testid="wizard-compare"
          />
          {changes && fresh && <SchemaChangesPanel load={changes.load} />}
        </div>
      )}
    </div>
  );
}
