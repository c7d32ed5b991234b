import { Button, ButtonGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { TableDefinition } from '../../../shared/domain/records';
import { ConfirmDeleteAlert } from '../../components/confirm-delete-alert';
import { useFileImport, useRecordEditor } from '../../stores/stores-context';
import { FileImportDialog } from './file-import-dialog';
import { RecordFormDialog } from './record-form-dialog';
import { useState } from 'react';

/** New, Edit (one selected row) and Delete (the selected rows, after confirmation). */
export function RecordActions({ definition }: { definition: TableDefinition }) {
  const selected = useRecordEditor((s) => s.selected);
  const deleting = useRecordEditor((s) => s.deleting);
  const openNew = useRecordEditor((s) => s.openNew);
  const openEdit = useRecordEditor((s) => s.openEdit);
  const deleteSelected = useRecordEditor((s) => s.deleteSelected);
  const openImport = useFileImport((s) => s.open);
  const [asking, setAsking] = useState(false);
  const [askedFor, setAskedFor] = useState(0);
  const { t } = useTranslation(['records', 'common']);
  return (
    <>
      <ButtonGroup>
        <Button icon="add" text={t('collection.new')} onClick={openNew} data-testid="record-new" />
        <Button
          icon="edit"
          text={t('actions.edit')}
          disabled={selected.length !== 1}
          onClick={openEdit}
          data-testid="record-edit"
        />
        <Button
          icon="trash"
          text={t('common:delete')}
          disabled={selected.length === 0}
          loading={deleting}
          onClick={() => {
            setAskedFor(selected.length);
            setAsking(true);
          }}
          data-testid="record-delete"
        />
        <Button
          icon="import"
          text={t('actions.import')}
          onClick={openImport}
          data-testid="import-button"
        />
      </ButtonGroup>
      <RecordFormDialog definition={definition} />
      <FileImportDialog definition={definition} />
      <ConfirmDeleteAlert
        isOpen={asking}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void deleteSelected();
        }}
      >
        {askedFor === 1
          ? t('actions.deleteOne', { table: definition.label })
          : t('actions.deleteMany', { n: askedFor, table: definition.label })}
      </ConfirmDeleteAlert>
    </>
  );
}
