import { englishText, type ConsoleMessage } from '../../../shared/i18n/message';
import type { RunLogLine } from '../../../shared/domain/workflows/run-views';
import type { EventBus } from '../../core/event-bus';
import type { RunStore } from '../../storage/runs/run-store';

export type LogLevel = RunLogLine['level'];

/**
 * A run's log: numbered lines appended to `log.jsonl` and sent as `workflow.log` events. The
 * numbering goes on from the file's last line, so a resumed run never repeats a number.
 */
export class RunLog {
  private constructor(
    private readonly runId: string,
    private seq: number,
    private readonly deps: {
      runs: RunStore;
      events: EventBus;
      now: () => number;
      report: (message: string, error: unknown) => void;
    },
  ) {}

  static async open(runId: string, deps: RunLog['deps']): Promise<RunLog> {
    return new RunLog(runId, await deps.runs.lastLogSeq(runId), deps);
  }

  /** The line names its activity by id; the console shows the label beside the text. */
  write(level: LogLevel, activity: { id: string } | null, message: ConsoleMessage): void {
    const line: RunLogLine = {
      seq: ++this.seq,
      at: new Date(this.deps.now()).toISOString(),
      level,
      activity: activity?.id ?? null,
      text: englishText(message),
      ...message,
    };
    this.deps.runs
      .appendLog(this.runId, line)
      .catch((error: unknown) =>
        this.deps.report(`Cannot write the log of run ${this.runId}.`, error),
      );
    this.deps.events.emit({ type: 'workflow.log', runId: this.runId, line });
  }

  flush(): Promise<void> {
    return this.deps.runs.flushLog(this.runId);
  }
}
