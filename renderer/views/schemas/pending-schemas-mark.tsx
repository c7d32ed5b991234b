import { Intent, Tag } from '@blueprintjs/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSourceSchemas } from '../../stores/stores-context';

/**
 * Beside Data schemas in the explorer: how many generated schemas wait for the next log-on
 * (DESIGN step 4), so the administrator knows to log off and on after the wizard.
 */
export function PendingSchemasMark() {
  const { t } = useTranslation('schemas');
  const loaded = useSourceSchemas((s) => s.loaded);
  const load = useSourceSchemas((s) => s.load);
  const pending = useSourceSchemas((s) => s.items.filter((x) => x.status === 'pending').length);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  if (pending === 0) return null;
  const text = t('pendingMark', { count: pending });
  // Small enough for the explorer's width, readable on the highlighted row too.
  return (
    <Tag
      round
      intent={Intent.WARNING}
      icon="time"
      aria-label={text}
      title={text}
      data-testid="explorer-pending-schemas"
    >
      {pending}
    </Tag>
  );
}
