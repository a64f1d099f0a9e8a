import { describe, expect, it } from 'vitest';
import { beforePageRemark } from '../../../../src/core/replies/cues/before-page-remark.ts';
import type { Scored } from '../../../../src/core/replies/cues/score-candidate.ts';
import { dumpOf } from '../support/dump-of.ts';

const dump = dumpOf(
  'Parking Fee',
  ['Old', 'Back in the day you walked a few blocks.'],
  ['Kay', 'Why does every story on this site go behind the paywall?'],
  ['Ann', 'The garage is free for staff.'],
);
const echo = (score: number): Scored => ({ index: 0, score, hits: [{ score, reason: 'echoes' }] });

describe('beforePageRemark', () => {
  it('should see past a remark about the page to a comment drawing the reply by its words', () => {
    expect(beforePageRemark(dump, 1, echo(0.51), false, 0.5)).toBe(true);
  });

  it('should keep the damping for a weak echo, a name, a new subject, or a reply about the page', () => {
    expect(beforePageRemark(dump, 1, echo(0.4), false, 0.5)).toBe(false);
    const named: Scored = {
      index: 0,
      score: 0.9,
      hits: [{ score: 0.9, reason: 'addresses', points: 'address' }],
    };
    expect(beforePageRemark(dump, 1, named, false, 0.5)).toBe(false);
    expect(beforePageRemark(dump, 2, echo(0.51), false, 0.5)).toBe(false);
    expect(beforePageRemark(dump, 1, echo(0.51), true, 0.5)).toBe(false);
  });
});
