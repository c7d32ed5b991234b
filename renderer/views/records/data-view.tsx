import { Button, Callout, Classes, Intent, NonIdealState, Spinner } from '@blueprintjs/core';
import { useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../../components/error-callout';
import { formatRows } from '../../i18n/formats';
import { useJobs, useRecords } from '../../stores/stores-context';
import { RecordActions } from './record-actions';
import { ColumnChooser } from './column-chooser';
import { ExportPanel } from './export-panel';
import { FilterBar } from './filter-bar';
import { RecordGrid } from './record-grid';

/** The Data tab of a table: filter bar, column chooser, export, the grid and its count. */
export function DataView({ table }: { table: string }) {
  const open = useRecords((s) => s.open);
  const current = useRecords((s) => s.table);
  const definition = useRecords((s) => s.definition);
  const openError = useRecords((s) => s.openError);
  const count = useRecords((s) => s.count);
  const sort = useRecords((s) => s.sort);
  const filter = useRecords((s) => s.filter);
  const queryError = useRecords((s) => s.queryError);
  const rowsReady = useRecords((s) => s.rowsReady);
  const refresh = useRecords((s) => s.refresh);
  const exportCsv = useRecords((s) => s.exportCsv);
  const exportJobId = useRecords((s) => s.exportJobId);
  const { t } = useTranslation('records');
  const exporting = useJobs(
    (s) => exportJobId !== null && (s.jobs[exportJobId]?.status ?? 'running') === 'running',
  );

  useEffect(() => {
    void open(table);
  }, [open, table]);

  if (openError)
    return (
      <Callout intent={Intent.DANGER} title={t('data.unopened', { table })}>
        {openError}
      </Callout>
    );
  if (current !== table || !definition)
    return (
      <div className="console-data-view console-data-loading">
        <Spinner size={24} aria-label={t('data.loading')} />
      </div>
    );

  const sortColumn = sort && definition.columns.find((c) => c.name === sort.column);
  const ready = rowsReady && count !== null;
  return (
    <div className="console-data-view" data-testid="data-view" data-table={table}>
      <div className="console-data-toolbar">
        <FilterBar key={table} definition={definition} />
        <div className="console-data-actions">
          <RecordActions definition={definition} />
          <ColumnChooser definition={definition} />
          <Button
            icon="export"
            text={t('data.exportCsv')}
            disabled={exporting}
            onClick={() => void exportCsv()}
            data-testid="export-button"
          />
          <Button
            icon="refresh"
            variant="minimal"
            aria-label={t('collection.refresh')}
            title={t('collection.refresh')}
            onClick={refresh}
          />
        </div>
      </div>
      <ErrorCallout error={queryError} title={t('data.queryRefused')} testId="query-error" />
      <ExportPanel />
      <div
        className="console-grid-frame"
        // Room for the longest row number: Blueprint measures its row header once, not per scroll.
        style={{ '--console-row-digits': String(count ?? 0).length } as CSSProperties}
        data-testid="record-grid"
        data-state={queryError ? 'error' : ready ? 'ready' : 'loading'}
      >
        {queryError ? (
          <NonIdealState
            icon="filter-remove"
            title={t('data.noRowsToShow')}
            description={t('data.correctFilter')}
          />
        ) : count === 0 ? (
          <NonIdealState icon="search" title={t('data.noRows')} description={t('data.noMatch')} />
        ) : (
          <RecordGrid definition={definition} />
        )}
      </div>
      <div className={`console-grid-status ${Classes.TEXT_SMALL}`}>
        <span data-testid="row-count">
          {queryError ? t('data.noCount') : count === null ? t('data.counting') : formatRows(count)}
        </span>
        {sortColumn && (
          <span>
            {sort.descending
              ? t('data.sortedDescending', { column: sortColumn.label })
              : t('data.sortedAscending', { column: sortColumn.label })}
          </span>
        )}
        {filter && (
          <span>
            {filter.conditions.length === 1
              ? t('data.filteredOne')
              : filter.combinator === 'and'
                ? t('data.filteredAll', { n: filter.conditions.length })
                : t('data.filteredAny', { n: filter.conditions.length })}
          </span>
        )}
      </div>
    </div>
  );
}
