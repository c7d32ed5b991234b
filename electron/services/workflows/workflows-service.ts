import { msg } from '../../../shared/i18n/message';
import { issueOf } from '../../../shared/errors';
import type { WorkflowSummary } from '../../../shared/domain/workflows/run-views';
import type { Workflow, StoredWorkflow } from '../../../shared/domain/workflows/workflow-graph';
import type { Clock } from '../../core/clock';
import { ConsoleError } from '../../core/console-error';
import type { ConfigStore } from '../../storage/config/config-store';
import { byName, sameName } from '../../../shared/domain/names';

/** What the service needs of the engine: the runs, kept with the workflow they belong to. */
export interface WorkflowRuns {
  lastRun(workflow: string): WorkflowSummary['lastRun'] | null;
  isRunning(workflow: string): boolean;
  deleteRuns(workflow: string): Promise<void>;
  renameRuns(from: string, to: string): Promise<void>;
}

/** The stored workflow of that name (any case). */
export function storedWorkflow(store: ConfigStore, name: string): StoredWorkflow {
  const found = store.data.workflows.find((w) => sameName(w.name, name));
  if (!found) throw new ConsoleError('NOT_FOUND', msg('messages:workflows.notFound', { name }));
  return structuredClone(found);
}

/**
 * Production > Workflows: the workflows in the config store. Every save makes a new version;
 * a save based on an older version than the stored one is refused, so two editors cannot
 * silently overwrite each other.
 */
export class WorkflowsService {
  constructor(
    private readonly store: ConfigStore,
    private readonly runs: WorkflowRuns,
    private readonly clock: Clock,
  ) {}

  list(): WorkflowSummary[] {
    return this.store.data.workflows
      .map((w) => {
        const last = this.runs.lastRun(w.name);
        return {
          name: w.name,
          label: w.label,
          version: w.version,
          updatedAt: w.updatedAt,
          lastRun: last
            ? { id: last.id, status: last.status, startedAt: last.startedAt, endedAt: last.endedAt }
            : null,
        };
      })
      .sort(byName);
  }

  get(name: string): StoredWorkflow {
    return storedWorkflow(this.store, name);
  }

  create(workflow: Workflow): Promise<StoredWorkflow> {
    return this.store.update((doc) => {
      assertNameFree(doc.workflows, workflow.name, -1);
      const stored: StoredWorkflow = { ...workflow, version: 1, updatedAt: this.iso() };
      doc.workflows.push(stored);
      return stored;
    });
  }

  async update(
    originalName: string,
    baseVersion: number,
    workflow: Workflow,
  ): Promise<StoredWorkflow> {
    const stored = await this.store.update((doc) => {
      const index = indexOf(doc.workflows, originalName);
      const current = doc.workflows[index] as StoredWorkflow;
      if (current.version !== baseVersion)
        throw new ConsoleError(
          'CONFLICT',
          msg('messages:workflows.savedMeanwhile', {
            name: current.name,
            version: current.version,
            base: baseVersion,
          }),
        );
      assertNameFree(doc.workflows, workflow.name, index);
      const next: StoredWorkflow = {
        ...workflow,
        version: current.version + 1,
        updatedAt: this.iso(),
      };
      doc.workflows[index] = next;
      return { previousName: current.name, next };
    });
    if (stored.previousName !== stored.next.name)
      await this.runs.renameRuns(stored.previousName, stored.next.name);
    return stored.next;
  }

  /** Refused while it runs; its runs go with it, work tables and files included. */
  async delete(name: string): Promise<null> {
    const { name: actual } = storedWorkflow(this.store, name);
    if (this.runs.isRunning(actual))
      throw new ConsoleError(
        'CONFLICT',
        msg('messages:workflows.runningNoDelete', { name: actual }),
      );
    await this.runs.deleteRuns(actual);
    await this.store.update((doc) => {
      doc.workflows.splice(indexOf(doc.workflows, actual), 1);
    });
    return null;
  }

  private iso(): string {
    return new Date(this.clock.now()).toISOString();
  }
}

function indexOf(workflows: readonly StoredWorkflow[], name: string): number {
  const index = workflows.findIndex((w) => sameName(w.name, name));
  if (index < 0) throw new ConsoleError('NOT_FOUND', msg('messages:workflows.notFound', { name }));
  return index;
}

function assertNameFree(workflows: readonly StoredWorkflow[], name: string, except: number) {
  const index = workflows.findIndex((w) => sameName(w.name, name));
  if (index >= 0 && index !== except)
    throw new ConsoleError(
      'ALREADY_EXISTS',
      msg('messages:workflows.alreadyExists', { name: workflows[index]?.name ?? name }),
      {
        issues: [issueOf('name', msg('messages:names.alreadyUsed', { name }))],
      },
    );
}
