import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { textHash } from '../../src/core/article/text-hash.ts';
import { createDumpOpener } from '../../src/worker/open-dump.ts';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import { UNREAD_STANCE } from '../../src/core/parse-structure.ts';
import type { Progress } from '../../src/worker/protocol.ts';

const loadSeed = (name: string) =>
  readFile(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const INDENTED = '002_2cf2c4a3a6e85ec2.txt';
const NYT = '000_ee58b0036ea7db85.txt';
const none = (_p: Progress) => undefined;

// Real parsing of a seed: slow on a shared machine, so a generous limit.
describe('createDumpOpener', { timeout: 30_000 }, () => {
  it('should open a dump once by its text hash, build its search index, and forget it', async () => {
    const dumps = createDumpOpener({ loadSeed });
    const text = await loadSeed(INDENTED);
    const hash = textHash(text);
    const [a, b] = await Promise.all([
      dumps.open(1, { kind: 'text', name: 'a.txt', text }, none),
      dumps.open(2, { kind: 'seed', name: INDENTED }, none),
    ]);
    // One parse: the same tree. (The document itself is replaced once the stances are read, which
    // may happen before the seed's text is loaded for the second open.)
    expect(a.ok && b.ok && a.value.shape === b.value.shape && a.value.hash === hash).toBe(true);
    const entry = await dumps.settled(hash);
    // The index comes after the stances, which wait to be asked for (the page asks when idle).
    entry?.ask();
    const index = await entry?.search;
    expect(index?.documentCount).toBeGreaterThan(10);
    await dumps.forget(hash);
    expect(await dumps.settled(hash)).toBeUndefined();
  });

  it('should stop an open whose every waiter cancelled, at its next checkpoint', async () => {
    const dumps = createDumpOpener({ loadSeed });
    const text = await loadSeed(INDENTED);
    const opening = dumps.open(1, { kind: 'text', name: 'a.txt', text }, none);
    expect(dumps.cancel(1)).toBe(true);
    expect(await opening).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(dumps.cancel(1)).toBe(false);
    expect(await dumps.settled(textHash(text))).toBeUndefined();
  });

  it('should open any dump before reading its stances, then read the same stances a whole parse gives', async () => {
    // No size given: a small seed's stances come later too (a worker's first reading is slow).
    const dumps = createDumpOpener({ loadSeed });
    const text = await loadSeed(INDENTED);
    const hash = textHash(text);
    const opened = await dumps.open(1, { kind: 'text', name: 'a.txt', text }, none);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.stancesPending).toBe(true);
    expect(opened.value.doc.comments.every((c) => c.stance === UNREAD_STANCE)).toBe(true);
    const heard: Progress[] = [];
    const read = await dumps.stanced(hash, (p) => heard.push(p));
    const whole = parseThread(text);
    if (!read?.ok || !whole.ok) throw new Error('not read');
    expect(read.value.stancesPending).toBe(false);
    expect(read.value.doc).toEqual(whole.value);
    expect(heard.at(-1)).toEqual({ done: 24, total: 24, stage: 'stance' });
    // Once read, opening the same text again gets the stances at once.
    const again = await dumps.open(2, { kind: 'seed', name: INDENTED }, none);
    expect(again.ok && again.value.stancesPending).toBe(false);
  });

  it('should stop reading the stances of a dump removed meanwhile', async () => {
    const dumps = createDumpOpener({ loadSeed });
    const { text } = generateDump({ comments: 3_000, layout: 'indented', seed: 5 });
    await dumps.open(1, { kind: 'text', name: 'big.txt', text }, none);
    const heard: Progress[] = [];
    const reading = dumps.stanced(textHash(text), (p) => heard.push(p));
    // Removed once the reading has begun (a slice of 1,000 comments is read).
    await vi.waitFor(() => expect(heard.length).toBeGreaterThan(0), { timeout: 10_000 });
    await dumps.forget(textHash(text));
    expect(await reading).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await dumps.stanced(textHash(text), none)).toBeUndefined();
  });

  it('should open a big flat dump in page order, then guess its threads, then read the stances a whole parse reads', async () => {
    const dumps = createDumpOpener({ loadSeed, deferRepliesFrom: 0 });
    const text = await loadSeed(NYT);
    const hash = textHash(text);
    const opened = await dumps.open(1, { kind: 'text', name: 'a.txt', text }, none);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value).toMatchObject({ repliesPending: true, stancesPending: true });
    expect(opened.value.doc.comments.every((c) => c.parentId === null)).toBe(true);
    const heard: Progress[] = [];
    const threads = await dumps.replied(hash, (p) => heard.push(p));
    const whole = parseThread(text);
    if (!threads?.ok || !whole.ok) throw new Error('not read');
    const dump = threads.value;
    expect(dump).toMatchObject({ repliesPending: false, stancesPending: true });
    const unstanced = whole.value.comments.map((c) => ({ ...c, stance: UNREAD_STANCE }));
    expect(dump.doc).toEqual({ ...whole.value, comments: unstanced });
    expect(dump.shape.parents).not.toEqual(opened.value.shape.parents);
    expect(heard.at(-1)).toEqual({ done: 135, total: 135, stage: 'replies' });
    const read = await dumps.stanced(hash, none);
    expect(read?.ok && read.value.doc).toEqual(whole.value);
    // Once read, opening the same text again gets its threads and stances at once.
    const again = await dumps.open(2, { kind: 'seed', name: NYT }, none);
    expect(again.ok && [again.value.repliesPending, again.value.stancesPending]).toEqual([
      false,
      false,
    ]);
  });

  it('should stop guessing the threads of a flat dump removed meanwhile, and never read its stances', async () => {
    const dumps = createDumpOpener({ loadSeed, deferRepliesFrom: 0 });
    const { text } = generateDump({ comments: 6_000, layout: 'flat', seed: 5 });
    await dumps.open(1, { kind: 'text', name: 'big.txt', text }, none);
    const heard: Progress[] = [];
    const guessing = dumps.replied(textHash(text), (p) => heard.push(p));
    const stancing = dumps.stanced(textHash(text), none);
    const search = (await dumps.settled(textHash(text)))?.search;
    await vi.waitFor(() => expect(heard.length).toBeGreaterThan(0), { timeout: 10_000 });
    await dumps.forget(textHash(text));
    expect(await guessing).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await stancing).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // Nobody can search a removed dump: its index is not built.
    await expect(search).rejects.toThrow('removed');
    expect(heard.some((p) => p.stage === 'stance')).toBe(false);
  });

  it('should give an indented dump its threads at once, whatever the size', async () => {
    const dumps = createDumpOpener({ loadSeed, deferRepliesFrom: 0 });
    const opened = await dumps.open(1, { kind: 'seed', name: INDENTED }, none);
    expect(opened.ok && opened.value.repliesPending).toBe(false);
    expect(opened.ok && opened.value.doc.comments.some((c) => c.parentId !== null)).toBe(true);
  });
});
