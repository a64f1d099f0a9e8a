import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  folded,
  scanHashedWords,
  scanWords,
} from '../../../../src/core/replies/cues/scan-words.ts';
import { FoldedWords } from '../../../../src/core/replies/cues/folded-words.ts';

/** Every word of `text` through the table, as `prepareComment` passes them. */
function entries(table: FoldedWords, text: string) {
  const found: { folded: string; word: string; entry: object }[] = [];
  scanWords(text, (start, end, upper, apostrophe, ascii) => {
    const entry = table.at(text, start, end, upper, apostrophe, ascii);
    found.push({ folded: folded(text, start, end, upper, apostrophe), word: entry.word, entry });
  });
  return found;
}

describe('FoldedWords', () => {
  it('should give each word its folded form, one entry per distinct folded word', () => {
    const table = new FoldedWords();
    const [a, b, c, d] = entries(table, 'Gordon GORDON gordon’s Gordon’s');
    expect(a?.word).toBe('gordon');
    expect(b?.entry).toBe(a?.entry);
    expect(c?.entry).toBe(a?.entry);
    expect(d?.entry).toBe(a?.entry);
    expect(table.of('gordon')).toBe(a?.entry);
  });

  it('should fold as folded() does and keep entries apart, past its first slots too', () => {
    const chars = fc.constantFrom('a', 'B', 'z', '9', ' ', "'", '’', 's', 'é', 'İ', 'Σ', '.');
    fc.assert(
      fc.property(fc.array(fc.array(chars, { maxLength: 8 }), { maxLength: 60 }), (parts) => {
        const table = new FoldedWords();
        const byWord = new Map<string, object>();
        const text =
          parts.map((p) => p.join('')).join(' ') +
          ' ' +
          Array.from({ length: 700 }, (_, i) => `w${i}`).join(' ');
        for (const { folded: f, word, entry } of entries(table, text)) {
          expect(word).toBe(f);
          const seen = byWord.get(f);
          if (seen === undefined) byWord.set(f, entry);
          else expect(entry).toBe(seen);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('should find through atHashed, told the hash the scan gave, the entry at finds', () => {
    const chars = fc.constantFrom('a', 'B', 'z', 'Z', '9', ' ', "'", '’', 's', 'é', 'İ', '.', '@');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), (cs) => {
        const text = cs.join('');
        const table = new FoldedWords();
        scanHashedWords(text, (start, end, upper, apostrophe, ascii, hash) => {
          const entry = table.atHashed(text, start, end, upper, apostrophe, ascii, hash);
          expect(table.at(text, start, end, upper, apostrophe, ascii)).toBe(entry);
          expect(entry.word).toBe(folded(text, start, end, upper, apostrophe));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('should give a short ASCII word the id atHashed gives it, met first either way', () => {
    const chars = fc.constantFrom('a', 'B', 'z', 'Z', '0', '9', ' ', '.');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.boolean(), (cs, shortFirst) => {
        const text = cs.join('');
        const table = new FoldedWords();
        const other = new FoldedWords();
        scanHashedWords(text, (start, end, upper, apostrophe, ascii, hash) => {
          if (end - start > 3 || !ascii || apostrophe) return;
          const id = shortFirst ? table.shortId(text, start, end, upper, hash) : -1;
          const entry = table.atHashed(text, start, end, upper, apostrophe, ascii, hash);
          expect(table.shortId(text, start, end, upper, hash)).toBe(entry.id);
          if (shortFirst) expect(id).toBe(entry.id);
          expect(other.wordOf(other.shortId(text, start, end, upper, hash))).toBe(entry.word);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('should find the id of a folded word it has, without adding one it lacks', () => {
    const table = new FoldedWords();
    table.of('ferry');
    const aqueduct = table.of('aqueduct');
    expect(aqueduct.id).toBe(1);
    expect(table.find('aqueduct')).toBe(1);
    expect(table.find('aqueducts')).toBe(-1);
    expect(table.of('aqueducts').id).toBe(2);
    expect(table.wordOf(2)).toBe('aqueducts');
    expect(table.wordOf(3)).toBe('');
  });
});
