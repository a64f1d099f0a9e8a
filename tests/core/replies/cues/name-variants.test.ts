import { describe, expect, it } from 'vitest';
import { nameVariants, splitDisplayName } from '../../../../src/core/replies/cues/name-variants.ts';

const phrases = (name: string): string[] => nameVariants(name).map((v) => v.words.join(' '));

describe('splitDisplayName', () => {
  it('should split CamelCase handles, letter/digit runs and acronyms', () => {
    expect(splitDisplayName('MyThreeCents')).toEqual(['My', 'Three', 'Cents']);
    expect(splitDisplayName('TheRealistNYC')).toEqual(['The', 'Realist', 'NYC']);
    expect(splitDisplayName('Veteran67')).toEqual(['Veteran']);
    expect(splitDisplayName('douglas_roy_adams')).toEqual(['douglas', 'roy', 'adams']);
  });
});

describe('nameVariants', () => {
  it('should offer the parts of a handle that readers write', () => {
    expect(phrases('MyThreeCents')).toContain('three cents');
    expect(phrases('TheRealistNYC')).toContain('realist');
    expect(phrases('Mike Brennan')).toEqual(
      expect.arrayContaining(['mike brennan', 'mike', 'brennan']),
    );
  });

  it('should offer the first and last name without the middle initial', () => {
    expect(phrases('Raymond T. Kessler')).toContain('raymond kessler');
    expect(phrases('M. E. Strand')).not.toContain('m strand');
  });

  it("should offer a given name's short forms, trusted only as a vocative", () => {
    const ray = nameVariants('Raymond T. Kessler').find((v) => v.words.join(' ') === 'ray');
    expect(ray).toMatchObject({ vocativeOnly: true, shortForm: true });
    // A single word may be a handle, not a given name.
    expect(phrases('Raymond')).not.toContain('ray');
  });

  it('should offer the front of a CamelCase handle written as one word, trusted only as a vocative', () => {
    const oak = nameVariants('OakCreekMom').find((v) => v.words.join(' ') === 'oakcreek');
    expect(oak?.vocativeOnly).toBe(true);
    // "mythree" holds no word of a name, only prose.
    expect(phrases('MyThreeCents')).not.toContain('mythree');
  });

  it('should offer two letters inside a handle as initials, trusted only as direct address', () => {
    const tk = nameVariants('bowhunter_tk42').find((v) => v.words.join(' ') === 'tk');
    expect(tk?.lowerCaseHandle).toBe(true);
    expect(nameVariants('Jo Tan').some((v) => v.lowerCaseHandle)).toBe(false);
    expect(phrases('river_of_hope')).not.toContain('of');
  });

  it('should offer two capitalised letters inside a handle as a vocative wherever they stand', () => {
    const jo = nameVariants('HarborJo_7').filter((v) => v.words.join(' ') === 'jo');
    expect(jo.map((v) => [v.lowerCaseHandle, v.vocativeOnly === true])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('should not offer a lone everyday word from a phrase-like handle', () => {
    expect(phrases('Great American')).not.toContain('great');
    expect(phrases('Great American')).not.toContain('american');
    expect(phrases('MyThreeCents')).not.toContain('my');
  });

  it('should mark all-lower-case handles, which are only trusted as direct address', () => {
    expect(nameVariants('boroka')[0]?.lowerCaseHandle).toBe(true);
    expect(nameVariants('Boroka')[0]?.lowerCaseHandle).toBe(false);
  });

  it('should list longer variants first so the fullest match wins', () => {
    const lengths = nameVariants('Prof. Jai Prakash Sharma').map((v) => v.words.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('should offer the title with a surname too short to stand alone', () => {
    expect(phrases('Dr. Mai Le')).toContain('dr le');
    expect(phrases('Ms. Ana Wu')).toContain('ms wu');
    expect(phrases('Mai Le')).not.toContain('le');
  });

  it('should offer a CamelCase handle as the one word its owner writes', () => {
    expect(phrases('LoneHarborPilot')).toContain('loneharborpilot');
    expect(phrases('Harbor Pilot')).not.toContain('harborpilot');
  });

  it('should offer initials-only names whole, so they can be mentioned mid-text', () => {
    expect(phrases('K.L.W.')).toEqual(['k l w']);
    expect(phrases('Dr. N.')).not.toContain('dr n');
  });

  it('should offer the initials a name opens with, as its owner signs them', () => {
    expect(phrases('J.P. Doyle')).toContain('j p');
    expect(phrases('Ann Doyle')).not.toContain('a');
  });
});
