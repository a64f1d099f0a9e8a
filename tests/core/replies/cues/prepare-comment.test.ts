import { describe, expect, it } from 'vitest';
import { newVocabulary } from '../../../../src/core/replies/cues/rare-words.ts';
import {
  normalizeWords,
  prepareComment,
  type PreparedComment,
} from '../../../../src/core/replies/cues/prepare-comment.ts';

const allTokens = (c: PreparedComment) =>
  Array.from({ length: c.tokens.length }, (_, k) => c.tokens.at(k));

describe('prepareComment', () => {
  it('should fold words: case, curly apostrophes, possessives', () => {
    expect(normalizeWords("Gordon’s point — “fine”, isn't it?")).toBe("gordon point fine isn't it");
  });

  it('should keep only capitalised words (and the first word) as possible names', () => {
    const c = prepareComment('A', 'well, Vincent and the mayor met Helen.');
    expect([...c.nameWords].sort()).toEqual(['helen', 'vincent', 'well']);
  });

  it('should collect double-quoted spans of two words or more', () => {
    const c = prepareComment('A', 'He said "not now" and then “maybe later, friend”. "Ok"');
    expect(c.quotedSpans).toEqual(['not now', 'maybe later friend']);
  });

  it('should tell a closing question from a question asked mid-way', () => {
    expect(prepareComment('A', 'Why? Because it is cheaper.').endsWithQuestion).toBe(false);
    expect(prepareComment('A', 'It is cheaper. Or is it?').endsWithQuestion).toBe(true);
    expect(prepareComment('A', 'What else did they agree to? heh').endsWithQuestion).toBe(true);
  });

  it('should read a closing "I\'d like to know whether…" as a question left open, mark or not', () => {
    const plain = prepareComment(
      'A',
      'The county paid for the new wing. I would like to know whether that gives it a say in the hours.',
    );
    expect(plain.asks).toBe(true);
    expect(plain.endsWithQuestion).toBe(true);
    // Said mid-way and answered by the writer, it leaves nothing open.
    const settled = prepareComment(
      'A',
      "I'd like to know whether the county pays. It does: the budget shows it. So the hours are ours to set.",
    );
    expect(settled.asks).toBe(false);
  });

  it('should give tokens their surroundings and sentence starts', () => {
    const c = prepareComment('A', 'Fine, Deb. Next');
    expect(allTokens(c).map((t) => [t?.text, t?.after, t?.sentenceStart])).toEqual([
      ['Fine', ', ', true],
      ['Deb', '. ', false],
      ['Next', '', true],
    ]);
  });

  it('should answer hasNameWord as nameWords does, past the scan limit too', () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    for (const body of ['well, Vincent and the mayor met Helen.', many.join(' and ')]) {
      const c = prepareComment('A', body);
      for (const w of ['vincent', 'helen', 'mayor', 'well', 'namea0', 'namez25', 'nobody']) {
        expect(c.hasNameWord(w)).toBe(c.nameWords.has(w));
      }
    }
  });

  it('should cut each stem’s word from the body as written, folded as the scan folds it', () => {
    const c = prepareComment(
      'A',
      'The AQUEDUCTS’ leaks: Gordon’s aqueduct, ＡＢＣＤ abcd rock’n’roll.',
    );
    // Full-width capitals are past the scan's upper-case test: they stay as written. ("don’t", once
    // the example here, is no content word since contractions count as their first word.)
    expect(c.stemWords).toEqual([
      'aqueducts',
      'leaks',
      'gordon',
      'ＡＢＣＤ',
      'abcd',
      "rock'n'roll",
    ]);
  });

  it('should keep each comment’s stems when later comments grow the shared pool', () => {
    const vocabulary = newVocabulary();
    const bodies = Array.from(
      { length: 300 },
      (_, i) => `Aqueduct${i} leaks, reservoir${i} floods.`,
    );
    const prepared = bodies.map((b) => prepareComment('A', b, vocabulary));
    prepared.forEach((c, i) => {
      expect(c.stems).toEqual([`aqueduct${i}`, 'leak', `reservoir${i}`, 'flood']);
      expect(c.distinctStems).toBe(4);
      expect(c.stemAt(2)).toBe(`reservoir${i}`);
      expect(c.stemWord(3)).toBe('floods');
    });
    prepared[0]?.releaseScratch();
    expect(prepared[0]?.stems).toEqual(['aqueduct0', 'leak', 'reservoir0', 'flood']);
  });

  it('should rebuild what releaseScratch dropped exactly as before', () => {
    const c = prepareComment('A', 'Fine, Deb. "not now" you said?');
    const before = [
      allTokens(c).map((t) => t?.text),
      Array.from(c.wordIdsIn(c.wordTable)),
      [...c.stemSet],
      c.opening,
      c.firstSentence,
    ];
    c.releaseScratch();
    expect([
      allTokens(c).map((t) => t?.text),
      Array.from(c.wordIdsIn(c.wordTable)),
      [...c.stemSet],
      c.opening,
      c.firstSentence,
    ]).toEqual(before);
  });

  it('should fold the author for comparisons', () => {
    expect(prepareComment('My Three-Cents', 'x').authorKey).toBe(
      prepareComment('mythreecents', 'y').authorKey,
    );
  });
});
