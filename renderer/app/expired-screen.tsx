import { NonIdealState } from '@blueprintjs/core';
import { expiredMessage } from '../bridge/http-bridge';

/** Full-window message: this page's token was refused, so nothing else can work. */
export function ExpiredScreen() {
  return (
    <div className="console-fullscreen" data-testid="expired-screen">
      <NonIdealState
        icon="disable"
        title="Console address not valid"
        description={expiredMessage}
      />
    </div>
  );
}
