import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useArticles } from '../../../src/features/data/use-articles.ts';
import { useOpenDeps } from '../../../src/features/open-file/use-open-deps.ts';
import { harness, loadSeed } from '../data/support.tsx';

const noProgress = () => undefined;

describe('useOpenDeps', { timeout: 30_000 }, () => {
  it('should open a chosen file in the worker once: the library starts from that parse', async () => {
    const { client, wrapper } = harness();
    const open = vi.spyOn(client, 'open');
    const { result } = renderHook(() => ({ deps: useOpenDeps(), articles: useArticles() }), {
      wrapper,
    });
    // Real parsing of the seeds: slow on a shared machine, so a generous limit.
    await waitFor(() => expect(result.current.articles.articles).toHaveLength(2), {
      timeout: 20_000,
    });
    const text = (await loadSeed('002_2cf2c4a3a6e85ec2.txt')).replace('Jason Ditz', 'J. Ditz');
    const blob = new Blob([text], { type: 'text/plain' });
    const signal = new AbortController().signal;
    const parsed = await result.current.deps.parse(blob, 'mine.txt', {
      onProgress: noProgress,
      signal,
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    await act(() => result.current.deps.add({ name: 'mine.txt', blob, hash: parsed.value.hash }));
    await waitFor(() => expect(result.current.articles.articles).toHaveLength(3), {
      timeout: 20_000,
    });
    const fileOpens = open.mock.calls.filter(([source]) => source.kind === 'file');
    expect(fileOpens).toHaveLength(1);
    expect(result.current.articles.loaded[2]?.hash).toBe(parsed.value.hash);
  });
});
