import { Button, NonIdealState, Spinner } from '@blueprintjs/core';

/** Shown while the first status is read, or when the host did not answer it. */
export function UnreachableScreen({
  error,
  onRetry,
}: {
  error: string | null;
  onRetry: () => void;
}) {
  if (!error)
    return (
      <div className="console-fullscreen">
        <Spinner aria-label="Loading" />
      </div>
    );
  return (
    <div className="console-fullscreen" data-testid="unreachable-screen">
      <NonIdealState
        icon="offline"
        title="The console does not answer"
        description={error}
        action={<Button icon="refresh" text="Try again" onClick={onRetry} />}
      />
    </div>
  );
}
