import { describe, expect, it } from 'vitest';
import { shortForms } from '../../../../src/core/replies/cues/short-forms.ts';

describe('shortForms', () => {
  it('should clip a given name to its first syllable, with the pet endings', () => {
    expect(shortForms('raymond')).toContain('ray');
    expect(shortForms('katherine')).toEqual(expect.arrayContaining(['kath', 'kathy', 'katie']));
    expect(shortForms('samuel')).toEqual(expect.arrayContaining(['sam', 'sammy']));
  });

  it('should clip a name as it is spoken, without the r that closes its first syllable', () => {
    expect(shortForms('margaret')).toEqual(expect.arrayContaining(['marg', 'maggie']));
  });

  it('should leave short names, and clips without a vowel, alone', () => {
    expect(shortForms('anna')).toEqual([]);
    expect(shortForms('christopher')).toEqual([]);
    expect(shortForms('katherine')).not.toContain('katherine');
  });
});
