/** A waiting activity (Wait, or a Scheduler's next occurrence): "Waiting until 14:03:21". */
export function WaitDue({ until }: { until: string }) {
  const due = new Date(until);
  return (
    <div className="workflow-progress workflow-progress-text" data-testid="wait-due">
      Waiting until <time dateTime={due.toISOString()}>{due.toLocaleTimeString()}</time>
    </div>
  );
}
