import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useConsoleStores } from '../stores/stores-context';
import { applyRoute } from './apply-route';
import { parseRoute, routePath, sameWizard } from './console-routes';
import { storesRoute } from './stores-route';
import { draftIn, navigationStateOf, sameDraft } from './wizard-draft';

/**
 * Keeps the address and the stores showing the same place, both ways. A new address (Back,
 * Forward, a reload, a click in the explorer) opens what it names; a place opened from a view
 * (a workflow from the list, a record, the wizard) becomes a new address, so Back returns. The
 * open wizard's draft rides in the history entry's state, so a reload reopens it as it was.
 */
export function RouteSync() {
  const stores = useConsoleStores();
  const { pathname, state } = useLocation();
  const navigate = useNavigate();
  const shown = useRef(pathname);
  const entryState = useRef<unknown>(state);
  const applying = useRef(0);

  const follow = useCallback(
    (correcting: boolean) => {
      if (applying.current > 0) return;
      const target = storesRoute(stores);
      const path = routePath(target);
      const kept = target.wizard === null ? null : navigationStateOf(stores.wizard.getState());
      const moved = path !== shown.current;
      if (!moved && sameDraft(draftIn(entryState.current), kept?.wizard ?? null)) return;
      const from = parseRoute(shown.current);
      // A wizard step is not a place to go back to, nor is a new tick in it; a corrected address
      // replaces the wrong one.
      const replace = correcting || !moved || (from !== null && sameWizard(from, target));
      shown.current = path;
      entryState.current = kept;
      void navigate(path, { replace, state: kept });
    },
    [stores, navigate],
  );

  // Before the address is applied: a reload's entry brings the wizard's draft.
  useEffect(() => {
    entryState.current = state;
  }, [state]);

  useEffect(() => {
    shown.current = pathname;
    const wanted = parseRoute(pathname);
    if (wanted === null) {
      follow(true);
      return;
    }
    if (routePath(wanted) === routePath(storesRoute(stores))) return;
    applying.current += 1;
    void applyRoute(stores, wanted, draftIn(entryState.current)).finally(() => {
      applying.current -= 1;
      // What no longer exists (a deleted workflow, a disabled account) is not shown.
      follow(true);
    });
  }, [pathname, stores, follow]);

  useEffect(() => {
    const watched = [
      stores.explorer,
      stores.workflowEditor,
      stores.wizard,
      stores.accounts,
      stores.options,
      stores.enumerations,
      stores.schemas,
    ] as const;
    const stops = watched.map((store) =>
      (store.subscribe as (listener: () => void) => () => void)(() => follow(false)),
    );
    return () => stops.forEach((stop) => stop());
  }, [stores, follow]);

  return null;
}
