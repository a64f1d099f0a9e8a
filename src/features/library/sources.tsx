import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { persistSources } from './persist-sources.ts';
import { seedSources } from './seed-sources.ts';
import {
  createSourceStore,
  type FileSource,
  type Source,
  type SourceStore,
} from './source-store.ts';

/** The app's one list of sources: the seeds, then what the reader adds. */
export const sourceStore: SourceStore = createSourceStore(seedSources());
void persistSources(sourceStore);

const SourceStoreContext = createContext<SourceStore>(sourceStore);

/** Tests (and a future persisted store) swap the store here. */
export function SourceStoreProvider(props: { store: SourceStore; children: ReactNode }) {
  return <SourceStoreContext value={props.store}>{props.children}</SourceStoreContext>;
}

export function useSourceStore(): SourceStore {
  return useContext(SourceStoreContext);
}

export function useSources(): readonly Source[] {
  const store = useSourceStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function addSource(file: { readonly name: string; readonly text: string }): FileSource {
  return sourceStore.add(file);
}

export function removeSource(key: string): void {
  sourceStore.remove(key);
}
