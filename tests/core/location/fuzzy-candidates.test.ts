import { describe, expect, it } from 'vitest';
import { fuzzyCandidates, type Candidate } from '../../../src/core/location/fuzzy-candidates.ts';
import { fuzzyFind } from '../../../src/core/location/fuzzy.ts';

const kinds = (key: string) => fuzzyFind(fuzzyCandidates(), key).map((c: Candidate) => c.kind);

describe('fuzzyCandidates', () => {
  it('should offer full region names, country names and big places', () => {
    expect(kinds('massachusets')).toEqual(['region']);
    expect(kinds('switzerlnd')).toEqual(['country']);
    expect(kinds('philadelfia')).toEqual(['place']);
  });

  it('should not offer small towns, which are likelier spelt right than misspelt', () => {
    // Spruce Pine, NC (2k people) is not in the gazetteer; Steamboat Springs (12k) is, but small.
    expect(kinds('steamboat sprngs')).toEqual([]);
  });
});
