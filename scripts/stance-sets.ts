// The labelled stance sets, read from tests/fixtures and paired with the machine's labels. Shared by
// `npm run eval:stance` and tests/core/stance-eval.test.ts so the CI gate measures what the script prints.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyStance } from '../src/core/stance/classify-stance.ts';
import { parseThread } from '../src/core/parse-thread.ts';
import { evaluate, majorityLabel, type Evaluation } from '../src/core/stance/evaluate.ts';
import type { Stance, StanceLabel, ThreadComment } from '../src/core/types.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface LabelledItem {
  readonly key: string;
  readonly text: string;
  readonly gold: StanceLabel;
  readonly machine: Stance;
}

export interface StanceSet {
  readonly name: string;
  readonly items: readonly LabelledItem[];
  readonly model: Evaluation;
  readonly baseline: Evaluation;
  readonly baselineLabel: StanceLabel;
  /** A held-out set whose errors are never listed (its figure stays a clean one). */
  readonly blind: boolean;
}

interface SeedLabel {
  readonly index: number;
  readonly author: string | null;
  readonly label: StanceLabel;
}

/** One comment of a written labelled set (tests/fixtures/stance-*.json). */
export interface WrittenItem {
  readonly id: string;
  readonly text: string;
  readonly label: StanceLabel;
  readonly parent?: {
    readonly text: string;
    readonly label: StanceLabel;
    readonly author?: string;
  };
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(join(ROOT, relative), 'utf8')) as T;
}

/** Seed labels tied to the parse by index + author; a mismatch is an error, never a silent skip. */
function seedItems(seed: string, labels: string): LabelledItem[] {
  const doc = parseThread(readFileSync(join(ROOT, seed), 'utf8'));
  if (!doc.ok) throw new Error(`${seed}: ${doc.error.message}`);
  const comments: readonly ThreadComment[] = doc.value.comments;
  return readJson<SeedLabel[]>(labels).map((l) => {
    const c = comments[l.index];
    if (!c || c.author !== l.author) {
      throw new Error(
        `${labels}: #${l.index} is ${c?.author ?? 'missing'}, labelled as ${l.author}`,
      );
    }
    return {
      key: `${l.index} ${l.author ?? '(no name)'}`,
      text: c.body,
      gold: l.label,
      machine: c.stance,
    };
  });
}

/** Written replies are judged under the parent's gold label, as a reader would see the thread. */
export function writtenItems(file: string): LabelledItem[] {
  return readJson<WrittenItem[]>(file).map((h) => {
    const parent = h.parent
      ? {
          body: h.parent.text,
          author: h.parent.author ?? null,
          stance: { label: h.parent.label, score: 0, cues: [] },
        }
      : undefined;
    return {
      key: h.id,
      text: h.text,
      gold: h.label,
      machine: classifyStance({ body: h.text }, parent),
    };
  });
}

function scoreSet(name: string, items: LabelledItem[], blind = false): StanceSet {
  const gold = items.map((i) => i.gold);
  const baselineLabel = majorityLabel(gold);
  return {
    name,
    items,
    model: evaluate(
      gold,
      items.map((i) => i.machine.label),
    ),
    baseline: evaluate(
      gold,
      gold.map(() => baselineLabel),
    ),
    baselineLabel,
    blind,
  };
}

/** Names of the two written sets, shared with the CI gate. */
export const DEV_SET = 'dev (first held-out, errors read)';
export const HELD_OUT_SET = 'held-out (written, not tuned on)';
/** Issue 13: a second dev set (errors read while tuning) and a larger held-out set written first. */
export const DEV_2_SET = 'dev 2 (issue 13, errors read)';
/**
 * Held-out 2 was scored once by the rules and the first learner; from the second learner round on its
 * curve is tuned on (scripts/tune-learner.ts), so it is a dev set now and says so.
 */
export const HELD_OUT_2_SET = 'held-out 2, now dev (issue 13, 156, learner round 2 tuned on it)';
/** Written before the second round of learner changes, scored once after it: never tuned on. */
export const HELD_OUT_3_SET = 'held-out 3 (written before learner changes this round, 153)';
/**
 * Written in session 8 by a helper that never saw the classifier, its cues or any other labelled
 * set, and scored before any stance rule or learner setting changed: rules 0.550, learner after
 * 0/10/20/40 labels 0.550/0.552/0.558/0.563. Its errors were then read and tuned on in session 8
 * (held-out 5 written meanwhile), and read again in session 9: a dev set since.
 */
export const HELD_OUT_4_SET =
  'held-out 4, now dev (159; first scored 0.550, errors read in session 8)';
/**
 * Written in session 8 by a helper that never saw the classifier, its cues or any labelled set,
 * while held-out 4's errors were read and the rules broadened from them; scored once, after (rules
 * 0.669, learner after 10/20/40 labels 0.696/0.693/0.706): the clean stance figure of session 8.
 * Its errors were read in session 9 and the rules broadened by kind from them: a dev set since.
 */
export const HELD_OUT_5_SET =
  'held-out 5, now dev (159; first scored 0.669, errors read in session 9)';
/**
 * Written in session 9 by a helper that never saw the classifier, its cues or any labelled set,
 * while held-out 5's errors were read and the rules broadened from them; scored with the rules of
 * the session's start (0.651; learner after 10/20/40 labels 0.660/0.674/0.685) and once after the
 * session-9 cues. Its errors are never listed: the clean stance figure of session 9.
 */
export const HELD_OUT_6_SET = 'held-out 6 (159, written blind in session 9, never tuned on)';
/**
 * Written in session 10 by a helper that read only STANCE.md, while another broadened the rules
 * and the learner from the readable sets; scored with the rules of the session's start and once
 * after the session-10 changes: the clean stance figure of session 10 (0.696). Its errors were
 * read in session 18 (held-out 8 written blind meanwhile): a dev set since.
 */
export const HELD_OUT_7_SET =
  'held-out 7, now dev (159; first scored 0.696, errors read in session 18)';
/**
 * Written in session 18 by a helper that read only STANCE.md, while held-out 7's errors were read
 * and idiom-cues.ts written from them; scored with the rules of the session's start and once after:
 * the clean stance figure of session 18 (0.537). Its errors were read in session 19 (held-out 9
 * written blind meanwhile): a dev set since.
 */
export const HELD_OUT_8_SET =
  'held-out 8, now dev (159; first scored 0.537, errors read in session 19)';
/**
 * Written in session 19 by a helper that read only STANCE.md, while held-out 8's errors were read
 * and outcome-cues.ts written from them; scored with the rules of the session's start and once
 * after (0.643 both: one new cue fires on it and changes no label), the clean stance figure of
 * session 19. Its errors were read in session 20 (held-out 10 written blind meanwhile).
 */
export const HELD_OUT_9_SET =
  'held-out 9, now dev (159; first scored 0.643, errors read in session 20)';
/**
 * Written in session 20 by a helper that read only STANCE.md, while held-out 9's errors were read;
 * scored with the rules of the session's start and once after (0.649 → 0.662), the clean stance
 * figure of session 20. Its errors were read in session 21 (held-out 11 written blind meanwhile).
 */
export const HELD_OUT_10_SET =
  'held-out 10, now dev (165; first scored 0.649, errors read in session 21)';
/**
 * Written in session 21 by a helper that read only STANCE.md, while held-out 10's errors were read;
 * scored with the rules of the session's start and once after (0.669 → 0.682), the clean stance
 * figure of session 21. Its errors were read in session 22 (held-out 12 written blind meanwhile).
 */
export const HELD_OUT_11_SET =
  'held-out 11, now dev (165; first scored 0.669, errors read in session 22)';
/**
 * Written in session 22 by a helper that read only STANCE.md, while held-out 11's errors were read;
 * scored with the rules of the session's start and once after (0.562 both), the clean stance figure
 * of session 22. Its errors are read in session 23 (held-out 13 written blind meanwhile).
 */
export const HELD_OUT_12_SET =
  'held-out 12, now dev (165; first scored 0.562, errors read in session 23)';
/**
 * Written in session 23 by a helper that read only STANCE.md, while held-out 12's errors were read;
 * scored with the rules of the session's start and once after (0.693 both), the clean stance figure
 * of session 23. Its errors are read in session 24 (held-out 14 written blind meanwhile).
 */
export const HELD_OUT_13_SET =
  'held-out 13, now dev (165; first scored 0.693, errors read in session 24)';
/**
 * Written in session 24 by a helper that read only STANCE.md, while held-out 13's errors were read;
 * scored with the rules of the session's start and once after (0.736 → 0.742), the clean stance
 * figure of session 24. Its errors are read in session 28 (held-out 15 written blind meanwhile).
 */
export const HELD_OUT_14_SET =
  'held-out 14, now dev (165; first scored 0.742, errors read in session 28)';
/**
 * Written in session 28 by a helper that read only STANCE.md, while held-out 14's errors were read;
 * scored with the rules of the session's start (0.722; learner after 10/20/40 labels
 * 0.720/0.711/0.716) and once after held-out 14's cues (0.736), the clean stance figure of
 * session 28. Its errors are read later in session 28 (held-out 16 written blind meanwhile).
 */
export const HELD_OUT_15_SET =
  'held-out 15, now dev (165; first scored 0.722, errors read in session 28)';
/**
 * Written later in session 28 by another helper that read only STANCE.md, while held-out 15's
 * errors were read; scored with the rules of the session's start (0.663; learner after 10/20/40
 * labels 0.650/0.653/0.671), after held-out 14's cues, and once after held-out 15's (0.661). Its
 * errors were read in session 33 (held-out 17 written blind meanwhile): a dev set since.
 */
export const HELD_OUT_16_SET =
  'held-out 16, now dev (165; first scored 0.661, errors read in session 33)';
/**
 * Written in session 33 by a helper that read only STANCE.md (165, 55 per label; 15 sarcastic, 28
 * questions, 12 replies, 13 non-native), while held-out 16's errors were read; scored with the rules
 * of the session's start (0.695; learner after 10/20/40 labels 0.693/0.693/0.691) and once after
 * held-out 16's cues (0.694). Its errors were read in session 34 (held-out 18 written blind
 * meanwhile): a dev set since.
 */
export const HELD_OUT_17_SET =
  'held-out 17, now dev (165; first scored 0.695, errors read in session 34)';
/**
 * Written in session 34 by a helper that read only STANCE.md (165, 55 per label; 15 sarcastic, 25
 * questions, 12 replies, 13 non-native, 82 topics), while held-out 17's errors were read; scored
 * with the rules of the session's start (0.660) and once after held-out 17's cues (0.679). Its
 * errors were read later in session 34 (held-out 19 written blind meanwhile): a dev set since.
 */
export const HELD_OUT_18_SET =
  'held-out 18, now dev (165; first scored 0.660, errors read in session 34)';
/**
 * Written later in session 34 by a helper that read only STANCE.md (165, 55 per label; 15 sarcastic,
 * 27 questions, 13 replies, 14 non-native, 59 topics), while held-out 18's errors were read.
 */
export const HELD_OUT_19_SET = 'held-out 19 (165; written blind in session 34)';
/**
 * Written at the end of session 34 by a helper that read only STANCE.md (165, 55 per label; 15
 * sarcastic, 26 questions, 13 replies, 13 non-native, 60 topics), after the session's last rules:
 * first scored with them, then never tuned on.
 */
export const HELD_OUT_20_SET = 'held-out 20 (165; written blind in session 34)';
/** A third dev set, 126 comments on US–Russia relations beyond the seed articles, written before tuning. */
export const DEV_3_SET = 'dev 3 (126, general US–Russia talk, errors read)';

/**
 * Seeds, the dev set (the first written set: its errors were read while tuning, so it no longer
 * measures generalisation) and the held-out set (written before the second round of changes and
 * scored once). `heldOut: false` leaves the blind held-out sets (the first, 3, 6 and 7) unscored while
 * tuning: only the sets whose errors may be read.
 */
export function stanceSets({ heldOut = true }: { readonly heldOut?: boolean } = {}): StanceSet[] {
  return heldOut ? [...baseSets(), ...heldOutSets()] : readableSets();
}

/** The sets whose errors may be read (seeds, dev sets, held-out 2, 4 and 5): what tuning may see. */
export function readableSets(): StanceSet[] {
  return [...baseSets(), ...heldOutSets(false)];
}

function baseSets(): StanceSet[] {
  const nyt = seedItems('seeds/000_ee58b0036ea7db85.txt', 'tests/fixtures/stance-nyt.json');
  const indented = seedItems(
    'seeds/002_2cf2c4a3a6e85ec2.txt',
    'tests/fixtures/stance-indented.json',
  );
  return [
    scoreSet('seed nyt', nyt),
    scoreSet('seed indented', indented),
    scoreSet('seeds combined', [...nyt, ...indented]),
    scoreSet(DEV_SET, writtenItems('tests/fixtures/stance-dev.json')),
    scoreSet(DEV_2_SET, writtenItems('tests/fixtures/stance-dev-2.json')),
    scoreSet(DEV_3_SET, writtenItems('tests/fixtures/stance-dev-3.json')),
  ];
}

/** The held-out sets in their order; `blind: false` keeps only those whose errors may be read. */
function heldOutSets(blind = true): StanceSet[] {
  const sets: [string, string, boolean][] = [
    [HELD_OUT_SET, 'stance-heldout.json', true],
    [HELD_OUT_2_SET, 'stance-heldout-2.json', false],
    [HELD_OUT_3_SET, 'stance-heldout-3.json', true],
    [HELD_OUT_4_SET, 'stance-heldout-4.json', false],
    [HELD_OUT_5_SET, 'stance-heldout-5.json', false],
    [HELD_OUT_6_SET, 'stance-heldout-6.json', true],
    [HELD_OUT_7_SET, 'stance-heldout-7.json', false],
    [HELD_OUT_8_SET, 'stance-heldout-8.json', false],
    [HELD_OUT_9_SET, 'stance-heldout-9.json', false],
    [HELD_OUT_10_SET, 'stance-heldout-10.json', false],
    [HELD_OUT_11_SET, 'stance-heldout-11.json', false],
    [HELD_OUT_12_SET, 'stance-heldout-12.json', false],
    [HELD_OUT_13_SET, 'stance-heldout-13.json', false],
    [HELD_OUT_14_SET, 'stance-heldout-14.json', false],
    [HELD_OUT_15_SET, 'stance-heldout-15.json', false],
    [HELD_OUT_16_SET, 'stance-heldout-16.json', false],
    [HELD_OUT_17_SET, 'stance-heldout-17.json', false],
    [HELD_OUT_18_SET, 'stance-heldout-18.json', false],
    [HELD_OUT_19_SET, 'stance-heldout-19.json', true],
    [HELD_OUT_20_SET, 'stance-heldout-20.json', true],
  ];
  return sets
    .filter(([, , isBlind]) => blind || !isBlind)
    .map(([name, file, isBlind]) =>
      scoreSet(name, writtenItems(`tests/fixtures/${file}`), isBlind),
    );
}
