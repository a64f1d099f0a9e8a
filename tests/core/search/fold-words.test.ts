import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../src/core/search/fold-words.ts';

describe('foldWords', () => {
  it('should split and fold words as the index does, dropping those that fold to nothing', () => {
    expect(foldWords('Détente, NOW! \u0301 ﬁnal')).toEqual(['detente', 'now', 'final']);
    expect(foldWords(' !!! ')).toEqual([]);
  });
});
