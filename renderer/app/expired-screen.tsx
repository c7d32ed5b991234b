import { NonIdealState } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';

/** Full-window message: this page's token was refused, so nothing else can work. */
export function ExpiredScreen() {
  const { t } = useTranslation('shell');
  return (
    <div className="console-fullscreen" data-testid="expired-screen">
      <NonIdealState
        icon="disable"
        title={t('expired.title')}
        description={t('expired.description')}
      />
    </div>
  );
}
