import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ConsoleStores } from './console-stores';
import type { ConnectionState } from './connection-store';
import type { EnumerationsState } from './enumerations-store';
import type { ExplorerState } from './explorer-store';
import type { OptionsState } from './options-store';
import type { SessionState } from './session-store';

const StoresContext = createContext<ConsoleStores | null>(null);

export function StoresProvider({
  stores,
  children,
}: {
  stores: ConsoleStores;
  children: ReactNode;
}) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): ConsoleStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing above this component.');
  return stores;
}

export const useConnection = <T,>(select: (s: ConnectionState) => T): T =>
  useStore(useStores().connection, select);
export const useSession = <T,>(select: (s: SessionState) => T): T =>
  useStore(useStores().session, select);
export const useOptions = <T,>(select: (s: OptionsState) => T): T =>
  useStore(useStores().options, select);
export const useEnumerations = <T,>(select: (s: EnumerationsState) => T): T =>
  useStore(useStores().enumerations, select);
export const useExplorer = <T,>(select: (s: ExplorerState) => T): T =>
  useStore(useStores().explorer, select);
