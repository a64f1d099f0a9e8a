import { useMemo } from 'react';
import { useThreadClient } from '../data/index.ts';
import { whenSaved } from '../library/index.ts';
import { useSourceStore } from '../library/index.ts';
import type { OpenDeps } from './open-deps.ts';

/**
 * The real wiring: parse in the thread worker, then add the source to the library and wait until
 * it is saved, so "Opened" is never said of a dump a reload would lose. The worker caches by the
 * text's hash, so the library's own open of the new source does not parse again.
 */
export function useOpenDeps(onOpened?: (hash: string) => void): OpenDeps {
  const client = useThreadClient();
  const store = useSourceStore();
  return useMemo(
    () => ({
      async parse(blob, name, { onProgress, signal }) {
        const r = await client.open(
          { kind: 'file', name, blob },
          {
            signal,
            onProgress: (p) => onProgress(p.done, p.total),
          },
        );
        if (!r.ok) return r;
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
        await whenSaved(added.key);
        onOpened?.(added.hash);
      },
    }),
    [client, store, onOpened],
  );
}
