import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

describe('Prepared (a prepared comment)', () => {
  it('should give the same stems, tokens and text after its scratch is released', () => {
    const c = prepareComment('Ann', 'Bill, the ferry schedule changed. “Ferries run late” again?');
    const before = { stems: [...c.stems], normText: c.normText, tokens: c.tokens.length };
    c.releaseScratch();
    expect({ stems: [...c.stems], normText: c.normText, tokens: c.tokens.length }).toEqual(before);
    expect(c.stemWords).toHaveLength(c.distinctStems);
  });

  it('should find a name word among many capitalised words, past the linear scan', () => {
    const names = Array.from(
      { length: 30 },
      (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const c = prepareComment(null, `${names.join(' and ')} met Gordon.`);
    expect(c.hasNameWord('gordon')).toBe(true);
    expect(c.hasNameWord('ferry')).toBe(false);
  });

  it('should find "my" and "My" before a word as includes does', () => {
    const c = prepareComment(
      'Ann',
      'My son is 14. The economy pensions fell; my pensioner aunt too.',
    );
    for (const word of ['son', 'pension', 'pensioner', 'aunt', 'economy', 's', 'sons']) {
      const body = c.body;
      expect(c.writesMy(word)).toBe(body.includes(`my ${word}`) || body.includes(`My ${word}`));
    }
    c.releaseScratch();
    expect(c.writesMy('son')).toBe(true);
    expect(prepareComment(null, 'Nothing of mine here.').writesMy('son')).toBe(false);
  });
});
