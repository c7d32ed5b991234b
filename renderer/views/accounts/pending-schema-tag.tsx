import { Intent, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SchemaSummary } from '../../../shared/domain/schemas';

/** The marker of a schema waiting for the next log-on (DESIGN step 4), or of an approved one. */
export function PendingSchemaTag({
  schema,
  showApproved = false,
}: {
  schema: SchemaSummary;
  showApproved?: boolean;
}) {
  const { t } = useTranslation('accounts');
  if (schema.status === 'approved')
    return showApproved ? (
      <Tag
        minimal
        intent={Intent.SUCCESS}
        icon="tick"
        data-testid="schema-status"
        data-status="approved"
      >
        {t('pending.approved')}
      </Tag>
    ) : null;
  return (
    <Tag
      minimal
      intent={schema.approvalError ? Intent.DANGER : Intent.WARNING}
      icon="time"
      data-testid="schema-status"
      data-status="pending"
      title={
        schema.approvalError
          ? t('pending.lastApprovalFailed', { error: schema.approvalError })
          : undefined
      }
    >
      {t('pending.pending')}
    </Tag>
  );
}
