import { describe, expect, it } from 'vitest';
import { cuePrefilter, registerCueRegexes } from '../../../src/core/stance/cue-prefilter.ts';

describe('cuePrefilter', () => {
  it('should answer for expressions registered later, by the index registration returned', () => {
    const first = registerCueRegexes([/\bpuppet/u, /\bsit down with russia\b/u]);
    const later = registerCueRegexes([/kompromat/u]);
    expect(later).toBe(first + 2);
    const p = cuePrefilter('he is a puppet, with kompromat');
    expect([p.may(first), p.may(first + 1), p.may(later)]).toEqual([true, false, true]);
    expect(cuePrefilter('sit down with russia').may(first + 1)).toBe(true);
  });
});
