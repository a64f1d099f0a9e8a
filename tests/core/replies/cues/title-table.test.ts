import { describe, expect, it } from 'vitest';
import { spellingsOf, TITLE_TABLE } from '../../../../src/core/replies/cues/title-table.ts';

describe('TITLE_TABLE', () => {
  const spellings = TITLE_TABLE.flatMap(spellingsOf);

  it('should give each spelling to one title only, so a word before a name means one title', () => {
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('should spell every title as the cues look words up: lower case, without a dot', () => {
    for (const s of spellings) expect(s).toMatch(/^\p{Ll}+$/u);
  });

  it('should shorten a title to fewer letters than its spelt-out form', () => {
    for (const t of TITLE_TABLE)
      if ('short' in t && 'long' in t) expect(t.short.length).toBeLessThan(t.long.length);
  });
});

describe('spellingsOf', () => {
  it('should list a title shortened first, then spelt out, and only the spellings it has', () => {
    expect(spellingsOf({ short: 'dr', long: 'doctor' })).toEqual(['dr', 'doctor']);
    expect(spellingsOf({ short: 'ms' })).toEqual(['ms']);
    expect(spellingsOf({ long: 'coach' })).toEqual(['coach']);
  });
});
