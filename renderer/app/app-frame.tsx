import type { ReactNode } from 'react';
import type { AppState } from './app-state';

export function AppFrame({ state, children }: { state: AppState; children: ReactNode }) {
  return (
    <div className="console-app" data-testid="app" data-app-state={state}>
      {children}
    </div>
  );
}
