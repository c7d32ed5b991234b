import { Button, ButtonGroup, Card, H5, Intent } from '@blueprintjs/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleCallError } from '../../api/console-call-error';
import { ErrorCallout } from '../error-callout';

/**
 * The card of a record's detail form: title, the callout of a refused save, the fields, and
 * Save / Cancel / Delete. Test ids are `<prefix>-save`, `<prefix>-form-error` and so on.
 */
export function DetailFormCard({
  testId,
  prefix,
  revision,
  title,
  callout,
  saving,
  formClassName,
  onSubmit,
  onCancel,
  onDelete,
  children,
}: {
  testId: string;
  prefix: string;
  /** Successful saves so far; the form is remounted on each, and tests wait on it. */
  revision: number;
  title: string;
  callout: { local: string | null; remote: ConsoleCallError | null };
  saving: boolean;
  formClassName?: string;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  /** Absent for a record not saved yet. */
  onDelete?: () => void;
  children: ReactNode;
}) {
  const errorTestId = `${prefix}-form-error`;
  const { t } = useTranslation(['records', 'common']);
  return (
    <Card className="console-detail" data-testid={testId} data-revision={revision}>
      <H5 className="console-detail-title">{title}</H5>
      {callout.local ? (
        <ErrorCallout error={callout.local} title={t('collection.notSaved')} testId={errorTestId} />
      ) : (
        <ErrorCallout
          error={callout.remote}
          title={t('collection.notSaved')}
          testId={errorTestId}
        />
      )}
      <form onSubmit={onSubmit} noValidate className={formClassName}>
        {children}
        <div className="console-form-actions">
          <ButtonGroup>
            <Button
              type="submit"
              intent={Intent.PRIMARY}
              icon="floppy-disk"
              text={t('collection.save')}
              loading={saving}
              data-testid={`${prefix}-save`}
            />
            <Button text={t('common:cancel')} onClick={onCancel} data-testid={`${prefix}-cancel`} />
          </ButtonGroup>
          {onDelete && (
            <Button
              intent={Intent.DANGER}
              variant="minimal"
              icon="trash"
              text={t('common:delete')}
              onClick={onDelete}
              data-testid={`${prefix}-delete`}
            />
          )}
        </div>
      </form>
    </Card>
  );
}
