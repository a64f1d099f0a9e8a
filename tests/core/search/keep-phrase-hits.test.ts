import { describe, expect, it } from 'vitest';
import { keepPhraseHits } from '../../../src/core/search/keep-phrase-hits.ts';

const fields: (string | null)[][] = [
  ['Ann', 'Oslo', 'A regime change is coming.'],
  ['Bo', null, 'Change the regime.'],
  ['Regime', 'Change', 'Nothing here.'],
  ['Cy', 'New York', 'In New York they say regime change, deal or no deal.'],
];
const fieldsOf = (d: number) => fields[d] ?? [];
const phrase = (...tokens: string[]) => ({ tokens, open: false });

describe('keepPhraseHits', () => {
  it('should keep the documents holding the phrase within one field', () => {
    const kept = keepPhraseHits(Int32Array.of(0, 1, 2, 3), [phrase('regime', 'change')], fieldsOf);
    expect([...kept]).toEqual([0, 3]);
  });

  it('should keep only documents holding every phrase', () => {
    const both = [phrase('regime', 'change'), phrase('new', 'york')];
    expect([...keepPhraseHits(Int32Array.of(0, 1, 2, 3), both, fieldsOf)]).toEqual([3]);
  });

  it('should give the documents back unchanged without a phrase', () => {
    const docs = Int32Array.of(1, 2);
    expect(keepPhraseHits(docs, [], fieldsOf)).toBe(docs);
  });
});
