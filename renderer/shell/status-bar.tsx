import { Classes, Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../stores/stores-context';

/** The strip at the bottom of the Campaign client: who is logged on to which instance. */
export function StatusBar() {
  const operator = useSession((s) => s.status?.operator);
  const { t } = useTranslation('shell');
  const instance = useSession((s) => s.status?.instance?.internalName ?? '');
  return (
    <footer className={`console-status-bar ${Classes.TEXT_SMALL}`} data-testid="status-bar">
      <span data-testid="status-operator">
        <Icon icon="person" size={12} /> {t('status.operator', { name: operator?.name ?? '' })}
        {operator && operator.label !== operator.name && (
          <span className={Classes.TEXT_MUTED}> ({operator.label})</span>
        )}
      </span>
      <span className="console-status-separator" aria-hidden>
        ·
      </span>
      <span data-testid="status-instance">
        <Icon icon="database" size={12} /> {t('status.instance', { name: instance })}
      </span>
    </footer>
  );
}
