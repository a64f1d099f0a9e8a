import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { textHash } from '../../src/core/article/text-hash.ts';
import { createDumpOpener } from '../../src/worker/open-dump.ts';
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
    expect(a.ok && b.ok && a.value.tree === b.value.tree && a.value.hash === hash).toBe(true);
    const entry = await dumps.settled(hash);
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
});
