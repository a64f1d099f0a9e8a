import { readFileSync } from 'node:fs';
import { serialize, deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseThread } from '../../src/core/parse-thread.ts';
import { COMMENT_SLICE } from '../../src/worker/protocol.ts';
import { CACHE_ENTRIES, createParseCache } from '../../src/worker/parse-cache.ts';
import { emptyParse as doc, memoryKv as memory } from './support/memory-cache.ts';

const relevance = { mentioning: 0, total: 0, relevant: true };

/** Opaque to the cache: only its identity through a round trip matters here. */
const INDEX = {
  terms: ['putin'],
  offsets: Int32Array.of(0, 1),
  postings: Int32Array.of(0),
  frequencies: Uint16Array.of(1),
  fieldDocs: Int32Array.of(1),
  fieldLength: Uint32Array.of(1),
  averageFieldLength: Float64Array.of(1),
};

describe('createParseCache', () => {
  it('should give back a parse written by the same build and miss for another build', async () => {
    const { kv } = memory();
    await createParseCache(kv, 'worker-abc.js').set('h1', doc('One'));
    expect((await createParseCache(kv, 'worker-abc.js').get('h1'))?.doc.article.title).toBe('One');
    expect(await createParseCache(kv, 'worker-new.js').get('h1')).toBeUndefined();
  });

  it('should give back every comment as parsed, places, stances and replies included', async () => {
    const parsed = parseThread(
      readFileSync(new URL('../../seeds/000_ee58b0036ea7db85.txt', import.meta.url), 'utf8'),
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    // Made longer than one slice, so the comments come back across slices and in order.
    const comments = Array.from({ length: 2 * COMMENT_SLICE + 7 }, (_, i) => {
      const c = parsed.value.comments[i % parsed.value.comments.length];
      if (c === undefined) throw new Error('no comment');
      return { ...c, id: `${c.id}-${i}` };
    });
    const stored = { ...parsed.value, comments };
    const { kv, map } = memory();
    // As IndexedDB keeps it: a structured clone.
    const cloning = {
      ...kv,
      set: (k: string, v: unknown) => kv.set(k, deserialize(serialize(v))),
    };
    await createParseCache(cloning, 'b').set('h', { doc: stored, relevance });
    expect(map.size).toBeGreaterThan(0);
    const back = await createParseCache(cloning, 'b').get('h');
    expect(back?.doc).toEqual(stored);
    expect(back?.doc.comments.some((c) => c.location !== null && c.reply !== null)).toBe(true);
  });

  it('should keep the search index beside the parse, read only when asked for, and by the same build', async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    await cache.set('h', { ...doc('x'), index: INDEX });
    expect(await cache.get('h')).not.toHaveProperty('index');
    expect(map.get('doc:h')).not.toHaveProperty('index');
    expect(await cache.index('h')).toEqual(INDEX);
    expect(await createParseCache(kv, 'other').index('h')).toBeUndefined();
    // Written again without one, the parse has none: an index of the older parse does not stand.
    await cache.set('h', doc('x'));
    expect(await cache.index('h')).toBeUndefined();
    await cache.setIndex('h', INDEX);
    expect(await cache.index('h')).toEqual(INDEX);
  });

  it('should drop the index with its parse, and keep none for a parse no longer kept', async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    for (let i = 0; i <= CACHE_ENTRIES; i += 1)
      await cache.set(`h${i}`, { ...doc(`${i}`), index: INDEX });
    expect(map.has('index:h0')).toBe(false);
    expect(map.has(`index:h${CACHE_ENTRIES}`)).toBe(true);
    await cache.setIndex('h0', INDEX);
    expect(map.has('index:h0')).toBe(false);
    await cache.delete('h1');
    expect([map.has('doc:h1'), map.has('index:h1')]).toEqual([false, false]);
  });

  it('should leave no index behind when a parse is forgotten while its index is being saved', async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    await cache.set('h', doc('x'));
    // The reader forgets the dump just as the worker saves the index it built for it.
    await Promise.all([cache.delete('h'), cache.setIndex('h', INDEX)]);
    expect([...map.keys()].filter((k) => k.endsWith(':h'))).toEqual([]);
    // And the other way round: a parse saved again after a forget keeps the index saved after it.
    await cache.set('h', doc('x'));
    await Promise.all([cache.delete('h'), cache.set('h', doc('y')), cache.setIndex('h', INDEX)]);
    expect((await cache.get('h'))?.doc.article.title).toBe('y');
    expect(await cache.index('h')).toEqual(INDEX);
  });

  it('should read a stored parse it cannot decode as a miss', async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    await cache.set('h', doc('x'));
    const entry = map.get('doc:h') as { slices: unknown[] };
    map.set('doc:h', { ...entry, slices: [{ rows: '{"rows": [[', bodies: '', lengths: [] }] });
    expect(await cache.get('h')).toBeUndefined();
  });

  it(`should keep only the ${CACHE_ENTRIES} most recently opened parses`, async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    const first = Array.from({ length: CACHE_ENTRIES }, (_, i) => `h${i}`);
    for (const h of first) await cache.set(h, doc(h));
    // Opened again, the oldest becomes the newest: the second oldest is the one pushed out.
    await cache.get('h0');
    await cache.set('new', doc('new'));
    expect(await cache.get('h1')).toBeUndefined();
    expect([...map.keys()].filter((k) => k.startsWith('doc:')).sort()).toEqual(
      ['h0', ...first.slice(2), 'new'].map((h) => `doc:${h}`).sort(),
    );
  });

  it('should forget a deleted parse and read every storage failure as a miss', async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    await cache.set('a', doc('a'));
    await cache.delete('a');
    expect(map.has('doc:a')).toBe(false);
    const broken = createParseCache(
      {
        get: () => Promise.reject(new Error('blocked')),
        set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
        delete: () => Promise.reject(new Error('blocked')),
      },
      'b',
    );
    await expect(broken.set('a', doc('a'))).resolves.toBeUndefined();
    await expect(broken.get('a')).resolves.toBeUndefined();
    await expect(broken.delete('a')).resolves.toBeUndefined();
    await expect(broken.index('a')).resolves.toBeUndefined();
    await expect(broken.setIndex('a', INDEX)).resolves.toBeUndefined();
  });
});
