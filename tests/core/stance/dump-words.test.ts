import { describe, expect, it } from 'vitest';
import { dumpWords } from '../../../src/core/stance/dump-words.ts';
import { learnWords } from '../../../src/core/stance/word-scan.ts';

const neutral = { label: 'neutral' as const, score: 0, cues: [] };

describe('dumpWords', () => {
  it('should give each distinct word one id and count the comments that use it', () => {
    const dump = dumpWords([
      { body: 'The reset, the RESET!', machine: neutral },
      { body: 'No reset.', machine: neutral },
    ]);
    const reset = dump.words.indexOf('reset');
    expect(dump.df[reset]).toBe(2);
    expect([...(dump.tokens[0] ?? [])].map((id) => dump.words[id])).toEqual([
      'the',
      'reset',
      'the',
      'reset',
    ]);
    expect(dump.skip[dump.words.indexOf('the')]).toBe(1);
    expect(dump.negator[dump.words.indexOf('no')]).toBe(1);
  });

  it('should read a typographic apostrophe as a plain one', () => {
    const dump = dumpWords([
      { body: 'Don’t', machine: neutral },
      { body: "don't", machine: neutral },
    ]);
    expect(dump.words).toEqual(["don't"]);
    expect(dump.df[0]).toBe(2);
  });

  it('should sum the lexicon’s tone of each comment', () => {
    const dump = dumpWords([{ body: 'A terrible, awful deal.', machine: neutral }]);
    expect(dump.negative[0]).toBeGreaterThan(0);
    expect(dump.positive[0]).toBe(0);
  });
});

describe('learnWords', () => {
  it('should split like the Unicode word regex, apostrophes inside words kept', () => {
    expect(learnWords("Kim's Détente, 2015: l'état can't-win ’quoted’")).toEqual([
      "kim's",
      'détente',
      '2015',
      "l'état",
      "can't",
      'win',
      'quoted',
    ]);
  });
});
