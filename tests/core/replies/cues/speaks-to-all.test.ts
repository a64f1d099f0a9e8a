import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { speaksToAll } from '../../../../src/core/replies/cues/speaks-to-all.ts';

const toAll = (body: string): boolean => speaksToAll(prepareComment('X', body));

describe('speaksToAll', () => {
  it('should recognise a question put to every reader', () => {
    expect(toAll('Honest question for everyone upset about the cost: what would you paint?')).toBe(
      true,
    );
    expect(toAll('How many of you have actually looked at the design?')).toBe(true);
  });

  it('should recognise a question opening on anyone, but not one that challenges', () => {
    expect(toAll('Anyone know if the ferry runs on the holiday, or should I drive?')).toBe(true);
    expect(toAll('Is anybody carpooling to the vote on Tuesday? I have two seats.')).toBe(true);
    // "Has anyone actually…?" disputes the partner's claim, put as a question to all.
    expect(toAll('Has anyone actually seen the ferry run late? I ride it daily.')).toBe(false);
    expect(toAll('Anyone who rides it daily knows the schedule is fiction.')).toBe(false);
  });

  it('should recognise a notice headed to every reader', () => {
    expect(toAll('Heads up for anyone driving to the vote: the east lot is closed.')).toBe(true);
    expect(toAll('For those who asked: the ferry takes bikes for free.')).toBe(true);
    expect(toAll('I did this for anyone who rides it: the schedule is fiction.')).toBe(false);
    expect(toAll('Thanks for everything you did for the garden.')).toBe(false);
  });

  it('should recognise every reader called on at the end of a sentence', () => {
    expect(toAll("Private companies do this cheaper. This isn't complicated, people.")).toBe(true);
  });

  it('should not take a word to one commenter, or people talked about, for every reader', () => {
    expect(toAll('How many trucks did the town run, Gus?')).toBe(false);
    expect(toAll('People coming in for chemo are not walking four blocks.')).toBe(false);
    expect(toAll('A question for the council, really: who pays?')).toBe(false);
  });

  it('should recognise a question flagged as sincere and put to the whole page', () => {
    expect(toAll('Honest question for the whole county: who here has read the levy?')).toBe(true);
    expect(toAll('Why does the ferry skip Dock B on Sundays? Genuine question.')).toBe(true);
    expect(toAll('Question for the owner who posted earlier: is the patio heated?')).toBe(false);
    expect(toAll('Fine, then why did the board wait? Genuine question.')).toBe(false);
  });
});
