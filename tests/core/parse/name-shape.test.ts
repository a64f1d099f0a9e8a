import { describe, expect, it } from 'vitest';
import { nameShape } from '../../../src/core/parse/name-shape.ts';

describe('nameShape', () => {
  it('should take names that end in an initial or an abbreviation', () => {
    for (const name of ['Greg T.', 'K.', 'M. J. R.', 'Ann-Marie O’Neil Jr.', 'Dr. A. B. Khoury']) {
      expect(nameShape(name), name).toBe(true);
    }
  });

  it('should take initials written without spaces', () => {
    for (const name of ['J.R.O.', 'K.T.W.', 'A.J.']) expect(nameShape(name), name).toBe(true);
    expect(nameShape('a.b.')).toBe(false);
  });

  it('should take titles, handles with digits and names with particles', () => {
    for (const name of ['Dr. Smith', 'j_doe42', 'xX_Patriot_1776_Xx', 'Ludwig van Beethoven']) {
      expect(nameShape(name), name).toBe(true);
    }
  });

  it('should take five-word names opened by a rank and closed by "(Ret.)"', () => {
    for (const name of ['Maj. Gen. Harold Ostby (Ret.)', 'Brig. Gen. Ana Ruiz (ret.)']) {
      expect(nameShape(name), name).toBe(true);
    }
    expect(nameShape('Gen. Ostby was right again.')).toBe(false);
  });

  it('should refuse sentences', () => {
    for (const text of [
      'Agreed.',
      'Well said',
      'Peace a.',
      'Nobody will read this bill.',
      'Yes!',
    ]) {
      expect(nameShape(text), text).toBe(false);
    }
  });
});
