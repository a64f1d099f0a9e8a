import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferReplies } from '../../src/core/replies/infer-replies.ts';
import { parseFlat } from '../../src/core/parse/parse-flat.ts';

interface Label {
  readonly index: number;
  readonly author: string;
  readonly parent: number | null;
  readonly note: string;
}

const root = join(import.meta.dirname, '..', '..');

/** Parses a flat dump, infers replies and compares them with hand labels made by reading it. */
function measure(dumpPath: string, labelsPath: string) {
  const parsed = parseFlat(readFileSync(join(root, dumpPath), 'utf8'));
  if (!parsed.ok) throw new Error(`${dumpPath}: ${parsed.error.message}`);
  const { comments, article } = parsed.value;
  const labels = JSON.parse(readFileSync(join(root, labelsPath), 'utf8')) as Label[];
  const guesses = inferReplies(comments, article);
  let right = 0;
  let truePos = 0;
  let guessedReplies = 0;
  let labelledReplies = 0;
  const misses: string[] = [];
  labels.forEach((label, i) => {
    const got = guesses[i] == null ? null : guesses[i].parentIndex;
    if (got === label.parent) right += 1;
    else misses.push(`#${i} ${label.author}: labelled ${label.parent}, inferred ${got}`);
    if (got !== null) guessedReplies += 1;
    if (label.parent !== null) labelledReplies += 1;
    if (got !== null && label.parent !== null) truePos += 1;
  });
  return {
    comments,
    labels,
    accuracy: right / labels.length,
    right,
    precision: guessedReplies === 0 ? 1 : truePos / guessedReplies,
    recall: labelledReplies === 0 ? 1 : truePos / labelledReplies,
    misses,
  };
}

const report = (name: string, m: ReturnType<typeof measure>): void => {
  console.log(
    `${name} reply accuracy: ${m.accuracy.toFixed(2)} (${m.right}/${m.labels.length}); ` +
      `"is a reply" precision ${m.precision.toFixed(2)}, recall ${m.recall.toFixed(2)}` +
      (m.misses.length > 0 ? `\n  misses: ${m.misses.join('\n          ')}` : ''),
  );
};

describe('reply inference accuracy', () => {
  it('should get the parent right for more than 90% of the flat seed (hand labels)', () => {
    const m = measure('seeds/000_ee58b0036ea7db85.txt', 'tests/fixtures/nyt-reply-labels.json');
    // The labels are tied to the parse, not to positions that could drift.
    expect(m.labels.map((l) => l.author)).toEqual(m.comments.map((c) => c.author));
    report('seed', m);
    expect(m.accuracy).toBeGreaterThan(0.9);
  });

  it('should stay accurate on a held-out dump written before tuning', () => {
    const m = measure(
      'tests/fixtures/replies-heldout.txt',
      'tests/fixtures/replies-heldout-labels.json',
    );
    expect(m.labels.map((l) => l.author)).toEqual(m.comments.map((c) => c.author));
    report('held-out', m);
    // Measured 1.00 (38/38); the floor leaves a margin of a few comments.
    expect(m.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
