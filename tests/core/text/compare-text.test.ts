import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/core/text/compare-text.ts';

describe('compareText', () => {
  it('should order names as localeCompare does, accents and case included', () => {
    const names = ['émile', 'Zoë', 'zoe', 'Ángel', 'angel', 'Bob', 'bob', '李', 'Øyvind', ''];
    const byLocale = [...names].sort((a, b) => a.localeCompare(b));
    expect([...names].sort(compareText)).toEqual(byLocale);
  });

  it('should agree in sign with localeCompare on any two strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareText(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });
});
