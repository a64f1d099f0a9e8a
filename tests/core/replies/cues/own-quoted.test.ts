import { describe, expect, it } from 'vitest';
import { ownQuoted } from '../../../../src/core/replies/cues/own-quoted.ts';
import { inferReplies } from '../../../../src/core/replies/infer-replies.ts';
import { articleTitled, flatComment } from '../../support/reply-inputs.ts';
import { dumpOf } from '../support/dump-of.ts';

const thread: [string, string][] = [
  ['Rafe', 'Cost neutral, my foot. The fee goes up again next spring.'],
  ['Dr. Ada Lind', 'A cost neutral fee means the total collected stays flat the first year.'],
  ['Cora', 'The fee can be raised after a public hearing, and it was in 2019.'],
  ['Rafe', 'So "cost neutral" holds right up until they decide it does not. My whole point.'],
];

describe('ownQuoted', () => {
  it("should flag a quotation of the reply author's own earlier words", () => {
    expect(ownQuoted(dumpOf('Water Fee', ...thread), 3)).toEqual([true]);
    const other: [string, string][] = [['Bea', thread[0]?.[1] ?? ''], ...thread.slice(1)];
    expect(ownQuoted(dumpOf('Water Fee', ...other), 3)).toEqual([false]);
  });

  it('should not read scare quotes around their own phrase as quoting another commenter', () => {
    const comments = thread.map(([author, body]) => flatComment(author, body));
    const guesses = inferReplies(comments, articleTitled('Water Fee'));
    expect(guesses[3]?.reason ?? '').not.toMatch(/^quotes /u);
  });
});
