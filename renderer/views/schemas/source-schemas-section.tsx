import { Button, Callout, H6, Intent, Spinner } from '@blueprintjs/core';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { shownText } from '../../api/console-call-error';
import type { SchemaSummary } from '../../../shared/domain/schemas';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionTable } from '../../components/collections/collection-table';
import { useConsoleStores, useSourceSchemas } from '../../stores/stores-context';
import { PendingSchemaTag } from '../accounts/pending-schema-tag';
import { SourceSchemaDetail } from './source-schema-detail';

const columns = (t: TFunction<'schemas'>): CollectionColumn<SchemaSummary>[] => [
  {
    header: t('columns.name'),
    headerClassName: 'console-col-name',
    cellClassName: 'console-mono',
    render: (s) => s.name,
  },
  { header: t('columns.label'), render: (s) => s.label },
  {
    header: t('source.tables'),
    headerClassName: 'console-col-count',
    cellClassName: 'console-col-count',
    render: (s) => s.tables.length,
  },
  {
    header: t('columns.status'),
    headerClassName: 'console-col-status',
    cellTestId: 'source-schema-row-status',
    render: (s) => <PendingSchemaTag schema={s} showApproved />,
  },
];

/**
 * Data schemas, first part: the source schemas the configuration wizards generated (one per
 * external account). Only one detail shows at a time: opening one here closes the table's below.
 */
export function SourceSchemasSection() {
  const tablesStore = useConsoleStores().schemas;
  const { t } = useTranslation('schemas');
  const tableEditor = useStore(tablesStore, (s) => s.editor);
  const items = useSourceSchemas((s) => s.items);
  const loading = useSourceSchemas((s) => s.loading);
  const loadError = useSourceSchemas((s) => s.loadError);
  const editor = useSourceSchemas((s) => s.editor);
  const current = useSourceSchemas((s) => s.current);
  const detailError = useSourceSchemas((s) => s.detailError);
  const load = useSourceSchemas((s) => s.load);
  const open = useSourceSchemas((s) => s.open);
  const closeEditor = useSourceSchemas((s) => s.closeEditor);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (tableEditor) closeEditor();
  }, [tableEditor, closeEditor]);

  const openName = editor?.kind === 'edit' ? editor.name : null;
  return (
    <section className="console-section" data-testid="source-schemas">
      <div className="console-section-header">
        <H6>{t('source.heading')}</H6>
        <Button
          icon="refresh"
          variant="minimal"
          size="small"
          aria-label={t('source.refresh')}
          title={t('source.refreshTitle')}
          loading={loading}
          onClick={() => void load()}
        />
      </div>
      {loadError && (
        <Callout intent={Intent.DANGER} title={t('source.unreadable')}>
          {shownText(loadError)}
        </Callout>
      )}
      <CollectionTable
        items={items}
        columns={columns(t)}
        openName={openName}
        onOpen={(name) => {
          tablesStore.getState().closeEditor();
          void open(name);
        }}
        emptyText={t('source.empty')}
        testIds={{
          table: 'source-schemas-table',
          empty: 'source-schemas-empty',
          row: 'source-schema-row',
        }}
      />
      {openName && detailError && (
        <Callout intent={Intent.DANGER} title={t('source.unreadableRecord')}>
          {shownText(detailError)}
        </Callout>
      )}
      {openName && !current && !detailError && <Spinner size={24} />}
      {openName && current && (
        <SourceSchemaDetail
          schema={current}
          onClose={closeEditor}
          onOpenTable={(table) => {
            closeEditor();
            void tablesStore.getState().open(table);
          }}
        />
      )}
      <H6 className="console-section-next">{t('tables.heading')}</H6>
    </section>
  );
}
