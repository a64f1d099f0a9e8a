import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../../src/core/stance/classify-stance.ts';
import { registeredCueRegexes } from '../../../src/core/stance/cue-prefilter.ts';
import { topLevelAlternatives } from '../../../src/core/stance/top-level-alternatives.ts';

/** Pieces cue texts are made of, including the characters the expressions treat specially. */
const PIECES = ['russia', 'never', 'kept', 'talk', 'war', 'a', ' ', '.', '|', '(', ')', '[', '"'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));

describe('topLevelAlternatives', () => {
  it('should split only at a bar outside groups and classes', () => {
    expect(topLevelAlternatives(/a|(?:b|c)|[|d]|\|e/u)).toEqual(['a', '(?:b|c)', '[|d]', '\\|e']);
    expect(topLevelAlternatives(/[\]|]x|y/u)).toEqual(['[\\]|]x', 'y']);
    expect(topLevelAlternatives(/(?<!no |not )\bdeal\b/u)).toEqual(['(?<!no |not )\\bdeal\\b']);
  });

  it('should refuse expressions whose alternatives cannot be tested alone', () => {
    expect(topLevelAlternatives(/(a)\1|c/u)).toBeNull();
    expect(topLevelAlternatives(/(?<w>a)\k<w>|b/u)).toBeNull();
    expect(topLevelAlternatives(/a|b/gu)).toBeNull();
    expect(topLevelAlternatives(/a|b/y)).toBeNull();
  });

  it('should make the alternatives match exactly when the whole expression does', () => {
    const regexes = [
      ...registeredCueRegexes(),
      /^(?:talk|war)$|\.$/mu,
      /(?<!russia )never|(kept|talk)+ a/u,
    ];
    fc.assert(
      fc.property(text, (t) => {
        for (const re of regexes) {
          const parts = topLevelAlternatives(re);
          if (parts === null) continue;
          const some = parts.some((source) => new RegExp(source, re.flags).test(t));
          expect(some).toBe(re.test(t));
        }
      }),
      { numRuns: 200 },
    );
  });
});
