// The labelled stance sets, read from tests/fixtures and paired with the machine's labels. Shared by
// `npm run eval:stance` and tests/core/stance-eval.test.ts so the CI gate measures what the script prints.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyStance } from '../src/core/classify-stance.ts';
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
}

interface SeedLabel {
  readonly index: number;
  readonly author: string | null;
  readonly label: StanceLabel;
}

interface HeldOutItem {
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

/** Held-out replies are judged under the parent's gold label, as a reader would see the thread. */
function heldOutItems(): LabelledItem[] {
  return readJson<HeldOutItem[]>('tests/fixtures/stance-heldout.json').map((h) => {
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

function scoreSet(name: string, items: LabelledItem[]): StanceSet {
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
  };
}

export function stanceSets(): StanceSet[] {
  const nyt = seedItems('seeds/000_ee58b0036ea7db85.txt', 'tests/fixtures/stance-nyt.json');
  const indented = seedItems(
    'seeds/002_2cf2c4a3a6e85ec2.txt',
    'tests/fixtures/stance-indented.json',
  );
  return [
    scoreSet('seed nyt', nyt),
    scoreSet('seed indented', indented),
    scoreSet('seeds combined', [...nyt, ...indented]),
    scoreSet('held-out (written, not tuned on)', heldOutItems()),
  ];
}
