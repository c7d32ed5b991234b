import { Intent, Tag } from '@blueprintjs/core';
import { useEffect } from 'react';
import { useSourceSchemas } from '../../stores/stores-context';

/**
 * Beside Data schemas in the explorer: how many generated schemas wait for the next log-on
 * (DESIGN step 4), so the administrator knows to log off and on after the wizard.
 */
export function PendingSchemasMark() {
  const loaded = useSourceSchemas((s) => s.loaded);
  const load = useSourceSchemas((s) => s.load);
  const pending = useSourceSchemas((s) => s.items.filter((x) => x.status === 'pending').length);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  if (pending === 0) return null;
  const text = `${pending} ${pending === 1 ? 'schema waits' : 'schemas wait'} for approval: log off and log on to approve.`;
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
