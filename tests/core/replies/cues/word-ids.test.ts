import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { newVocabulary } from '../../../../src/core/replies/cues/rare-words.ts';
import { normalizeWords, splitWords } from '../../../../src/core/replies/cues/scan-words.ts';

const WORDS = ['the', 'Ferry', 'ferry’s', 'lost', 'abİ', '60', 'of', 'Σας', "town's", 'x'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 });

/** A comment's words normalized and padded: what the id comparisons must agree with. */
const padded = (c: { readonly body: string }): string => ` ${normalizeWords(c.body)} `;

describe('WordIds', () => {
  it('should find a run of words in a comment wherever its normalized text holds them', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (body, run, oneDump) => {
        const vocabulary = newVocabulary();
        const reply = prepareComment('X', run.join(' '), vocabulary);
        const cand = prepareComment('Y', body.join(' '), oneDump ? vocabulary : newVocabulary());
        const words = splitWords(run.join(' '));
        expect(cand.holdsRun(reply.wordRun(words))).toBe(
          padded(cand).includes(` ${words.join(' ')} `),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('should keep each comment’s words in one piece as its buffers fill', () => {
    const vocabulary = newVocabulary();
    const bodies = Array.from({ length: 300 }, (_, i) =>
      Array.from({ length: 1 + (i % 40) }, (_, k) => `w${(i * 7 + k) % 97}`).join(' '),
    );
    const long = Array.from({ length: 5000 }, (_, k) => `v${k % 300}`).join(' ');
    const comments = [...bodies, long, ...bodies].map((b) => prepareComment('A', b, vocabulary));
    comments.forEach((c, i) => {
      const ids = c.wordIdsIn(c.wordTable);
      const words = Array.from(ids, (id) => c.wordTable.wordOf(id));
      expect(words).toEqual(splitWords(c.body));
      const other = comments[(i + 1) % comments.length];
      if (other !== undefined) expect(c.wordIdsIn(other.wordTable)).toEqual(ids);
    });
  });

  it('should number a comment of another dump in the asker’s table, -1 for words it lacks', () => {
    const a = prepareComment('A', 'The ferry lost money.');
    const b = prepareComment('B', 'Money and the ferry.');
    const ids = Array.from(b.wordIdsIn(a.wordTable));
    expect(ids.map((id) => (id < 0 ? null : a.wordTable.wordOf(id)))).toEqual([
      'money',
      null,
      'the',
      'ferry',
    ]);
  });

  it('should find the empty run only in a comment without words', () => {
    const empty = prepareComment('A', '…');
    expect(empty.holdsRun(empty.wordRun([]))).toBe(true);
    const some = prepareComment('A', 'Words.');
    expect(some.holdsRun(some.wordRun([]))).toBe(false);
  });
});
