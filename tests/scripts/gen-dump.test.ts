import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseThread } from '../../src/core/parse-thread.ts';
import { generateDump, type GenLayout } from '../../scripts/gen-dump/generate-dump.ts';
import { seedCorpus } from '../../scripts/gen-dump/seed-corpus.ts';

// Sentences learned from the seeds: the generated text then carries real punctuation and quirks.
const corpus = seedCorpus();

const LAYOUTS: readonly GenLayout[] = ['flat', 'indented'];
// Parsing thousands of comments and spawning the CLI take seconds on a loaded CI machine.
const SLOW = 60_000;

function descendants(
  comments: ReadonlyArray<{ parentIndex: number | null }>,
  root: number,
): number {
  const inThread = new Set([root]);
  for (let i = root + 1; i < comments.length; i += 1) {
    const p = comments[i]?.parentIndex;
    if (p === null || p === undefined || !inThread.has(p)) break;
    inThread.add(i);
  }
  return inThread.size - 1;
}

describe('generateDump', { timeout: SLOW }, () => {
  for (const layout of LAYOUTS) {
    it(`should write a ${layout} dump that parses back to exactly N comments by the same authors`, () => {
      for (const [comments, seed] of [
        [1, 1],
        [7, 2],
        [300, 3],
        [2_000, 4],
      ] as const) {
        const dump = generateDump({ comments, layout, seed, corpus });
        const parsed = parseThread(dump.text);
        if (!parsed.ok) throw new Error(`${layout} ${comments}: ${parsed.error.message}`);
        const doc = parsed.value;
        expect(doc.format).toBe(layout === 'flat' ? 'nyt' : 'indented');
        expect(doc.comments).toHaveLength(comments);
        expect(doc.comments.map((c) => c.author)).toEqual(dump.comments.map((c) => c.author));
        if (layout === 'flat') {
          expect(doc.article.declaredCommentCount).toBe(comments);
          expect(doc.comments.map((c) => c.location?.raw ?? null)).toEqual(
            dump.comments.map((c) => c.location),
          );
        } else {
          // The indented layout states the tree: it must come back exactly.
          expect(doc.comments.map((c) => c.depth)).toEqual(dump.comments.map((c) => c.depth));
        }
      }
    });
  }

  it('should give the same bytes for the same seed and different bytes for another seed', () => {
    for (const layout of LAYOUTS) {
      const a = generateDump({ comments: 500, layout, seed: 42, corpus }).text;
      expect(generateDump({ comments: 500, layout, seed: 42, corpus }).text).toBe(a);
      expect(generateDump({ comments: 500, layout, seed: 43, corpus }).text).not.toBe(a);
    }
  });

  it('should contain what real sections have: paragraphs, replies by name, reply chains, anonymous bullets', () => {
    const flat = generateDump({ comments: 2_000, layout: 'flat', seed: 5, corpus });
    expect(flat.text).toMatch(/[.?!]\n\n[A-Z]/); // multi-paragraph bodies
    const replies = flat.comments.filter((c) => c.parentIndex !== null);
    expect(replies.length / flat.comments.length).toBeGreaterThan(0.3);
    expect(Math.max(...flat.comments.map((c) => c.depth))).toBeGreaterThanOrEqual(4);
    expect(new Set(flat.comments.map((c) => c.author)).size).toBeGreaterThan(100);
    // Replies open by naming their parent often enough for reply inference to have a cue.
    const parsed = parseThread(flat.text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    let named = 0;
    replies.forEach((c) => {
      const i = flat.comments.indexOf(c);
      const parentName = flat.comments[c.parentIndex ?? -1]?.author ?? '';
      const first = parentName.split(' ')[0] ?? parentName;
      if (parsed.value.comments[i]?.body.includes(first)) named += 1;
    });
    expect(named / replies.length).toBeGreaterThan(0.6);
    const indented = generateDump({ comments: 2_000, layout: 'indented', seed: 5, corpus });
    expect(indented.comments.some((c) => c.author === null)).toBe(true);
    expect(indented.comments.some((c) => /[\u00c0-\u024f]/.test(c.author ?? ''))).toBe(true);
  });

  it('should put a thread of the requested number of replies first, by default 1,000 from 10k comments', () => {
    const small = generateDump({ comments: 200, layout: 'indented', seed: 1, bigThread: 120 });
    expect(descendants(small.comments, 0)).toBe(120);
    const big = generateDump({ comments: 10_000, layout: 'flat', seed: 1 });
    expect(descendants(big.comments, 0)).toBe(1_000);
  });

  it('should put an article of the asked length under the dateline, quoted by some comments', () => {
    const plain = generateDump({ comments: 700, layout: 'flat', seed: 8, corpus });
    const dump = generateDump({
      comments: 700,
      layout: 'flat',
      seed: 8,
      corpus,
      articleBody: 8_000,
    });
    const parsed = parseThread(dump.text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const body = parsed.value.article.body ?? '';
    expect(body.length).toBeGreaterThanOrEqual(8_000);
    expect(body.length).toBeLessThan(9_500);
    expect(parsed.value.comments).toHaveLength(700);
    expect(dump.comments).toEqual(plain.comments);
    const quoting = parsed.value.comments.filter((c) => {
      const quote = /^"([^"]+)"/.exec(c.body)?.[1];
      return quote !== undefined && body.replace(/\s+/g, ' ').includes(quote);
    });
    expect(quoting.length).toBeGreaterThan(50);
  });

  it('should write a dump from the command line (npm run gen)', () => {
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/gen-dump.ts', '--comments', '25', '--layout', 'indented', '--out', '-'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      generateDump({ comments: 25, layout: 'indented', seed: 1, corpus }).text,
    );
    const bad = spawnSync('npx', ['tsx', 'scripts/gen-dump.ts', '--layout', 'tree'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: --layout must be flat or indented/m);
  });
});
