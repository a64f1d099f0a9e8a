import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { textHash } from '../../src/core/article/text-hash.ts';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import type { DumpEntry } from '../../src/worker/dump-opener.ts';
import { Cancelled, openJob, type OpenJobContext } from '../../src/worker/open-job.ts';
import type { Progress } from '../../src/worker/protocol.ts';

const loadSeed = (name: string) =>
  readFile(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const INDENTED = '002_2cf2c4a3a6e85ec2.txt';

const job = (text: string, name: string) => ({
  text,
  hash: textHash(text),
  name,
  cache: undefined,
});

function context(over: Partial<OpenJobContext> = {}): OpenJobContext {
  return {
    deps: { loadSeed },
    report: () => undefined,
    abandoned: () => false,
    done: new Map<string, DumpEntry>(),
    followers: new Map(),
    ...over,
  };
}

// Real parsing: slow on a shared machine, so a generous limit.
describe('openJob', { timeout: 30_000 }, () => {
  it('should report how far the parse has got while it runs, in hundredths rising to 100', async () => {
    const { text } = generateDump({ comments: 3_000, layout: 'flat', seed: 5 });
    const seen: Progress[] = [];
    await openJob(job(text, 'big.txt'), context({ report: (p) => seen.push(p) }));
    const parse = seen.filter((p) => p.stage === 'parse').map((p) => p.done);
    // Guessing parents, reported every 500 comments: five steps between 0 and 95 (the stances are
    // read after the open, and report to whoever follows them).
    expect(parse.filter((d) => d > 0 && d < 95).length).toBeGreaterThanOrEqual(5);
    expect(parse).toEqual([...new Set(parse)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 100, total: 100, stage: 'index' });
  });

  it('should leave the opened dump, its search index and its later reads under its hash', async () => {
    const text = await loadSeed(INDENTED);
    const hash = textHash(text);
    const ctx = context();
    const opened = await openJob(job(text, 'a.txt'), ctx);
    expect(opened.ok && opened.value.hash === hash && opened.value.name === 'a.txt').toBe(true);
    const entry = ctx.done.get(hash);
    expect(entry?.opened).toBe(opened);
    entry?.ask();
    expect((await entry?.search)?.documentCount).toBeGreaterThan(10);
    expect((await entry?.stanced)?.ok).toBe(true);
  });

  it('should read the stances, and build the search index after them, only once asked for', async () => {
    const text = await loadSeed(INDENTED);
    const ctx = context();
    await openJob(job(text, 'a.txt'), ctx);
    const entry = ctx.done.get(textHash(text));
    let read = false;
    let indexed = false;
    void entry?.stanced.then(() => (read = true));
    void entry?.search?.then(() => (indexed = true));
    // Long enough for the 160-comment seed's stances (tens of ms) had they not waited.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([read, indexed]).toEqual([false, false]);
    entry?.ask();
    const stanced = await entry?.stanced;
    expect(stanced?.ok === true && stanced.value.stancesPending).toBe(false);
    expect((await entry?.search)?.documentCount).toBeGreaterThan(10);
  });

  it('should leave a text that is no dump as a settled failure, saying what is wrong', async () => {
    const ctx = context();
    const opened = await openJob(job('hello', 'note.txt'), ctx);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.message).toMatch(/\S/);
    const entry = ctx.done.get(textHash('hello'));
    expect(entry?.search).toBeNull();
    expect(await entry?.replied).toBe(opened);
  });

  it('should stop at its first checkpoint once every waiter has cancelled, leaving nothing', async () => {
    const text = await loadSeed(INDENTED);
    const ctx = context({ abandoned: () => true });
    await expect(openJob(job(text, 'a.txt'), ctx)).rejects.toBeInstanceOf(Cancelled);
    expect(ctx.done.size).toBe(0);
  });
});
