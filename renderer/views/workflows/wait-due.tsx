/**
 * A running Wait: "Waiting until 14:03:21", from the start of its execution and its delay.
 * A resumed Wait only waits what was left, so it is then due by this time at the latest.
 */
export function WaitDue({ startedAt, seconds }: { startedAt: string; seconds: number }) {
  const due = new Date(Date.parse(startedAt) + seconds * 1000);
  return (
    <div className="workflow-progress workflow-progress-text" data-testid="wait-due">
      Waiting until <time dateTime={due.toISOString()}>{due.toLocaleTimeString()}</time>
    </div>
  );
}
