import { describe, expect, it } from 'vitest';
import { putToAnother } from '../../../../src/core/replies/cues/put-to-another.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Curfew for Teens', ...pairs);
const guesses = [null, { parentIndex: 0, confidence: 0.9, reason: '' }, null];

describe('putToAnother', () => {
  it('should tell a question put to another commenter by name from a bystander answering it', () => {
    const dump = dumpOf(
      ['Dr. Lena Ortiz', 'Our town tried a curfew in 2019 and vandalism fell.'],
      ['Mo', 'Dr. Ortiz, was that enforced by police or by parents?'],
      ['Kit', 'Kids today have nowhere to go after nine anyway.'],
    );
    expect(putToAnother(dump, guesses, 2, 1)).toBe('name');
  });

  it('should leave the question to a bystander who takes up its words', () => {
    const dump = dumpOf(
      ['Dr. Lena Ortiz', 'Our town tried a curfew in 2019 and vandalism fell.'],
      ['Mo', 'Dr. Ortiz, was that enforced by police or by parents?'],
      ['Kit', 'Police enforced it, I lived there then.'],
    );
    expect(putToAnother(dump, guesses, 2, 1)).toBeNull();
  });

  it("should not take the article's subject word for a bystander taking up the question", () => {
    const dump = dumpOf(
      ['Dr. Lena Ortiz', 'Our town tried a curfew in 2019 and vandalism fell.'],
      ['Mo', 'Dr. Ortiz, was that curfew enforced by police or by parents?'],
      ['Kit', 'Good luck to the teens. Curfew or not, summer is short.'],
    );
    expect(putToAnother(dump, guesses, 2, 1)).toBe('name');
  });

  it('should leave it to the commenter it was put to, and to questions put to no one', () => {
    const dump = dumpOf(
      ['Dr. Lena Ortiz', 'Our town tried a curfew in 2019 and vandalism fell.'],
      ['Mo', 'Dr. Ortiz, was that enforced by police or by parents?'],
      ['Dr. Lena Ortiz', 'Mostly by parents, in the end.'],
    );
    expect(putToAnother(dump, guesses, 2, 1)).toBeNull();
    const open = dumpOf(
      ['Dr. Lena Ortiz', 'Our town tried a curfew in 2019 and vandalism fell.'],
      ['Mo', 'Was a curfew ever enforced anywhere?'],
      ['Kit', 'Kids today have nowhere to go after nine anyway.'],
    );
    expect(putToAnother(open, [null, null, null], 2, 1)).toBeNull();
  });

  it('should read a question in a reply as put to the commenter it answers, named or not', () => {
    const dump = dumpOf(
      ['Dr. Lena Ortiz', 'Our town tried a curfew in 2019 and vandalism fell.'],
      ['Mo', 'That was the year the rec center opened too, right?'],
      ['Kit', 'Kids today have nowhere to go after nine anyway.'],
    );
    expect(putToAnother(dump, guesses, 2, 1)).toBe('reply');
  });
});
