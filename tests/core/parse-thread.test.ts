// Fixture-driven: every tests/fixtures/parse-*.txt and seed-*.txt beside its expected .json.
// Regenerate the expected files with `UPDATE=1 npx vitest run --project unit tests/core/parse-thread.test.ts`
// and review the diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountLines } from './support/account-lines.ts';
import { parseLayout } from '../../src/core/parse/parse-layout.ts';
import { parseThread, PROGRESS_STEP } from '../../src/core/parse-thread.ts';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import type { ThreadDocument } from '../../src/core/types.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures');
const UPDATE = process.env.UPDATE === '1';
const cases = readdirSync(DIR)
  .filter((f) => /^(parse|seed)-.*\.txt$/.test(f))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

/**
 * Small parse-* cases pin only what the parser decides, so they stay put when reply inference,
 * places and stance change; the full seeds pin the whole THREAD_JSON object.
 */
function parserView(doc: ThreadDocument) {
  return {
    format: doc.format,
    article: doc.article,
    comments: doc.comments.map((c) => ({
      id: c.id,
      line: c.line,
      author: c.author,
      rawLocation: c.location?.raw ?? null,
      body: c.body,
      ...(doc.format === 'indented' ? { depth: c.depth, parentId: c.parentId } : {}),
    })),
    warnings: doc.warnings.filter((w) => !w.includes('reply guess')),
  };
}

function actual(name: string, text: string): unknown {
  const r = parseThread(text);
  if (!r.ok) return { error: r.error };
  return name.startsWith('seed-') ? r.value : parserView(r.value);
}

describe('parseThread fixtures', () => {
  it('should have fixture cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(`should parse ${name}.txt as ${name}.json says`, () => {
      const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
      const got = actual(name, text);
      const file = join(DIR, `${name}.json`);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`${file} is missing: run with UPDATE=1 and review it`);
        writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
      }
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }

  for (const name of cases) {
    it(`should place every non-blank line of ${name}.txt exactly once when it parses`, () => {
      const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
      const r = parseThread(text);
      if (!r.ok) return;
      const account = accountLines(text, r.value);
      expect(account.ok ? 'ok' : account.error.message).toBe('ok');
    });
  }
});

describe('parseThread on pathological input', () => {
  const MB = 1 << 20;
  const HEAD = 'Title\n\nMay 02, 2017 · 1 comments\nAnn (Oslo)\n';
  const INDENTED_HEAD = 'Title\n\nAuthor: Jo\n\n  • Ann\n\n    ';
  const cases: Record<string, string> = {
    '"a(" repeated for 1 MB in a body': `${HEAD}${'a('.repeat(MB / 2)}`,
    '1 MB of "("': `${HEAD}${'('.repeat(MB)}`,
    '1 MB of spaces then a bullet': `${INDENTED_HEAD}hi\n${' '.repeat(MB)}• Bo\n\n${' '.repeat(MB + 2)}yo`,
    'a 1 MB header-like line': `${HEAD}hi\n${'Name '.repeat(MB / 5)}(Place, ST)\nbody`,
    'a header with a 1 MB place': `${HEAD}hi\nName (${'Place, '.repeat(MB / 7)})\nbody`,
    '1 MB of bullets': `${INDENTED_HEAD}hi\n${'  • '.repeat(MB / 4)}`,
    '500,000 blank lines between comments': `${HEAD}hi\n${'\n'.repeat(500_000)}Bo (Rome, Italy)\nyo`,
  };

  const typed = (r: ReturnType<typeof parseThread>) =>
    r.ok || ['empty', 'binary', 'unknown-layout', 'malformed'].includes(r.error.code);

  /** CPU milliseconds of `fn`: unlike wall time it does not grow when other jobs share the cores. */
  function cpuMs<T>(fn: () => T): [T, number] {
    const before = process.cpuUsage();
    const value = fn();
    const used = process.cpuUsage(before);
    return [value, (used.user + used.system) / 1000];
  }

  for (const [name, text] of Object.entries(cases)) {
    it(`should read ${name} within 2 s, and run the whole pipeline within 5 s, without a throw`, () => {
      const [layout, readMs] = cpuMs(() => parseLayout(text));
      const [thread, pipelineMs] = cpuMs(() => parseThread(text));
      expect(layout.ok).toBe(thread.ok);
      expect(typed(thread)).toBe(true);
      // Generous CPU-time bounds; a catastrophic regex takes minutes, not seconds.
      expect(readMs).toBeLessThan(2_000);
      expect(pipelineMs).toBeLessThan(5_000);
    }, 60_000);
  }
});

describe('parseThread progress', () => {
  const seed = (name: string) => readFileSync(join('seeds', name), 'utf8');

  function reports(text: string): [number, number][] {
    const seen: [number, number][] = [];
    parseThread(text, (done, total) => seen.push([done, total]));
    return seen;
  }

  it('should count a flat dump twice (parents guessed, then stances) and end at the total', () => {
    const text = seed('000_ee58b0036ea7db85.txt');
    const parsed = parseThread(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const n = parsed.value.comments.length;
    const seen = reports(text);
    expect(seen.every(([, total]) => total === 2 * n)).toBe(true);
    // The stance pass starts where the guessing ended: halfway.
    expect(seen.map(([done]) => done)).toEqual([0, n, 2 * n]);
  });

  it('should count an indented dump once, every PROGRESS_STEP comments, up to the total', () => {
    const { text } = generateDump({ comments: 1_200, layout: 'indented', seed: 3 });
    expect(reports(text)).toEqual([
      [0, 1_200],
      [PROGRESS_STEP, 1_200],
      [2 * PROGRESS_STEP, 1_200],
      [1_200, 1_200],
    ]);
  });

  it('should parse the same with or without someone listening', () => {
    const text = seed('002_2cf2c4a3a6e85ec2.txt');
    expect(JSON.stringify(parseThread(text, () => undefined))).toBe(
      JSON.stringify(parseThread(text)),
    );
  });
});
