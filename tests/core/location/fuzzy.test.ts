import { describe, expect, it } from 'vitest';
import {
  buildFuzzyIndex,
  editDistance,
  fuzzyFind,
  maxTypos,
} from '../../../src/core/location/fuzzy.ts';

describe('editDistance', () => {
  it('should count insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('san franciso', 'san francisco', 3)).toBe(1);
    expect(editDistance('massachyussetts', 'massachusetts', 3)).toBe(2);
    expect(editDistance('chicgao', 'chicago', 3)).toBe(1);
    expect(editDistance('boston', 'boston', 3)).toBe(0);
  });

  it('should stop at max + 1 once the names are too far apart', () => {
    expect(editDistance('hanging dry', 'hartford', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('maxTypos', () => {
  it('should allow none under six letters, one up to eight, two beyond', () => {
    expect([5, 6, 8, 9, 15].map(maxTypos)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('fuzzyFind', () => {
  const index = buildFuzzyIndex(
    ['philadelphia', 'pittsburgh', 'phoenix', 'portland', 'pasadena'].map((key) => ({
      key,
      value: key,
    })),
  );

  it('should find the closest name within the budget', () => {
    expect(fuzzyFind(index, 'philadelfia')).toEqual(['philadelphia']);
    expect(fuzzyFind(index, 'portlnd')).toEqual(['portland']);
  });

  it('should find nothing for short or far-off text, nor for a wrong first letter', () => {
    expect(fuzzyFind(index, 'phonx')).toEqual([]);
    expect(fuzzyFind(index, 'pleasantville')).toEqual([]);
    expect(fuzzyFind(index, 'bhiladelphia')).toEqual([]);
  });

  it('should skip what the caller rejects before measuring', () => {
    expect(
      fuzzyFind(index, 'pasadenna', (v: string, banned: string) => v !== banned, 'pasadena'),
    ).toEqual([]);
  });
});
