import { describe, expect, it } from 'vitest';
import { normalizeAuthor } from '../../../src/core/article/normalize-author.ts';

describe('normalizeAuthor', () => {
  it('should make spellings that differ only in case and edge spaces one name', () => {
    expect(normalizeAuthor(' Ann ')).toBe(normalizeAuthor('ann'));
    expect(normalizeAuthor('Ann Lee')).not.toBe(normalizeAuthor('AnnLee'));
  });
});
