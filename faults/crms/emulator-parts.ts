import type { Connector } from '../../electron/connectors/connector';
import type { DemoEndpoint } from '../../electron/connectors/crm-kind';
import type { Clock } from '../../electron/core/clock';
import type { FaultSwitchboard } from '../../emulators/framework/faults';
import type { CrmTableDescription } from '../../shared/domain/crm';
import type { CrmTruth, RunningCrm } from './crm-under-test';

// What every CRM under test does the same way with its emulator; each CRM's module keeps what
// differs (its routes, its truth's queries, its fields).

export const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** An emulator's store of one object, by row reference. */
export interface RefStore {
  readonly size: number;
  idOf(ref: number): string;
  isDeleted(ref: number): boolean;
}

/** Live ids in the store's order, skipping the first `skip` live rows: the scenarios' picks. */
export function someLiveIds(store: RefStore): CrmTruth['someLiveIds'] {
  return async (count, skip) => {
    const ids: string[] = [];
    let seen = 0;
    for (let ref = 0; ref < store.size && ids.length < count; ref++) {
      if (store.isDeleted(ref)) continue;
      if (seen++ >= skip) ids.push(store.idOf(ref));
    }
    return ids;
  };
}

/** Arming and clearing faults on an emulator's switchboard, on the route a scenario names. */
export function faultsOn(board: FaultSwitchboard): Pick<RunningCrm, 'arm' | 'clearFaults'> {
  return {
    arm: (route, fault) => {
      const armed = board.add({ ...fault, route });
      return { fired: () => armed.fired };
    },
    clearFaults: () => board.clear(),
  };
}

/** The table as the connector describes it, through a connection of its own closed after. */
export async function describedTable(
  connect: (endpoint: DemoEndpoint, clock: Clock, callDeadlineMs: number) => Promise<Connector>,
  endpoint: DemoEndpoint,
  clock: Clock,
  table: string,
): Promise<CrmTableDescription> {
  const probe = await connect(endpoint, clock, 30_000);
  try {
    return await probe.describeTable(table);
  } finally {
    await probe.close();
  }
}
