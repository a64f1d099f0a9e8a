import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { treeShapeOf } from '../../../src/core/article/tree-shape-of.ts';
import { treeFromShape } from '../../../src/core/article/tree-shape.ts';
import { articleQueryKey, type ArticleLoad } from '../../../src/features/data/article-load.ts';
import { loadReplacer } from '../../../src/features/data/load-replacer.ts';
import type { Source } from '../../../src/features/library/index.ts';
import { makeDoc } from '../../core/support/thread-fixture.ts';

const source: Source = { kind: 'seed', key: 'seed:a.txt', name: 'a.txt' };

function opened(title: string): ArticleLoad {
  const doc = makeDoc(title, [{ id: 'a1', author: 'Ann', body: 'Talks, at last.' }]);
  const tree = treeFromShape(doc, treeShapeOf(doc));
  const relevance = { mentioning: 1, total: 1, relevant: true };
  return { source, result: { ok: true, value: { hash: title, name: 'a.txt', tree, relevance } } };
}

describe('loadReplacer', () => {
  it("should put what was read later in the dump's place, but not over a dump that replaced it", () => {
    const client = new QueryClient();
    const first = opened('first');
    client.setQueryData(articleQueryKey(source), first);
    const later = opened('later');
    expect(loadReplacer(client, first).replace(later.result)).toBe(true);
    expect(client.getQueryData(articleQueryKey(source))).toEqual(later);
    // The first dump is no longer there: nothing read for it lands.
    expect(loadReplacer(client, first).replace(opened('stale').result)).toBe(false);
    expect(client.getQueryData(articleQueryKey(source))).toEqual(later);
  });

  it('should say in its place why its later reading failed, and nothing once the page is gone', () => {
    const client = new QueryClient();
    const first = opened('first');
    client.setQueryData(articleQueryKey(source), first);
    loadReplacer(client, first).fail(new DOMException('gone', 'AbortError'), 'threads');
    expect(client.getQueryData(articleQueryKey(source))).toBe(first);
    loadReplacer(client, first).fail(new Error('worker stopped'), 'threads');
    expect(client.getQueryData<ArticleLoad>(articleQueryKey(source))?.result).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Its threads could not be read (worker stopped). Reload the page to try again.',
        line: null,
      },
    });
  });
});
