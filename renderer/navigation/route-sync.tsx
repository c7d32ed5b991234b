import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useConsoleStores } from '../stores/stores-context';
import { applyRoute } from './apply-route';
import { parseRoute, routePath, sameWizard } from './console-routes';
import { storesRoute } from './stores-route';

/**
 * Keeps the address and the stores showing the same place, both ways. A new address (Back,
 * Forward, a reload, a click in the explorer) opens what it names; a place opened from a view
 * (a workflow from the list, a record, the wizard) becomes a new address, so Back returns.
 */
export function RouteSync() {
  const stores = useConsoleStores();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const shown = useRef(pathname);
  const applying = useRef(0);

  const follow = useCallback(
    (correcting: boolean) => {
      if (applying.current > 0) return;
      const target = storesRoute(stores);
      const path = routePath(target);
      if (path === shown.current) return;
      const from = parseRoute(shown.current);
      // A wizard step is not a place to go back to; a corrected address replaces the wrong one.
      const replace = correcting || (from !== null && sameWizard(from, target));
      shown.current = path;
      void navigate(path, { replace });
    },
    [stores, navigate],
  );

  useEffect(() => {
    shown.current = pathname;
    const wanted = parseRoute(pathname);
    if (wanted === null) {
      follow(true);
      return;
    }
    if (routePath(wanted) === routePath(storesRoute(stores))) return;
    applying.current += 1;
    void applyRoute(stores, wanted).finally(() => {
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
