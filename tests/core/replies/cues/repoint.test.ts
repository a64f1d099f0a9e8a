import { describe, expect, it } from 'vitest';
import { openingAddress } from '../../../../src/core/replies/cues/opening-address.ts';
import { repoint } from '../../../../src/core/replies/cues/repoint.ts';
import type { Scored } from '../../../../src/core/replies/cues/score-candidate.ts';
import type { ReplyGuess } from '../../../../src/core/types.ts';
import { dumpOf } from '../support/dump-of.ts';

const dump = dumpOf(
  'Launch Scrubbed Again',
  ['Demir', 'The range overtime is billed to the launch provider, not taxpayers.'],
  ['Drew', 'Good to know.'],
  ['Demir', 'Glad it helped. It was a flight director line, not mine.'],
  ['Lan', 'What Demir said about range overtime should be in the article.'],
  ['Kai', 'Sounds right to me.'],
);
const g = (parentIndex: number): ReplyGuess => ({ parentIndex, confidence: 0.9, reason: 'test' });
const scored = (index: number): Scored => ({
  index,
  score: 0.9,
  hits: [{ score: 0.9, reason: 'test' }],
});

describe('repoint', () => {
  it('should move a "What X said" reply to the comment of X its words take up', () => {
    const address = openingAddress(dump.comments[3]?.opening ?? '');
    expect(repoint(dump, [null, g(0), g(1)], 3, scored(2), address).index).toBe(0);
  });

  it('should reach past the usual window for the comment on the subject a "What X said about" names', () => {
    const far = dumpOf(
      'Mural Approved',
      ['Lan', 'My grandmother worked at the cannery, and nobody ever paints those women.'],
      ...Array.from({ length: 44 }, (_, k): [string, string] => [`F${k}`, `Filler remark ${k}.`]),
      ['Lan', 'They are sturgeon. Sturgeon always look like that.'],
      ['Pat', 'What Lan said about the cannery women. My aunt worked there too.'],
    );
    const i = far.comments.length - 1;
    const address = openingAddress(far.comments[i]?.opening ?? '');
    const guesses = Array.from({ length: i }, () => null);
    expect(repoint(far, guesses, i, scored(i - 1), address).index).toBe(0);
  });

  it('should send "@name" to their latest comment unless its words take up an older one', () => {
    const at = dumpOf(
      'Deer Cull',
      ['bow_tk', 'Why pay sharpshooters when a hundred bowhunters would do it for free?'],
      ['Pat', 'Bowhunting in a park means wounded deer in backyards.'],
      ['bow_tk', 'Trails would be closed during any hunt. Read the Brookfield plan.'],
      ['Quinn', '@bow_tk I hunt too, and closed trails or not, not in a park.'],
    );
    const address = openingAddress(at.comments[3]?.opening ?? '');
    const hit: Scored = {
      index: 0,
      score: 0.96,
      hits: [{ score: 0.9, reason: 't', points: 'address' }],
    };
    expect(repoint(at, [null, g(0), g(1)], 3, hit, address).index).toBe(2);
  });

  it("should send a reply that picks up someone's original point to their first comment", () => {
    const first = dumpOf(
      'Ferry Schedule Cut',
      ['Noor', 'The notice about the cut went up on a Friday night. Nobody saw it.'],
      ['Ugo', 'The ferry loses money on every late crossing.'],
      ['Noor', 'Ugo, the late crossings carry the hospital night shift.'],
      ['Ugo', 'Then the hospital can help pay for them.'],
      ['Noor', 'It already does, through the county.'],
      ['Eli', "On Noor's original point: she is right, and I would say it louder."],
    );
    const hit: Scored = {
      index: 4,
      score: 0.87,
      hits: [{ score: 0.87, reason: 'names Noor', points: 'mention' }],
    };
    const guesses = [null, null, g(1), g(2), g(3)];
    expect(repoint(first, guesses, 5, hit, null).index).toBe(0);
    const latest = dumpOf(
      'Ferry Schedule Cut',
      ...first.comments.slice(0, 5).map((c): [string, string] => [c.author ?? '', c.body]),
      ['Eli', "On Noor's point: she is right, and I would say it louder."],
    );
    expect(repoint(latest, guesses, 5, hit, null).index).toBe(4);
  });

  it("should send a reply that takes up someone's question to the comment of theirs that asked it", () => {
    const asked = dumpOf(
      'Library Hours Cut',
      ['Ines', 'Has anyone worked out how many students use the branch after six?'],
      ['Bo', 'Probably a few dozen on a weeknight.'],
      ['Ines', 'Fair enough, I only meant the weeknights.'],
      ['Cal', "Ines's question deserves an answer: we counted forty on Tuesday."],
    );
    const hit: Scored = {
      index: 2,
      score: 0.87,
      hits: [{ score: 0.87, reason: 'names Ines', points: 'mention' }],
    };
    const guesses = [null, g(0), g(1)];
    expect(repoint(asked, guesses, 3, hit, null).index).toBe(0);
    // A remark on her latest comment, naming no question, stays with it.
    const remark = dumpOf(
      'Library Hours Cut',
      ...asked.comments.slice(0, 3).map((c): [string, string] => [c.author ?? '', c.body]),
      ['Cal', "Ines's remark is fair: the weeknights are the issue."],
    );
    expect(repoint(remark, guesses, 3, hit, null).index).toBe(2);
  });

  it('should keep a choice that names no one and points nowhere back', () => {
    expect(repoint(dump, [null, g(0), g(1), g(0)], 4, scored(3), null)).toEqual(scored(3));
  });
});
