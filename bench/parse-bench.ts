import { classifyStance } from '../src/core/stance/classify-stance.ts';
import { detectFormat } from '../src/core/parse/detect-format.ts';
import { inferReplies } from '../src/core/replies/infer-replies.ts';
import { makeIds } from '../src/core/article/make-ids.ts';
import { normalizeLocation } from '../src/core/location/normalize-location.ts';
import { parseFlat } from '../src/core/parse/parse-flat.ts';
import { parseIndented } from '../src/core/parse/parse-indented.ts';
import { parseThread } from '../src/core/parse-thread.ts';
import type { Stance } from '../src/core/types.ts';
import { median, round, timed } from './stats.ts';

export interface ParseBenchResult {
  /** What the dump is: its layout, and anything special ("flat, 8,000-character article"). */
  readonly name: string;
  readonly layout: 'flat' | 'indented';
  readonly megabytes: number;
  readonly comments: number;
  readonly runs: number;
  /** Median time of a bare `text.split('\n')` over the same text, the unit of the ratios. */
  readonly splitMs: number;
  /** detect + layout parse + reply inference (flat) + ids. */
  readonly structureMs: number;
  readonly structureRatio: number;
  /** parseThread end to end: the above plus locations and stance. */
  readonly fullMs: number;
  readonly fullRatio: number;
  readonly fullMBps: number;
  /** Median ms per stage over up to 3 runs, each stage timed alone, to say where the time goes. */
  readonly stages: Record<string, number>;
}

function sink(value: unknown): void {
  // A side effect the optimiser cannot drop.
  if (value === Symbol.for('never')) console.log(value);
}

/** Parse cost as a ratio to `split('\n')` over the same text, each ratio taken within one run. */
export function benchParse(
  text: string,
  layout: 'flat' | 'indented',
  runs: number,
  name: string = layout,
): ParseBenchResult {
  const structure = (): number => {
    const detected = detectFormat(text);
    if (!detected.ok) throw new Error(detected.error.message);
    const parsed = layout === 'flat' ? parseFlat(text) : parseIndented(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const guesses =
      layout === 'flat' ? inferReplies(parsed.value.comments, parsed.value.article) : [];
    return guesses.length + makeIds(parsed.value.comments).length;
  };
  const full = (): number => {
    const r = parseThread(text);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.comments.length;
  };
  // Warm-up: JIT and lazily loaded tables (gazetteer, lexicon) must not count against run 1.
  sink(text.split('\n').length + structure() + full());

  const split: number[] = [];
  const structureMs: number[] = [];
  const fullMs: number[] = [];
  const structureRatio: number[] = [];
  const fullRatio: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const s = timed(() => text.split('\n').length);
    const a = timed(structure);
    const b = timed(full);
    sink(s.value + a.value + b.value);
    split.push(s.ms);
    structureMs.push(a.ms);
    fullMs.push(b.ms);
    structureRatio.push(a.ms / s.ms);
    fullRatio.push(b.ms / s.ms);
  }
  const doc = parseThread(text);
  if (!doc.ok) throw new Error(doc.error.message);
  const megabytes = Buffer.byteLength(text) / 1e6;
  return {
    name,
    layout,
    megabytes: round(megabytes, 1),
    comments: doc.value.comments.length,
    runs,
    splitMs: round(median(split)),
    structureMs: round(median(structureMs)),
    structureRatio: round(median(structureRatio), 1),
    fullMs: round(median(fullMs)),
    fullRatio: round(median(fullRatio), 1),
    fullMBps: round(megabytes / (median(fullMs) / 1000), 1),
    stages: stageTimes(text, layout, Math.min(runs, 3)),
  };
}

function stageTimes(
  text: string,
  layout: 'flat' | 'indented',
  runs: number,
): Record<string, number> {
  const times: Record<string, number[]> = {};
  const add = (name: string, ms: number): void => {
    (times[name] ??= []).push(ms);
  };
  for (let r = 0; r < runs; r += 1) {
    const detected = timed(() => detectFormat(text));
    add('detect', detected.ms);
    const parsed = timed(() => (layout === 'flat' ? parseFlat(text) : parseIndented(text)));
    add('layout parse', parsed.ms);
    if (!parsed.value.ok) throw new Error(parsed.value.error.message);
    const { comments, article } = parsed.value.value;
    if (layout === 'flat') add('reply inference', timed(() => inferReplies(comments, article)).ms);
    add('ids', timed(() => makeIds(comments)).ms);
    add(
      'locations',
      timed(() =>
        comments.map((c) => (c.rawLocation === null ? null : normalizeLocation(c.rawLocation))),
      ).ms,
    );
    add(
      'stance',
      timed(() => {
        let previous: { body: string; author: string | null; stance: Stance } | undefined;
        for (const c of comments) {
          // The previous comment stands in for the parent: same work per comment.
          const stance = classifyStance({ body: c.body, author: c.author }, previous);
          previous = { body: c.body, author: c.author, stance };
        }
      }).ms,
    );
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(median(v))]));
}
