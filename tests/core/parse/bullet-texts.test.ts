import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulletTexts } from '../../../src/core/parse/bullet-texts.ts';

describe('bulletTexts', () => {
  it('should give the text of each range, however often it repeats', () => {
    const text = 'Ann\nBo\nAnn\nAnna\nBo';
    const read = bulletTexts(text);
    const ann = read(0, 3);
    expect(ann).toBe('Ann');
    expect(read(7, 10)).toBe(ann);
    expect(read(11, 15)).toBe('Anna');
    expect(read(4, 6)).toBe('Bo');
    expect(read(16, 18)).toBe('Bo');
    expect(read(0, 0)).toBe('');
  });

  it('should still find each text after thousands of distinct ones', () => {
    const names = Array.from({ length: 3000 }, (_, k) => `writer ${k}`);
    const text = [...names, ...names].join('\n');
    const read = bulletTexts(text);
    const first = names.map((name) => read(text.indexOf(name), text.indexOf(name) + name.length));
    const second = text.indexOf(names[0] ?? '', 1);
    expect(read(second, second + (names[0] ?? '').length)).toBe(first[0]);
    expect(first).toEqual(names);
  });

  it('should give what slice gives for any ranges', () => {
    const words = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ') }), {
      minLength: 1,
      maxLength: 3000,
    });
    fc.assert(
      fc.property(words, (list) => {
        const text = list.join('\n');
        const read = bulletTexts(text);
        let start = 0;
        for (const word of list) {
          expect(read(start, start + word.length)).toBe(word);
          start += word.length + 1;
        }
      }),
      { numRuns: 20 },
    );
  });
});
