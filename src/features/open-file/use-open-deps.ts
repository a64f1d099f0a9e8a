import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OpenedDump } from '../../worker/protocol.ts';
import { primeArticle, useThreadClient } from '../data/index.ts';
import { whenSaved } from '../library/index.ts';
import { useSourceStore } from '../library/index.ts';
import type { OpenDeps } from './open-deps.ts';

/**
 * The real wiring: parse in the thread worker, then add the source to the library and wait until
 * it is saved, so "Opened" is never said of a dump a reload would lose. The library's query for the
 * new source starts from this parse, so the dump is neither parsed nor sent to the page twice.
 */
export function useOpenDeps(onOpened?: (hash: string) => void): OpenDeps {
  const client = useThreadClient();
  const store = useSourceStore();
  const queryClient = useQueryClient();
  return useMemo(() => {
    /** Dumps parsed and not yet added, by hash: the library's query starts from them. */
    const parsed = new Map<string, OpenedDump>();
    return {
      async parse(blob, name, { onProgress, signal }) {
        const r = await client.open(
          { kind: 'file', name, blob },
          {
            signal,
            onProgress: (p) => onProgress(p.done, p.total),
          },
        );
        if (!r.ok) return r;
        parsed.clear();
        parsed.set(r.value.hash, r.value);
        const { doc } = r.value.tree;
        return {
          ok: true,
          value: {
            title: doc.article.title,
            comments: doc.comments.length,
            warnings: doc.warnings,
            hash: r.value.hash,
          },
        };
      },
      async add(source) {
        const added = store.add(source);
        const dump = parsed.get(added.hash);
        parsed.clear();
        if (dump !== undefined) primeArticle(queryClient, client, added, { ok: true, value: dump });
        await whenSaved(added.key);
        onOpened?.(added.hash);
      },
    } satisfies OpenDeps;
  }, [client, store, queryClient, onOpened]);
}
