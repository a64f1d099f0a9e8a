import { describe, expect, it } from 'vitest';
import '../../../src/core/classify-stance.ts';
import {
  F_ENGAGEMENT,
  F_LEXICON,
  F_ODD,
  F_PHRASE,
  F_TRIGGER,
  wordFlags,
  wordInfo,
} from '../../../src/core/stance/vocabulary.ts';

describe('wordFlags', () => {
  it('should flag the words each rule gates on, and words VADER scores', () => {
    expect(wordFlags('negotiations') & F_ENGAGEMENT).not.toBe(0);
    expect(wordFlags('puppet') & F_TRIGGER).not.toBe(0);
    expect(wordFlags('wrong') & F_PHRASE).not.toBe(0);
    expect(wordFlags('wonderful') & F_LEXICON).not.toBe(0);
    expect(wordFlags('gardening')).toBe(0);
  });

  it('should answer numbers without remembering them, scoring only the few VADER knows', () => {
    expect(wordFlags('2016')).toBe(0);
    expect(wordFlags('143') & F_LEXICON).not.toBe(0);
  });
});

describe('wordInfo', () => {
  it('should give registered flags without F_LEXICON, and mark odd words', () => {
    expect(wordInfo('puppet')?.flags).toBe(wordFlags('puppet') & ~F_LEXICON);
    expect(wordInfo('puppet')?.cues).not.toBe(0);
    expect(wordInfo('wonderful')).toBeUndefined();
    expect(wordInfo('sham/farce')?.flags).toBe(F_ODD);
    expect(wordInfo('u.s')?.flags ?? 0).toBe(wordFlags('u.s') | F_ODD);
  });
});
