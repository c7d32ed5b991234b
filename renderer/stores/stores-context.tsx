import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type ExtractState } from 'zustand';
import type { ConsoleStores } from './console-stores';

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

/** The stores themselves, for components that take a store as a prop (list-and-detail views). */
export function useConsoleStores(): ConsoleStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing above this component.');
  return stores;
}

export const useHost = () => useConsoleStores().host;

type StoreName = Exclude<keyof ConsoleStores, 'host'>;

/** `useOptions((s) => s.items)`: one hook per store, each reading its store from the context. */
function storeHook<K extends StoreName>(name: K) {
  return function useSlice<T>(select: (state: ExtractState<ConsoleStores[K]>) => T): T {
    return useStore(useConsoleStores()[name], select);
  };
}

export const useConnection = storeHook('connection');
export const useSession = storeHook('session');
export const useOptions = storeHook('options');
export const useEnumerations = storeHook('enumerations');
export const useExplorer = storeHook('explorer');
export const useRecords = storeHook('records');
export const useRecordEditor = storeHook('recordEditor');
export const useFileImport = storeHook('fileImport');
export const useJobs = storeHook('jobs');
export const useAccounts = storeHook('accounts');
export const useAccountActions = storeHook('accountActions');
export const useWizard = storeHook('wizard');
export const useSourceSchemas = storeHook('sourceSchemas');
export const useEnumerationSync = storeHook('enumerationSync');
export const useWorkflowsList = storeHook('workflowsList');
export const useWorkflowEditor = storeHook('workflowEditor');
export const useWorkflowRun = storeHook('workflowRun');
export const useWorkflowLookups = storeHook('workflowLookups');
export const useUnsavedForms = storeHook('unsavedForms');
