import { BlueprintProvider } from '@blueprintjs/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import { createConsoleClient } from '../api/console-client';
import { createConnectionStore } from '../stores/connection-store';
import { createConsoleStores } from '../stores/console-stores';
import { StoresProvider } from '../stores/stores-context';
import { fakeBridge, recordingNotifier, type FakeHandlers } from './fake-bridge';

/**
 * The window's real stores over a fake bridge, for component tests: there is no main process
 * in a component test, so the handlers answer main's calls (arguments checked against the
 * contract, as main's dispatcher does). Arrange the stores, then `render` a component in them.
 */
export function consoleHarness(handlers: FakeHandlers = {}) {
  const fake = fakeBridge(handlers, { checkArgs: true });
  const notes = recordingNotifier();
  const stores = createConsoleStores(
    createConsoleClient(fake.bridge),
    notes.notify,
    createConnectionStore(),
    { kind: 'electron' },
  );
  return {
    stores,
    fake,
    /** The toasts the stores raised, as `ok: …` or `failed: …`. */
    messages: notes.messages,
    /** Calls made on one channel, in order. */
    callsTo: (channel: string) => fake.calls.filter((c) => c.channel === channel),
    /**
     * Renders under a router at `at`, or at the last of a history (the window's hash routes);
     * an entry may carry its history state, as one does after a reload.
     */
    render(ui: ReactElement, { at = '/' }: { at?: InitialEntry | readonly InitialEntry[] } = {}) {
      const user = userEvent.setup({ delay: null });
      const entries = Array.isArray(at)
        ? [...(at as readonly InitialEntry[])]
        : [at as InitialEntry];
      const router = createMemoryRouter([{ path: '*', element: ui }], {
        initialEntries: entries,
        initialIndex: entries.length - 1,
      });
      const view = render(
        <BlueprintProvider>
          <StoresProvider stores={stores}>
            <RouterProvider router={router} />
          </StoresProvider>
        </BlueprintProvider>,
      );
      return { ...view, user, router };
    },
  };
}
