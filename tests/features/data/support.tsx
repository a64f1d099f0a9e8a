import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ThreadClientProvider } from '../../../src/features/data/thread-client.tsx';
import { seedSources } from '../../../src/features/library/seed-sources.ts';
import { createSourceStore, type SourceStore } from '../../../src/features/library/source-store.ts';
import { SourceStoreProvider } from '../../../src/features/library/sources.tsx';
import type { ThreadClient } from '../../../src/worker/client-types.ts';
import { createLocalClient } from '../../../src/worker/local-client.ts';

// jsdom gives import.meta.url an http: base, so seeds are found from the project root instead.
export const loadSeed = (name: string) => readFile(join(process.cwd(), 'seeds', name), 'utf8');

/** The real core behind the hooks, in-page instead of in a Worker (jsdom has none). */
export function harness(over: { client?: ThreadClient; store?: SourceStore } = {}) {
  const client = over.client ?? createLocalClient({ loadSeed });
  const store = over.store ?? createSourceStore(seedSources());
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ThreadClientProvider client={client}>
        <SourceStoreProvider store={store}>{children}</SourceStoreProvider>
      </ThreadClientProvider>
    </QueryClientProvider>
  );
  return { client, store, queryClient, wrapper };
}
