import { describe, expect, it } from 'vitest';
import '../../../src/core/stance/classify-stance.ts';
import {
  F_ENGAGEMENT,
  F_ODD,
  F_PHRASE,
  F_TRIGGER,
  registeredFlags,
  vocabularyIds,
  wordInfo,
} from '../../../src/core/stance/vocabulary.ts';

describe('registeredFlags', () => {
  it('should flag the words each rule gates on and nothing else', () => {
    expect(registeredFlags('negotiations') & F_ENGAGEMENT).not.toBe(0);
    expect(registeredFlags('puppet') & F_TRIGGER).not.toBe(0);
    expect(registeredFlags('wrong') & F_PHRASE).not.toBe(0);
    expect(registeredFlags('wonderful')).toBe(0);
    expect(registeredFlags('gardening')).toBe(0);
  });
});

describe('wordInfo', () => {
  it('should give registered flags and cue triggers, and mark odd words', () => {
    expect(wordInfo('puppet')?.flags).toBe(registeredFlags('puppet'));
    expect(wordInfo('puppet')?.cues).not.toBe(0);
    expect(wordInfo('wonderful')).toBeUndefined();
    expect(wordInfo('sham/farce')?.flags).toBe(F_ODD);
    expect(wordInfo('u.s')?.flags ?? 0).toBe(registeredFlags('u.s') | F_ODD);
  });
});

describe('vocabularyIds', () => {
  it('should describe each word as wordInfo does, and keep one table between comments', () => {
    const t = vocabularyIds();
    for (const w of ['puppet', 'wonderful', 'sham/farce', 'u.s']) {
      expect(t.infos[t.idOf(w)]).toEqual(wordInfo(w));
    }
    expect(vocabularyIds()).toBe(t);
  });
});
