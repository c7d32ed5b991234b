import { afterEach, beforeEach, expect } from 'vitest';
import { openEngineFixture, type EngineFixture } from './engine-fixture';

/**
 * Opens a fresh engine fixture before each test of the enclosing describe and hands it to
 * `opened`; after each test, checks that the engine reported nothing outside a run and closes it.
 */
export function eachEngineFixture(
  options: Parameters<typeof openEngineFixture>[0],
  opened: (f: EngineFixture) => void,
): void {
  let fixture: EngineFixture | undefined;
  beforeEach(async () => {
    fixture = await openEngineFixture(options);
    opened(fixture);
  });
  afterEach(async () => {
    if (!fixture) return;
    expect(fixture.reports).toEqual([]);
    await fixture.dispose();
  });
}
