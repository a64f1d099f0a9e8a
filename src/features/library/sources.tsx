import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { persistSources } from './persist-sources.ts';
import { seedSources } from './seed-sources.ts';
import { createSourceStore, type Source, type SourceStore } from './source-store.ts';

let pageStore: SourceStore | null = null;

/**
 * The page's one list of sources (the seeds, then what the reader adds), made and tied to
 * IndexedDB on first use rather than on import, so importing this module writes nothing.
 */
function pageSourceStore(): SourceStore {
  if (pageStore === null) {
    pageStore = createSourceStore(seedSources());
    void persistSources(pageStore);
  }
  return pageStore;
}

const SourceStoreContext = createContext<SourceStore | null>(null);

/** Tests (and a future persisted store) swap the store here. */
export function SourceStoreProvider(props: { store: SourceStore; children: ReactNode }) {
  return <SourceStoreContext value={props.store}>{props.children}</SourceStoreContext>;
}

export function useSourceStore(): SourceStore {
  return useContext(SourceStoreContext) ?? pageSourceStore();
}

export function useSources(): readonly Source[] {
  const store = useSourceStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
