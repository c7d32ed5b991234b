import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../shared/domain/session';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier } from '../../test-support/fake-bridge';
import { createSessionStore } from '../session-store';

describe('log-on approvals (DESIGN step 4)', () => {
  it('says what became of each pending schema, approved or not', async () => {
    const status: SessionStatus = {
      setUp: true,
      instance: { internalName: 'acme' },
      operator: { name: 'admin', label: 'Administrator' },
      approvals: [
        { schema: 'sfdc:a', ok: true, message: "Schema 'sfdc:a' approved: 2 table(s) ready." },
        { schema: 'sfdc:b', ok: false, message: "Schema 'sfdc:b' could not be approved: disk." },
      ],
    };
    const { notify, messages } = recordingNotifier();
    const session = createSessionStore({
      api: createConsoleClient(fakeBridge({ 'session.logOn': () => status }).bridge),
      notify,
    });
    await session.getState().logOn({ operator: 'admin', password: 'right-password' });
    expect(messages).toEqual([
      "ok: Schema 'sfdc:a' approved: 2 table(s) ready.",
      "failed: Schema 'sfdc:b' could not be approved: disk.",
    ]);
  });
});
