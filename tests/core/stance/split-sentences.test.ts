import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/stance/split-sentences.ts';

describe('splitSentences', () => {
  it('should split sentences at end marks and line breaks and lowercase them with plain apostrophes', () => {
    const s = splitSentences('Don’t trust him! Really?\nNew line… end');
    expect(s.map((x) => x.text)).toEqual(['Don’t trust him!', 'Really?', 'New line…', 'end']);
    expect(s[0]?.lower).toBe("don't trust him!");
  });

  it('should give each sentence its lowercase words, and the OR of their flags when asked', () => {
    const flags = (w: string) => (w === 'talks' ? 1 : w === 'peace' ? 2 : 0);
    const s = splitSentences('The TALKS went well.\tPeace, at last!  Next\r\nline', flags);
    expect(s.map((x) => x.words)).toEqual([
      ['the', 'talks', 'went', 'well'],
      ['peace', 'at', 'last'],
      ['next'],
      ['line'],
    ]);
    expect(s.map((x) => x.flags)).toEqual([1, 2, 0, 0]);
  });

  it('should keep offsets right when lowercasing changes the length of the text', () => {
    const s = splitSentences('İstanbul talks. Good.');
    expect(s.map((x) => x.text)).toEqual(['İstanbul talks.', 'Good.']);
    expect(s[0]?.words).toContain('talks');
  });
});
