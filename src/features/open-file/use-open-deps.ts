import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { OpenError } from '../../core/open-error.ts';
import type { Result } from '../../core/types.ts';
import type { LoadedArticle } from '../../worker/protocol.ts';
import { articleQueryKey } from '../data/use-articles.ts';
import { useThreadClient } from '../data/thread-client.tsx';
import { useSourceStore } from '../library/sources.tsx';
import type { OpenDeps } from './open-deps.ts';

/**
 * The real wiring: parse in the thread worker, then add the source to the library. The parse's
 * answer is put in the library's query cache first, so the new source is not sent to the worker
 * and its 50k-comment index cloned back a second time.
 */
export function useOpenDeps(): OpenDeps {
  const client = useThreadClient();
  const store = useSourceStore();
  const queryClient = useQueryClient();
  const last = useRef<{ text: string; result: Result<LoadedArticle, OpenError> } | null>(null);
  return useMemo(
    () => ({
      async parse(text, name, { onProgress, signal }) {
        const r = await client.parse(text, name, {
          signal,
          onProgress: (p) => onProgress(p.done, p.total),
        });
        if (!r.ok) return r;
        last.current = { text, result: r };
        const { doc } = r.value.index;
        return {
          ok: true,
          value: {
            title: doc.article.title,
            comments: doc.comments.length,
            warnings: doc.warnings,
          },
        };
      },
      add(source) {
        const parsed = last.current;
        last.current = null;
        if (parsed !== null && parsed.text === source.text && parsed.result.ok) {
          const { hash } = parsed.result.value;
          const key = articleQueryKey({ kind: 'file', key: `file:${hash}`, hash, ...source });
          queryClient.setQueryData(key, parsed.result);
        }
        store.add(source);
      },
    }),
    [client, store, queryClient],
  );
}
