import { describe, expect, it } from 'vitest';
import { RegexPrefilter } from '../../../src/core/stance/regex-prefilter.ts';
import { RELATIONS_CUES } from '../../../src/core/stance/relations-cues.ts';
import { VERDICT_CUES } from '../../../src/core/stance/verdict-cues.ts';

describe('RegexPrefilter', () => {
  it('should rule out only expressions that cannot match', () => {
    const regexes = [/\bpuppet/u, /(?:talks?|diplomacy) (?:is|are) (?:wise|sane)\b/u, /x|\w+/u];
    const p = new RegexPrefilter(regexes);
    p.scan('no puppets here');
    expect([p.may(0), p.may(1), p.may(2)]).toEqual([true, false, true]);
    p.scan('talks are wise');
    expect([p.may(0), p.may(1), p.may(2)]).toEqual([false, true, true]);
  });

  it('should need every literal set of some alternative', () => {
    const p = new RegexPrefilter([/\brussia (?:never|not once) kept\b|\bbroken every deal\b/u]);
    expect(p.scan('russia kept it').may(0)).toBe(false);
    expect(p.scan('russia has never kept').may(0)).toBe(false);
    expect(p.scan('russia never kept').may(0)).toBe(true);
    expect(p.scan('every deal is broken').may(0)).toBe(false);
    expect(p.scan('it has broken every deal').may(0)).toBe(true);
    expect(p.scan('every word').may(0)).toBe(false);
  });

  it('should gate on the start of a long literal, but answer a plain alternation exactly', () => {
    const gated = /\bthe talks are a farce\b/u;
    const plain = /the talks are a farce|puppet/u;
    const p = new RegexPrefilter([gated, plain]);
    const text = 'the talks are a success';
    p.scan(text);
    // "the talks ar" occurs: the gate lets the expression decide, and it says no.
    expect(p.may(0)).toBe(true);
    expect(p.test(0, gated, text)).toBe(false);
    expect(p.may(1)).toBe(false);
    expect(p.scan('so the talks are a farce').may(1)).toBe(true);
  });

  it('should never rule out a cue pattern on a text it matches', () => {
    const cues = [...RELATIONS_CUES, ...VERDICT_CUES];
    const p = new RegexPrefilter(cues.flatMap((c) => [c.gate, c.pattern]));
    const texts = [
      'reagan met gorbachev and the détente worked.',
      "what's the harm in talking? every president has met them.",
      'the summit is a huge mistake, and easing the sanctions is long overdue',
      "i'm all for it. talking instead of threatening war.",
      'russia has broken every agreement. they lie to us.',
      'ask the georgians. navalny. mh17.',
    ];
    for (const text of texts) {
      p.scan(text);
      cues.forEach((c, i) => {
        if (c.gate.test(text)) expect(p.may(2 * i)).toBe(true);
        if (c.pattern.test(text)) expect(p.may(2 * i + 1)).toBe(true);
      });
    }
  });

  it('should test an expression as the expression itself would', () => {
    const regexes = [/puppet|collu/u, /\bsit down with (?:russia|putin)\b/u];
    const p = new RegexPrefilter(regexes);
    for (const text of ['collusion!', 'a puppeteer', 'sit down with putin', 'sit down withputin']) {
      p.scan(text);
      regexes.forEach((re, i) => expect(p.test(i, re, text)).toBe(re.test(text)));
    }
  });

  it('should test only the alternatives whose literals occur, and answer as the whole would', () => {
    const regexes = [/\bnever kept\b|(?<!no )\bdeal (?:is|was) (?:bad|good)\b|\btalk\w* first\b/u];
    const p = new RegexPrefilter(regexes);
    const texts = [
      'they never kept it',
      'no deal is good',
      'a deal is good',
      'talking first',
      'kept',
    ];
    for (const text of texts) {
      p.scan(text);
      expect(p.test(0, regexes[0] as RegExp, text)).toBe((regexes[0] as RegExp).test(text));
    }
  });

  it("should test an alternative with its expression's flags, whichever text meets it first", () => {
    const regexes = [/^a deal\b|^never kept$|\bsummit.now\b/mu];
    const re = regexes[0] as RegExp;
    const p = new RegexPrefilter(regexes);
    // Line starts and ends under m, a line break under s: a part compiled without the flags
    // would miss the first three and answer the same on the last.
    const texts = ['no.\na deal', 'x\nnever kept\ny', 'summit\nnow', 'never kept it'];
    for (const text of texts) {
      p.scan(text);
      expect(p.test(0, re, text)).toBe(re.test(text));
    }
  });
});
