import { describe, expect, it } from 'vitest';
import { contentStem, stemDocumentFrequency, stemWord } from '../../../src/core/reply-cues/rare-words.ts';

describe('stemWord', () => {
  it('should bring inflections of one word to one stem', () => {
    expect(stemWord('hamstringing')).toBe(stemWord('hamstring'));
    expect(stemWord('withdrawing')).toBe(stemWord('withdraw'));
    expect(stemWord('noticed')).toBe(stemWord('notice'));
  });
});

describe('contentStem', () => {
  it('should drop short, function and everyday words', () => {
    const cache = new Map<string, string>();
    expect(contentStem('the', cache)).toBe('');
    expect(contentStem('would', cache)).toBe('');
    expect(contentStem('keep', cache)).toBe('');
    expect(contentStem('aqueducts', cache)).toBe('aqueduct');
  });
});

describe('stemDocumentFrequency', () => {
  it('should count comments, not occurrences', () => {
    const df = stemDocumentFrequency([new Map([['x', 'x']]), new Map([['x', 'x'], ['y', 'y']])]);
    expect(df.get('x')).toBe(2);
    expect(df.get('y')).toBe(1);
  });
});
