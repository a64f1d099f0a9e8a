import { describe, expect, it } from 'vitest';
import { paragraphDirection } from '../../../src/core/text/paragraph-direction.ts';

describe('paragraphDirection', () => {
  it('should read an English paragraph that opens with a Hebrew name left to right', () => {
    expect(paragraphDirection('אורית, my father served there and says the talks are naive.')).toBe(
      'ltr',
    );
  });

  it('should read an English paragraph that opens with an Arabic name left to right', () => {
    expect(paragraphDirection('محمد: sanctions never moved Moscow an inch.')).toBe('ltr');
  });

  it('should read a Hebrew paragraph that opens with an English name right to left', () => {
    expect(paragraphDirection('Trump נפגש עם פוטין והסכים על הפסקת אש בסוריה.')).toBe('rtl');
  });

  it('should read an Arabic paragraph right to left', () => {
    expect(paragraphDirection('الاتفاق بين ترامب وبوتين لن يدوم طويلا.')).toBe('rtl');
  });

  it('should not count Hebrew vowel points as letters', () => {
    // Four letters and three points against "okay": counted as letters, the points would tip it.
    expect(paragraphDirection('שָׁלוֹם okay')).toBe('ltr');
    expect(paragraphDirection('שלום okay okay')).toBe('ltr');
  });

  it('should leave a paragraph without letters to the browser', () => {
    expect(paragraphDirection('100% — 3:2 !!!')).toBe('auto');
    expect(paragraphDirection('')).toBe('auto');
  });

  it('should read Latin, Cyrillic and Greek paragraphs left to right', () => {
    expect(paragraphDirection('Путин и Трамп договорились.')).toBe('ltr');
    expect(paragraphDirection('Η συμφωνία είναι καλή.')).toBe('ltr');
  });
});
