import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { textHash } from '../../src/core/article/text-hash.ts';
import { createDumpOpener } from '../../src/worker/open-dump.ts';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import type { Progress } from '../../src/worker/protocol.ts';

const loadSeed = (name: string) =>
  readFile(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const INDENTED = '002_2cf2c4a3a6e85ec2.txt';
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
    expect(a.ok && b.ok && a.value.doc === b.value.doc && a.value.hash === hash).toBe(true);
    const entry = await dumps.settled(hash);
    const index = await entry?.search;
    expect(index?.documentCount).toBeGreaterThan(10);
    await dumps.forget(hash);
    expect(await dumps.settled(hash)).toBeUndefined();
  });

  it('should report how far the parse has got while it runs, in hundredths rising to 100', async () => {
    const dumps = createDumpOpener({ loadSeed });
    const { text } = generateDump({ comments: 3_000, layout: 'flat', seed: 5 });
    const seen: Progress[] = [];
    await dumps.open(1, { kind: 'text', name: 'big.txt', text }, (p) => seen.push(p));
    const parse = seen.filter((p) => p.stage === 'parse').map((p) => p.done);
    // Guessing parents, then stances, each reported every 500 comments: steps between 0 and 95.
    expect(parse.filter((d) => d > 0 && d < 95).length).toBeGreaterThanOrEqual(8);
    expect(parse).toEqual([...new Set(parse)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 100, total: 100, stage: 'index' });
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
});
