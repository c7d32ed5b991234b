import {
  Button,
  Callout,
  Classes,
  Dialog,
  DialogBody,
  DialogFooter,
  Intent,
  Spinner,
} from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { chosen } from '../../stores/crm/enumeration-sync-store';
import { valueOf } from '../../stores/crm/loadable';
import { useEnumerations, useEnumerationSync, useExplorer } from '../../stores/stores-context';
import { SyncPreviewTable } from './sync-preview-table';
import { SyncRowsTable } from './sync-rows-table';
import { targetError } from './target-picker';

/** "Synchronizing enumerations": choose (Next) → preview (Start) → applied. */
export function EnumerationSyncDialog() {
  const account = useEnumerationSync((s) => s.account);
  const step = useEnumerationSync((s) => s.step);
  const rowsLoad = useEnumerationSync((s) => s.rows);
  const choices = useEnumerationSync((s) => s.choices);
  const preview = useEnumerationSync((s) => s.preview);
  const applying = useEnumerationSync((s) => s.applying);
  const applyError = useEnumerationSync((s) => s.applyError);
  const choose = useEnumerationSync((s) => s.choose);
  const next = useEnumerationSync((s) => s.next);
  const back = useEnumerationSync((s) => s.back);
  const start = useEnumerationSync((s) => s.start);
  const close = useEnumerationSync((s) => s.close);
  const existing = useEnumerations((s) => s.items);
  const openNode = useExplorer((s) => s.open);
  const { t } = useTranslation(['enumerations', 'common']);
  const stepTitle =
    step === 'choose'
      ? t('sync.steps.choose')
      : step === 'preview'
        ? t('sync.steps.preview')
        : t('sync.steps.applied');

  const rows = valueOf(rowsLoad) ?? [];
  const picked = chosen(rows, choices);
  const invalid = picked.some((c) => targetError(c.target) !== null);
  const previewed = valueOf(preview);

  return (
    <Dialog
      isOpen={account !== null}
      onClose={close}
      title={t('sync.title')}
      icon="exchange"
      className="console-sync-dialog"
      canOutsideClickClose={false}
    >
      <DialogBody>
        <div data-testid="sync-dialog" data-step={step} data-state={rowsLoad.status}>
          <p className="console-sync-subtitle">
            <strong>{t('sync.subtitle')}</strong>
            {account && <span className={Classes.TEXT_MUTED}> — {account.label}</span>}
          </p>
          <p className={Classes.TEXT_MUTED}>{stepTitle}</p>
          {rowsLoad.status === 'loading' && <Spinner size={24} />}
          {rowsLoad.status === 'failed' && (
            <Callout intent={Intent.DANGER} title={t('sync.unreadable')}>
              {rowsLoad.error}
            </Callout>
          )}
          {step === 'choose' && rowsLoad.status === 'ready' && (
            <SyncRowsTable rows={rows} choices={choices} existing={existing} onChoose={choose} />
          )}
          {step !== 'choose' && previewed && (
            <SyncPreviewTable preview={previewed} rows={rows} applied={step === 'applied'} />
          )}
          {preview.status === 'failed' && (
            <Callout
              intent={Intent.DANGER}
              icon="error"
              title={t('sync.notPossible')}
              className="console-sync-error"
            >
              <span data-testid="sync-error">{preview.error}</span>
            </Callout>
          )}
          {applyError && (
            <Callout
              intent={Intent.DANGER}
              icon="error"
              title={t('sync.nothingChanged')}
              className="console-sync-error"
            >
              <span data-testid="sync-error">{applyError}</span>
            </Callout>
          )}
          {step === 'applied' && (
            <Callout
              intent={Intent.SUCCESS}
              icon="tick"
              className="console-sync-error"
              data-testid="sync-done"
            >
              {t('sync.done')}
            </Callout>
          )}
        </div>
      </DialogBody>
      <DialogFooter
        actions={
          <>
            {step === 'preview' && (
              <Button
                text={t('sync.previous')}
                onClick={back}
                disabled={applying}
                data-testid="sync-previous"
              />
            )}
            {step === 'choose' && (
              <Button
                intent={Intent.PRIMARY}
                text={t('sync.next')}
                disabled={picked.length === 0 || invalid}
                loading={preview.status === 'loading'}
                onClick={() => void next()}
                data-testid="sync-next"
              />
            )}
            {step === 'preview' && (
              <Button
                intent={Intent.PRIMARY}
                icon="play"
                text={t('sync.start')}
                loading={applying}
                onClick={() => void start()}
                data-testid="sync-start"
              />
            )}
            {step === 'applied' && (
              <Button
                intent={Intent.PRIMARY}
                icon="list"
                text={t('sync.showEnumerations')}
                onClick={() => {
                  close();
                  openNode('enumerations');
                }}
                data-testid="sync-show-enumerations"
              />
            )}
          </>
        }
      >
        <Button text={t('common:close')} onClick={close} data-testid="sync-close" />
      </DialogFooter>
    </Dialog>
  );
}
