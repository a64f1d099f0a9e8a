import type { StanceLabel } from '../types.ts';
import type { DumpWords } from './dump-words.ts';
import { TONE_PREFIX } from './feature-prefixes.ts';

/**
 * Marks of a comment's kind rather than its words: a question anywhere (asking, mostly neutral), an
 * exclamation, figures (a factual aside), and whether it names the story at all (subject-words.ts)
 * with the tone it does so in. Dense, so ten reader labels can weigh them where no single word
 * recurs; crossed with the rules' label because they matter most where no cue fired.
 */
const MARKS: readonly (readonly [string, RegExp])[] = [
  ['asking', /\?/u],
  ['exclaiming', /!/u],
  ['factual', /\d/u],
];
const ON_TOPIC = 'on-topic';

interface Names {
  /** Per mark, then on-topic: the plain feature and the one crossed with the rules' label. */
  readonly marks: readonly (readonly [string, string])[];
  readonly onTopic: readonly [string, string];
  readonly negative: string;
  readonly positive: string;
}

/** The feature names for one rules' label, built once: the worker visits 50,000 comments. */
const NAMES = new Map<StanceLabel, Names>();

function namesFor(label: StanceLabel): Names {
  const known = NAMES.get(label);
  if (known) return known;
  const pair = (name: string) =>
    [`${TONE_PREFIX}${name}`, `${TONE_PREFIX}${name} (${label} by the rules)`] as const;
  const fresh: Names = {
    marks: MARKS.map(([name]) => pair(name)),
    onTopic: pair(ON_TOPIC),
    negative: `${TONE_PREFIX}${ON_TOPIC} negative (${label} by the rules)`,
    positive: `${TONE_PREFIX}${ON_TOPIC} positive (${label} by the rules)`,
  };
  NAMES.set(label, fresh);
  return fresh;
}

/** Calls `named` with each mark's feature of comment `c` and its value. */
export function shapeFeatures(
  dump: DumpWords,
  c: number,
  body: string,
  label: StanceLabel,
  tone: { readonly positive: number; readonly negative: number },
  named: (feature: string, value: number) => void,
): void {
  const names = namesFor(label);
  MARKS.forEach(([, mark], k) => {
    if (!mark.test(body)) return;
    for (const f of names.marks[k] ?? []) named(f, 1);
  });
  const ids = dump.tokens[c] ?? new Int32Array(0);
  let onTopic = false;
  for (let i = 0; i < ids.length && !onTopic; i += 1) onTopic = dump.subject[ids[i] ?? 0] === 1;
  if (!onTopic) return;
  for (const f of names.onTopic) named(f, 1);
  if (tone.negative > 0) named(names.negative, tone.negative);
  if (tone.positive > 0) named(names.positive, tone.positive);
}
