import { createContext, useContext, type ReactNode } from 'react';
import type { ThreadClient } from '../../worker/client-types.ts';
import { createWorkerClient } from '../../worker/worker-client.ts';

let shared: ThreadClient | null = null;

/** The page's one worker, started on first use (not at import: tests and SSR never start it). */
function defaultClient(): ThreadClient {
  shared ??= createWorkerClient();
  return shared;
}

const ThreadClientContext = createContext<ThreadClient | null>(null);

/** Injects a client: jsdom tests pass `createLocalClient(...)`, which runs the core in-page. */
export function ThreadClientProvider(props: { client: ThreadClient; children: ReactNode }) {
  return <ThreadClientContext value={props.client}>{props.children}</ThreadClientContext>;
}

export function useThreadClient(): ThreadClient {
  return useContext(ThreadClientContext) ?? defaultClient();
}
