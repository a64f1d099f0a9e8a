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

  // About 650,000 expression tests (200 texts, 491 cue expressions and their 2,747 alternatives):
  // 1.7 s idle, past the default 5 s limit on a loaded machine (5.1–6.7 s seen in session 26).
  it(
    'should make the alternatives match exactly when the whole expression does',
    { timeout: 30_000 },
    () => {
      const regexes = [
        ...registeredCueRegexes(),
        /^(?:talk|war)$|\.$/mu,
        /(?<!russia )never|(kept|talk)+ a/u,
      ];
      // Compiled once, not again for each of the 200 texts.
      const split = regexes.flatMap((re) => {
        const parts = topLevelAlternatives(re);
        return parts === null ? [] : [{ re, parts: parts.map((s) => new RegExp(s, re.flags)) }];
      });
      expect(split.length).toBeGreaterThan(2);
      fc.assert(
        fc.property(text, (t) => {
          for (const { re, parts } of split) {
            expect(parts.some((part) => part.test(t))).toBe(re.test(t));
          }
        }),
        { numRuns: 200 },
      );
    },
  );
});
