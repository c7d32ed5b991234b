import { describe, expect, it } from 'vitest';
import { msg } from '../../../shared/i18n/message';
import { RecordStoreError } from '../../storage/records/record-store';
import type { ActivityContext } from './activity';
import { activity, workflowOf, type EngineFixture } from './test-support/engine-fixture';
import { eachEngineFixture } from './test-support/each-engine-fixture';
import { produce } from './test-support/engine-helpers';

const readOnly =
  'The PostgreSQL server at postgres://db.example.org/records is read-only (a standby, or transactions are set read-only): nothing was written.';

/**
 * A database server that refuses writes once. The throw-away server of the suite cannot be made
 * a standby for one call, so the activity meets the error the store gives a read-only server
 * (postgres-record-store.test.ts shows the store giving it for real).
 */
function refusedOnce() {
  let calls = 0;
  return async (c: ActivityContext) => {
    calls += 1;
    if (calls === 1)
      throw new RecordStoreError(
        'DATABASE_READ_ONLY',
        msg('messages:store.postgres.readOnly', { server: 'postgres://db.example.org/records' }),
      );
    return { outputs: { ok: await produce(c, [1]) } };
  };
}

describe('WorkflowEngine, when the database takes no writes', () => {
  let f: EngineFixture;
  eachEngineFixture({ engine: 'sqlite' }, (opened) => {
    f = opened;
  });

  it('suspends the run, even for an activity set to abort, saying so; Resume finishes it', async () => {
    await f.service.create(
      workflowOf('wkfDatabase', [
        activity('start', 'start'),
        activity('import', 'javascript', { onError: 'abort' }),
        activity('end', 'end'),
      ]),
    );
    f.behaviours.set('import', refusedOnce());
    const started = await f.engine.start('wkfDatabase');
    const suspended = await f.engine.settled(started.id);
    const message = `${readOnly} The run is suspended: resume it once the database takes writes again.`;
    expect(suspended).toMatchObject({
      status: 'suspended',
      message,
      activities: { import: { state: 'failed', error: message }, end: { state: 'idle' } },
    });

    await f.engine.resume(started.id);
    expect(await f.engine.settled(started.id)).toMatchObject({
      status: 'succeeded',
      activities: { import: { state: 'done' }, end: { state: 'done', input: 1 } },
    });
  });
});
