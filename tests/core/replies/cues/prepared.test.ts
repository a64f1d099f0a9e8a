import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { newVocabulary } from '../../../../src/core/replies/cues/rare-words.ts';

describe('Prepared', () => {
  it('should give the same stems, tokens and words after its scratch is released', () => {
    const c = prepareComment('Ann', 'Bill, the ferry schedule changed. “Ferries run late” again?');
    const before = {
      stems: [...c.stems],
      words: Array.from(c.wordIdsIn(c.wordTable)),
      tokens: c.tokens.length,
    };
    c.releaseScratch();
    expect({
      stems: [...c.stems],
      words: Array.from(c.wordIdsIn(c.wordTable)),
      tokens: c.tokens.length,
    }).toEqual(before);
    expect(c.stemWords).toHaveLength(c.distinctStems);
  });

  it('should mark in its pool the stems its set holds, until another comment is marked', () => {
    const vocabulary = newVocabulary();
    const a = prepareComment('Ann', 'The ferry schedule changed twice.', vocabulary);
    const b = prepareComment('Bo', 'Ferries and harbor schedules again.', vocabulary);
    const asked = ['ferri', 'ferry', 'schedul', 'chang', 'harbor', 'twice', 'nothing'];
    const marked = a.markStems();
    expect(asked.map((s) => marked.has(s))).toEqual(asked.map((s) => a.stemSet.has(s)));
    const other = b.markStems();
    expect(asked.map((s) => other.has(s))).toEqual(asked.map((s) => b.stemSet.has(s)));
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
