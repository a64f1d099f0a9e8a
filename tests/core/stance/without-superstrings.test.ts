import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutSuperstrings } from '../../../src/core/stance/without-superstrings.ts';

describe('withoutSuperstrings', () => {
  it('should drop the literals that contain another, and repeats', () => {
    expect(withoutSuperstrings(['the kremlin', 'kremlin', 'putin', 'putin', "putin's"])).toEqual([
      'putin',
      'kremlin',
    ]);
  });

  it('should keep a text holding one of the literals exactly when it held one before', () => {
    const unit = fc.constantFrom('a', 'b', ' ');
    const piece = fc.string({ unit, minLength: 1, maxLength: 4 });
    const text = fc.string({ unit, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), text, (literals, text) => {
        const kept = withoutSuperstrings(literals);
        const holds = (set: readonly string[]): boolean => set.some((l) => text.includes(l));
        expect(holds(kept)).toBe(holds(literals));
        expect(kept.every((l) => literals.includes(l))).toBe(true);
      }),
    );
  });
});
