import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightRanges } from '../../src/core/search/search-index.ts';
import { textHash } from '../../src/core/article/text-hash.ts';
import { createClient, WorkerError } from '../../src/worker/client.ts';
import { encodeCommentSlice } from '../../src/worker/comment-slice.ts';
import type { Transport } from '../../src/worker/client-types.ts';
import { CACHE_MIN_CHARS } from '../../src/worker/engine.ts';
import { createLocalClient } from '../../src/worker/local-client.ts';
import { createParseCache } from '../../src/worker/parse-cache.ts';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import type { Progress, WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';
import { decodeReplies } from '../../src/worker/replies-wire.ts';
import { makeDoc } from '../core/support/thread-fixture.ts';
import { buildArticleTree } from '../../src/core/article/build-article-index.ts';
import { treeShape } from '../../src/core/article/tree-shape.ts';
import { memoryKv } from './support/memory-cache.ts';

const parseCalls = vi.hoisted(() => ({ count: 0 }));
// Every parse lays the dump out first (a big dump's parents or stances come later), so it counts
// parses.
vi.mock('../../src/core/lay-out-dump.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/lay-out-dump.ts')>();
  return {
    ...real,
    layOutDump: (...args: Parameters<typeof real.layOutDump>) => {
      parseCalls.count += 1;
      return real.layOutDump(...args);
    },
  };
});

/** A key-value store in memory, as the worker's IndexedDB cache keeps its parses. */
const NYT = '000_ee58b0036ea7db85.txt';
const INDENTED = '002_2cf2c4a3a6e85ec2.txt';
const loadSeed = (name: string) =>
  readFile(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

// Real parsing of the seeds: slow on a shared machine, so generous limits.
describe('thread worker client (in-page engine)', { timeout: 30_000 }, () => {
  beforeEach(() => {
    parseCalls.count = 0;
  });

  it('should open a seed into an article tree known by its text hash, with no slug', async () => {
    const client = createLocalClient({ loadSeed });
    const result = await client.open({ kind: 'seed', name: NYT });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { tree: index, hash, name } = result.value;
    expect('slug' in index).toBe(false);
    expect(index.doc.article.title).toBe('Trump and Putin Agree to Seek Syria Cease-Fire');
    expect(index.byId.size).toBe(index.doc.comments.length);
    expect(index.byId.size).toBeGreaterThan(100);
    expect(hash).toMatch(/^[0-9a-f]{14}$/);
    expect(name).toBe(NYT);
  });

  it('should parse the same text only once, even when asked twice at the same time', async () => {
    const client = createLocalClient({ loadSeed });
    const text = await loadSeed(INDENTED);
    const [a, b] = await Promise.all([
      client.open({ kind: 'seed', name: INDENTED }),
      client.parse(text, 'copy.txt'),
    ]);
    await client.open({ kind: 'seed', name: INDENTED });
    expect(parseCalls.count).toBe(1);
    const comments = (r: typeof a) => (r.ok ? r.value.tree.doc.comments : []);
    expect(comments(a).length).toBeGreaterThan(0);
    expect(comments(b)).toEqual(comments(a));
  });

  it('should report progress through the stages up to done', async () => {
    const client = createLocalClient({ loadSeed });
    const seen: Progress[] = [];
    await client.open({ kind: 'seed', name: NYT }, { onProgress: (p) => seen.push(p) });
    const stages = seen.map((p) => p.stage);
    expect(stages[0]).toBe('load');
    expect(stages.slice(1, stages.indexOf('index')).every((s) => s === 'parse')).toBe(true);
    expect(stages.slice(stages.indexOf('index'))).toEqual(['index', 'index']);
    const done = seen.map((p) => p.done / p.total);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 100, total: 100, stage: 'index' });
  });

  it('should resolve a dump it cannot read to a typed error saying what to do', async () => {
    const client = createLocalClient({ loadSeed });
    const result = await client.parse('just some words\nnothing like a dump\n', 'notes.txt');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unknown-layout');
    expect(result.error.message).toContain('notes.txt');
  });

  it('should cancel an open when its signal aborts, and open it afresh later', async () => {
    const client = createLocalClient({ loadSeed });
    const text = await loadSeed(NYT);
    const controller = new AbortController();
    const pending = client.parse(text, 'big.txt', { signal: controller.signal });
    controller.abort();
    const result = await pending;
    expect(!result.ok && result.error.code).toBe('cancelled');
    // Let the engine reach its next checkpoint and stop the job.
    await new Promise((r) => setTimeout(r, 20));
    const again = await client.parse(text, 'big.txt');
    expect(again.ok).toBe(true);
  });

  it('should report an exception as a rejected promise, never swallow it', async () => {
    const client = createLocalClient({
      loadSeed: () => Promise.reject(new Error('seed chunk failed to load')),
    });
    const attempt = client.open({ kind: 'seed', name: NYT });
    await expect(attempt).rejects.toBeInstanceOf(WorkerError);
    await expect(attempt).rejects.toThrow(/seed chunk failed to load/);
  });

  it('should search the loaded dumps by their text hashes and name each hit by its dump hash', async () => {
    const client = createLocalClient({ loadSeed });
    const nyt = await client.open({ kind: 'seed', name: NYT });
    const ind = await client.open({ kind: 'seed', name: INDENTED });
    if (!nyt.ok || !ind.ok) throw new Error('seeds should open');
    const scope = [nyt.value.hash, ind.value.hash];
    const answer = await client.search('sanctions', scope);
    expect(answer.terms).toContain('sanctions');
    expect(answer.dumps.map((d) => d.hash)).toEqual(scope);
    for (const d of answer.dumps) {
      expect(d.at.length).toBeGreaterThan(0);
      expect([...d.at]).toEqual([...d.at].sort((x, y) => x - y));
      const { comments } = (d.hash === nyt.value.hash ? nyt.value.tree : ind.value.tree).doc;
      for (const i of d.at) {
        // Typo-tolerant matching may find a near word; whatever matched must be highlightable.
        const c = comments[i];
        const text = `${c?.author ?? ''} ${c?.location?.raw ?? ''} ${c?.body ?? ''}`;
        expect(highlightRanges(text, answer.terms).length).toBeGreaterThan(0);
      }
    }
    const one = await client.search('sanctions', scope.slice(1));
    expect(one.dumps).toEqual(answer.dumps.filter((d) => d.hash === ind.value.hash));
  });

  // A page whose engine restarted (a cancelled open) asks again for threads the new engine's open,
  // read back from the cache, came with.
  it('should answer a request for the threads of a dump that came with them', async () => {
    const client = createLocalClient({ loadSeed });
    const nyt = await client.open({ kind: 'seed', name: NYT });
    if (!nyt.ok) throw new Error('the seed should open');
    const links = await client.replies(nyt.value.hash);
    const { comments } = nyt.value.tree.doc;
    const parentIds = [...links.shape.parents].map((at) => (at < 0 ? null : comments[at]?.id));
    expect(parentIds).toEqual(comments.map((c) => c.parentId));
    expect(parentIds.some((p) => p !== null)).toBe(true);
    expect(decodeReplies(links.replies)).toEqual(comments.map((c) => c.reply));
  });

  it('should answer a search sent while its article is still opening, once it is open', async () => {
    const client = createLocalClient({ loadSeed });
    const text = await loadSeed(INDENTED);
    const scope = [textHash(text)];
    const [opened, hits] = await Promise.all([
      client.parse(text, 'ind.txt'),
      client.search('putin', scope),
    ]);
    expect(opened.ok).toBe(true);
    expect(hits.dumps[0]?.at.length).toBeGreaterThan(0);
  });

  it('should answer only the newest of searches typed in quick succession, dropping the older ones', async () => {
    const client = createLocalClient({ loadSeed });
    const nyt = await client.open({ kind: 'seed', name: NYT });
    if (!nyt.ok) throw new Error('seed should open');
    const scope = [nyt.value.hash];
    const typed = ['p', 'pu', 'put', 'puti', 'putin'].map((q) =>
      client.search(q, scope).then(
        (hits) => `answered ${hits.dumps.length > 0 ? 'with hits' : 'empty'}`,
        (e: unknown) => (e instanceof DOMException ? e.name : 'failed'),
      ),
    );
    expect(await Promise.all(typed)).toEqual([
      'AbortError',
      'AbortError',
      'AbortError',
      'AbortError',
      'answered with hits',
    ]);
  });

  it('should put an opened dump back together from the comment slices that came before it', async () => {
    let reply: (r: WorkerResponse) => void = () => undefined;
    const client = createClient({
      send: () => undefined,
      listen: (onResponse) => void (reply = onResponse),
      close: () => undefined,
    });
    const pending = client.parse('text', 'a.txt');
    const doc = makeDoc('Talks', [
      { id: 'a' },
      { id: 'b', parent: 'a' },
      { id: 'c' },
      { id: 'd', parent: 'b' },
    ]);
    reply({ type: 'comments', id: 1, slice: encodeCommentSlice(doc.comments.slice(0, 3)) });
    reply({ type: 'comments', id: 1, slice: encodeCommentSlice(doc.comments.slice(3)) });
    const relevance = { mentioning: 0, total: 4, relevant: false };
    const shape = treeShape(buildArticleTree(doc));
    const wire = {
      hash: 'h',
      name: 'a.txt',
      doc: { ...doc, comments: [] },
      shape,
      relevance,
      stancesPending: false,
      repliesPending: false,
    };
    reply({ type: 'opened', id: 1, result: { ok: true, value: wire } });
    const result = await pending;
    const tree = result.ok ? result.value.tree : null;
    expect(tree?.doc.comments).toEqual(doc.comments);
    expect(tree?.children.get(null)).toEqual(['a', 'c']);
    expect(tree?.descendantCount.get('a')).toBe(2);
    expect(result.ok && result.value.relevance).toEqual(relevance);
  });

  it('should stop a cancelled parse by restarting the engine, opening again what was open and resending what waits', async () => {
    const sent: WorkerRequest[] = [];
    let restarts = 0;
    let reply: (r: WorkerResponse) => void = () => undefined;
    const transport: Transport = {
      send: (request) => void sent.push(request),
      listen: (onResponse) => void (reply = onResponse),
      close: () => undefined,
      restart: () => void (restarts += 1),
    };
    const client = createClient(transport);
    const first = client.parse('text A', 'a.txt');
    reply({
      type: 'opened',
      id: 1,
      result: {
        ok: true,
        value: {
          hash: 'hA',
          name: 'a.txt',
          doc: makeDoc('A', []),
          shape: { parents: new Int32Array(0), descendants: new Int32Array(0) },
          relevance: { mentioning: 0, total: 0, relevant: true },
          stancesPending: false,
          repliesPending: false,
        },
      },
    });
    expect((await first).ok).toBe(true);

    const controller = new AbortController();
    const big = client.parse('a very big dump', 'big.txt', { signal: controller.signal });
    const search = client.search('putin', ['hA']);
    controller.abort();
    expect(await big).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(restarts).toBe(1);
    const after = sent.slice(3);
    expect(after.map((r) => r.type)).toEqual(['open', 'search']);
    expect(after[0]).toMatchObject({ source: { kind: 'text', name: 'a.txt', text: 'text A' } });
    expect(sent.some((r) => r.type === 'cancel')).toBe(false);
    reply({ type: 'hits', id: 3, answer: { dumps: [], terms: [] } });
    expect(await search).toEqual({ dumps: [], terms: [] });
  });

  it('should find nothing in an article that is not loaded', async () => {
    const client = createLocalClient({ loadSeed });
    expect(await client.search('putin', ['nope'])).toEqual({ dumps: [], terms: [] });
  });

  it('should open a saved file from its cached parse by the hash it is filed under, unread, unless its size changed', async () => {
    const { map, kv } = memoryKv();
    const { text } = generateDump({ comments: 3_200, layout: 'indented', seed: 8 });
    const hash = textHash(text);
    let reads = 0;
    const saved = (body: string): Blob => {
      const blob = new Blob([body]);
      const arrayBuffer = blob.arrayBuffer.bind(blob);
      return Object.assign(blob, { arrayBuffer: () => ((reads += 1), arrayBuffer()) });
    };
    const first = createLocalClient({ loadSeed, cache: createParseCache(kv, 'build-1') });
    const opened = await first.open({ kind: 'file', name: 'big.txt', blob: saved(text), hash });
    await first.stances(hash);
    // vi.waitFor gives up after 1 s by default: a limit for hangs here, not a speed check.
    await vi.waitFor(() => expect(map.has(`doc:${hash}`)).toBe(true), { timeout: 10_000 });
    expect(reads).toBe(1);

    const reloaded = createLocalClient({ loadSeed, cache: createParseCache(kv, 'build-1') });
    const again = await reloaded.open({ kind: 'file', name: 'big.txt', blob: saved(text), hash });
    expect(reads).toBe(1);
    const ids = (r: typeof opened) => (r.ok ? r.value.tree.doc.comments.map((c) => c.id) : []);
    expect(ids(again)).toEqual(ids(opened));
    expect(ids(again)).toHaveLength(3_200);

    // Altered in storage: another text under the same hash is read, and opened as what it is.
    const other = generateDump({ comments: 40, layout: 'indented', seed: 9 }).text;
    const third = createLocalClient({ loadSeed, cache: createParseCache(kv, 'build-1') });
    const altered = await third.open({ kind: 'file', name: 'big.txt', blob: saved(other), hash });
    expect(reads).toBe(2);
    expect(altered.ok && altered.value.hash).toBe(textHash(other));
    expect(ids(altered)).toHaveLength(40);
  });

  it('should keep a rebuilt search index beside a parse read back without one, not the parse again', async () => {
    const { map, kv } = memoryKv();
    const { text } = generateDump({ comments: 3_200, layout: 'indented', seed: 7 });
    const hash = textHash(text);
    const first = createLocalClient({ loadSeed, cache: createParseCache(kv, 'build-1') });
    await first.parse(text, 'big.txt');
    await first.stances(hash);
    await vi.waitFor(() => expect(map.has(`index:${hash}`)).toBe(true), { timeout: 10_000 });
    map.delete(`index:${hash}`);
    const parse = map.get(`doc:${hash}`);

    const reloaded = createLocalClient({ loadSeed, cache: createParseCache(kv, 'build-1') });
    await reloaded.parse(text, 'big.txt');
    const hits = await reloaded.search('putin sanc', [hash]);
    expect(hits).toEqual(await first.search('putin sanc', [hash]));
    await vi.waitFor(() => expect(map.has(`index:${hash}`)).toBe(true), { timeout: 10_000 });
    expect(map.get(`doc:${hash}`)).toBe(parse);
    expect(parseCalls.count).toBe(1);
  });

  it('should read a big dump back from the parse cache after a reload, and drop it when forgotten', async () => {
    const { map, kv } = memoryKv();
    const { text } = generateDump({ comments: 3_200, layout: 'indented', seed: 7 });
    expect(text.length).toBeGreaterThanOrEqual(CACHE_MIN_CHARS);
    const first = createLocalClient({ loadSeed, cache: createParseCache(kv, 'build-1') });
    const opened = await first.parse(text, 'big.txt');
    // The cache is written once the search index is built and the stances are read.
    expect(opened.ok && opened.value.tree.stancesPending).toBe(true);
    await first.stances(textHash(text));
    // The list of recent parses, the parse, and its search index under a key of its own.
    await vi.waitFor(() => expect(map.size).toBe(3), { timeout: 10_000 });
    expect(parseCalls.count).toBe(1);

    const reloaded = createLocalClient({ loadSeed, cache: createParseCache(kv, 'build-1') });
    const again = await reloaded.parse(text, 'big.txt');
    expect(parseCalls.count).toBe(1);
    const ids = (r: typeof opened) => (r.ok ? r.value.tree.doc.comments.map((c) => c.id) : []);
    expect(ids(again)).toEqual(ids(opened));
    // …with its stances, read the first time: nothing is pending after a reload.
    expect(again.ok && again.value.tree.stancesPending).toBeUndefined();
    expect(ids(again)).toHaveLength(3_200);
    // The search index was saved beside the parse, and answers as the one built the first time.
    expect(map.get(`doc:${textHash(text)}`)).not.toHaveProperty('index');
    expect(map.get(`index:${textHash(text)}`)).toHaveProperty('index');
    const hits = await reloaded.search('putin sanc', [textHash(text)]);
    expect(hits.dumps[0]?.at.length).toBeGreaterThan(0);
    expect(hits).toEqual(await first.search('putin sanc', [textHash(text)]));
    // The stance relevance comes back with the parse: it is not measured again.
    expect(again.ok && again.value.relevance).toEqual(opened.ok && opened.value.relevance);
    expect(again.ok && again.value.relevance.total).toBe(3_200);

    reloaded.forget(textHash(text));
    await vi.waitFor(() => expect([...map.keys()].filter((k) => k.includes(':'))).toEqual([]), {
      timeout: 10_000,
    });
    await reloaded.parse(text, 'big.txt');
    expect(parseCalls.count).toBe(2);
  });
});
