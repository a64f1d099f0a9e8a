import { describe, expect, it } from 'vitest';
import { RegexPrefilter } from '../../../src/core/stance/regex-prefilter.ts';
import { RELATIONS_CUES } from '../../../src/core/stance/relations-cues.ts';
import { VERDICT_CUES } from '../../../src/core/stance/verdict-cues.ts';

describe('RegexPrefilter', () => {
  it('should rule out only expressions that cannot match', () => {
    const regexes = [/\bpuppet/u, /(?:talks?|diplomacy) (?:is|are) (?:wise|sane)\b/u, /x|\w+/u];
    const p = new RegexPrefilter(regexes);
    expect([...p.scan('no puppets here')]).toEqual([1, 0, 1]);
    expect([...p.scan('talks are wise')]).toEqual([0, 1, 1]);
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
      const may = p.scan(text);
      cues.forEach((c, i) => {
        if (c.gate.test(text)) expect(may[2 * i]).toBe(1);
        if (c.pattern.test(text)) expect(may[2 * i + 1]).toBe(1);
      });
    }
  });
});
