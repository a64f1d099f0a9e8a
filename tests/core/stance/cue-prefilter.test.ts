import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/core/stance/classify-stance.ts';
import {
  cuePrefilter,
  registerCueRegexes,
  registeredCueRegexes,
} from '../../../src/core/stance/cue-prefilter.ts';
import { normalizeLower } from '../../../src/core/stance/split-sentences.ts';

const WRITTEN = ['dev', 'dev-2', 'dev-3', 'heldout', 'heldout-2'].flatMap((name) =>
  (
    JSON.parse(readFileSync(`tests/fixtures/stance-${name}.json`, 'utf8')) as {
      readonly text: string;
      readonly parent?: { readonly text: string };
    }[]
  ).flatMap((item) => [item.text, ...(item.parent ? [item.parent.text] : [])]),
);

describe('cuePrefilter', () => {
  it('should answer for expressions registered later, by the index registration returned', () => {
    const first = registerCueRegexes([/\bpuppet/u, /\bsit down with russia\b/u]);
    const later = registerCueRegexes([/kompromat/u]);
    expect(later).toBe(first + 2);
    const p = cuePrefilter('he is a puppet, with kompromat');
    expect([p.may(first), p.may(first + 1), p.may(later)]).toEqual([true, false, true]);
    expect(cuePrefilter('sit down with russia').may(first + 1)).toBe(true);
  });

  // Every cue expression on every written comment: about 5 s on a loaded two-core machine.
  it(
    'should answer as every registered cue expression does, on every written comment',
    {
      timeout: 30_000,
    },
    () => {
      const regexes = registeredCueRegexes();
      expect(regexes.length).toBeGreaterThan(80);
      for (const text of WRITTEN.map(normalizeLower)) {
        const p = cuePrefilter(text);
        regexes.forEach((re, i) => expect(p.test(i, re, text)).toBe(re.test(text)));
      }
    },
  );
});
