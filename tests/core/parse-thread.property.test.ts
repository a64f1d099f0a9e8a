// Property test: the parser never throws, answers ok or a typed error, and when ok every non-blank
// input line lands in exactly one place (checked by accountLines from the content alone).
// Runs: CI (process.env.CI) 100,000 dumps in total — a fixed-seed run and a random-seed run of
// 50,000 each; locally 1,000 + 1,000. A failure prints fast-check's seed and path; replay with
//   FC_SEED=<seed> FC_PATH=<path> npx vitest run --project unit tests/core/parse-thread.property.test.ts
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountLines } from './support/account-lines.ts';
import { parseLayout } from '../../src/core/parse/parse-layout.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import type { ParseErrorCode } from '../../src/core/types.ts';

const CI = Boolean(process.env.CI);
const RUNS_PER_SEED = CI ? 50_000 : 1_000;
const FIXED_SEED = 20170502;
const REPLAY = process.env.FC_SEED === undefined ? null : Number(process.env.FC_SEED);
const CODES: readonly ParseErrorCode[] = ['empty', 'binary', 'unknown-layout', 'malformed'];

// ---- valid dumps, generated together with what a correct parse must find -----------------------

interface Model {
  readonly author: string | null;
  readonly location: string | null;
  readonly body: string;
  readonly depth: number;
}
interface Dump {
  readonly text: string;
  readonly model: readonly Model[];
  readonly format: 'nyt' | 'indented';
}

const word = fc.constantFrom(
  'peace',
  'Syria',
  'talks',
  'the',
  'vote',
  'is',
  'not',
  'Trump',
  'war',
  'a',
  'deal',
);
const sentence = fc
  .array(word, { minLength: 2, maxLength: 8 })
  .map((ws) => `${ws.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
const textLine = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')),
  },
  // Header-shaped lines that belong to the body, anywhere in it: a numbered step.
  { weight: 1, arbitrary: fc.nat({ max: 9 }).map((n) => `Step ${n + 1} (the hard part)`) },
);
const paragraph = fc.array(textLine, { minLength: 1, maxLength: 3 });
const bodyParagraphs = fc.array(paragraph, { minLength: 1, maxLength: 3 });
const name = fc.constantFrom(
  'Mary',
  'Vincent',
  'Casey Dorman',
  'bb',
  'N. Smith',
  'ThorsteinVeblen2012',
  'Doug Doakes',
);
const place = fc.constantFrom(
  'Atlanta',
  'Vt.',
  'Newport Beach, CA',
  'berkeley',
  'New York City',
  'Jaipur, India',
);

const flatDump: fc.Arbitrary<Dump> = fc
  .record({
    comments: fc.array(fc.record({ name, place, body: bodyParagraphs }), { maxLength: 6 }),
    dateline: fc.boolean(),
  })
  .map(({ comments, dateline }) => {
    const lines = ['Peace Talks Resume', ''];
    // A title alone is no recognisable dump: a comment-less flat dump needs its dateline.
    if (dateline || comments.length === 0) lines.push(`May 02, 2017 · ${comments.length} comments`);
    for (const c of comments) {
      lines.push(`${c.name} (${c.place})`);
      c.body.forEach((p, i) => lines.push(...(i > 0 ? ['', ...p] : p)));
    }
    const model = comments.map((c) => ({
      author: c.name,
      location: c.place,
      body: c.body.map((p) => p.join('\n')).join('\n\n'),
      depth: 0,
    }));
    return { text: lines.join('\n'), model, format: 'nyt' as const };
  });

const handle = fc.constantFrom('unam_sanctum', 'Eileen Kuch', 'RickR35', 'EME', 'Mcgee');
const indentedDump: fc.Arbitrary<Dump> = fc
  .array(
    fc.record({
      step: fc.integer({ min: -3, max: 1 }),
      named: fc.boolean(),
      handle,
      body: bodyParagraphs,
    }),
    { maxLength: 8 },
  )
  .map((specs) => {
    const lines = [
      'Trump, Putin Agree',
      '',
      'Both Agree to Talk',
      '',
      'Officials confirmed it.',
      '',
      'Author: Jason Ditz',
      '',
      'Jason Ditz is news editor of',
      '',
    ];
    const model: Model[] = [];
    let depth = -1;
    for (const s of specs) {
      depth = Math.max(0, Math.min(depth + s.step, depth + 1));
      const pad = ' '.repeat(2 + depth * 2);
      const paras = s.body.map((p) => p.map((l) => `${pad}  ${l}`));
      if (s.named) {
        lines.push(`${pad}• ${s.handle}`, '');
        paras.forEach((p) => lines.push(...p, ''));
      } else {
        // An anonymous bullet carries the body's first line itself.
        const [first = [], ...rest] = paras;
        const [head = '', ...tail] = first;
        lines.push(`${pad}• ${head.trim()}`, ...tail, '');
        rest.forEach((p) => lines.push(...p, ''));
      }
      model.push({
        author: s.named ? s.handle : null,
        location: null,
        body: s.body.map((p) => p.join('\n')).join('\n\n'),
        depth,
      });
    }
    return { text: lines.join('\n'), model, format: 'indented' as const };
  });

// ---- mutations ----------------------------------------------------------------------------------

type Mutation = (lines: string[]) => void;
const at = (lines: string[], n: number) => (lines.length === 0 ? 0 : n % lines.length);
const junk = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '•',
    '  • ',
    '(((((',
    'a(a(a(',
    'Author:',
    'May 02, 2017 · 9 comments',
    '\t\t• Tab',
    'Name ()',
  ),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (ls) =>
        void ls.splice(at(ls, n), 1),
  ),
  fc.nat().map(
    (n): Mutation =>
      (ls) =>
        void ls.splice(at(ls, n), 0, ls[at(ls, n)] ?? ''),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (ls) => {
    const i = at(ls, a);
    const j = at(ls, b);
    [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
  }),
  fc.tuple(fc.nat(), junk).map(
    ([n, s]): Mutation =>
      (ls) =>
        void ls.splice(at(ls, n), 0, s),
  ),
  fc.tuple(fc.nat(), name, place).map(
    ([n, a, p]): Mutation =>
      (ls) =>
        void ls.splice(at(ls, n), 0, `${a} (${p})`),
  ),
  fc.nat().map(
    (n): Mutation =>
      (ls) =>
        void (ls[at(ls, n)] = `\t${ls[at(ls, n)] ?? ''}`),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 200, max: 3_000 })).map(
    ([n, k]): Mutation =>
      (ls) =>
        void ls.splice(at(ls, n), 0, 'a('.repeat(k)),
  ),
);
const mutated: fc.Arbitrary<string> = fc
  .record({
    dump: fc.oneof(flatDump, indentedDump),
    edits: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    shuffle: fc.boolean(),
  })
  .chain((r) =>
    (r.shuffle
      ? fc.shuffledSubarray(r.dump.text.split('\n'), { minLength: 0 })
      : fc.constant(r.dump.text.split('\n'))
    ).map((lines) => {
      const ls = [...lines];
      for (const edit of r.edits) edit(ls);
      return `${r.bom ? '\uFEFF' : ''}${ls.join(r.eol)}`;
    }),
  );

// ---- properties ---------------------------------------------------------------------------------

/** Total: ok or a typed error, never a throw; when ok the reading is lossless. */
function checkTotal(text: string): void {
  const r = parseLayout(text);
  if (!r.ok) {
    expect(CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
    if (r.error.line !== null)
      expect(Number.isInteger(r.error.line) && r.error.line >= 1).toBe(true);
    return;
  }
  const account = accountLines(text, r.value);
  if (!account.ok) throw new Error(account.error.message);
}

/** A valid dump reads back exactly as generated: authors, places, bodies, depths, no warnings. */
function checkRoundTrip(dump: Dump): void {
  const r = parseLayout(dump.text);
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value.format).toBe(dump.format);
  expect(r.value.warnings).toEqual([]);
  const found = r.value.comments.map((c) => ({
    author: c.author,
    location: c.rawLocation,
    body: c.body,
    depth: c.depth ?? 0,
  }));
  expect(found).toEqual(dump.model);
  const account = accountLines(dump.text, r.value);
  if (!account.ok) throw new Error(account.error.message);
}

/**
 * The whole pipeline (replies, places, stance on top) on a share of the runs: those stages cost about
 * ten times the reading, so checking them every time would push the CI run past three minutes.
 */
function checkPipeline(text: string): void {
  const layout = parseLayout(text);
  const thread = parseThread(text);
  expect(thread.ok).toBe(layout.ok);
  if (!thread.ok || !layout.ok) return;
  expect(thread.value.comments.map((c) => c.body)).toEqual(
    layout.value.comments.map((c) => c.body),
  );
  const account = accountLines(text, thread.value);
  if (!account.ok) throw new Error(account.error.message);
}

const PIPELINE_SHARE = 8;
const valid = fc.oneof(flatDump, indentedDump);
const anyDump = fc.record({
  pipeline: fc.nat({ max: PIPELINE_SHARE - 1 }).map((n) => n === 0),
  input: fc.oneof(
    { weight: 1, arbitrary: valid.map((d) => ({ kind: 'valid' as const, d })) },
    { weight: 3, arbitrary: mutated.map((t) => ({ kind: 'mutated' as const, t })) },
  ),
});
const property = fc.property(anyDump, ({ pipeline, input }) => {
  if (input.kind === 'valid') checkRoundTrip(input.d);
  else checkTotal(input.t);
  if (pipeline) checkPipeline(input.kind === 'valid' ? input.d.text : input.t);
});

function params(seed: number | undefined) {
  const replay =
    REPLAY === null
      ? {}
      : { seed: REPLAY, ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}) };
  return { numRuns: RUNS_PER_SEED, ...(seed === undefined ? {} : { seed }), ...replay };
}

describe('parseThread over generated and mutated dumps', () => {
  it(`should round-trip valid dumps and never lose, duplicate or throw on mutated ones (fixed seed ${FIXED_SEED}, ${RUNS_PER_SEED} runs)`, () => {
    fc.assert(property, params(FIXED_SEED));
  }, 600_000);

  it(`should hold for a random seed too (${RUNS_PER_SEED} runs; on failure replay with FC_SEED/FC_PATH from the message)`, () => {
    fc.assert(property, params(undefined));
  }, 600_000);
});
