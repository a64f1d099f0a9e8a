import { describe, expect, it } from 'vitest';
import { CRITICS_ANSWERED, DOMAIN_CUES, domainCues } from '../../../src/core/stance/domain-cues.ts';
import { normalizeLower, splitMarked } from '../../../src/core/stance/split-sentences.ts';
import { wordInfo } from '../../../src/core/stance/vocabulary.ts';

const cues = (text: string) => domainCues(text.toLowerCase()).map((h) => h.cue);

describe('domainCues', () => {
  it('should catch the framing a sentiment lexicon misses', () => {
    expect(cues('Putin owns Trump. Such a bromance.')).toEqual(
      expect.arrayContaining(['owned by Putin', 'bromance']),
    );
    expect(cues('Talking is better than war.')).toEqual(['talking beats war']);
    expect(cues('This Russophobia is irrational.')).toEqual(['Russophobia']);
    expect(cues('There is no way we can trust Putin or Trump.')).toEqual(['cannot be trusted']);
  });

  it('should turn the puppet charge around when the comment mocks the critics', () => {
    const hits = cues('Democrats seized on the call to paint him again as a puppet of Putin.');
    expect(hits).toContain('answers the critics');
    expect(hits).not.toContain('puppet');
  });

  it('should give every cue a trigger its pattern can actually meet', () => {
    for (const c of DOMAIN_CUES) {
      expect(c.triggers.length, c.cue).toBeGreaterThan(0);
      expect(Math.sign(c.weight), c.cue).not.toBe(0);
    }
  });

  it('should find nothing in plain factual text', () => {
    expect(cues('The meeting is scheduled for July in Hamburg.')).toEqual([]);
  });
});

describe('domainCues on split sentences', () => {
  it('should find cues in split sentences, odd words read in pieces only where no other word counts', () => {
    const texts: Array<[string, string[]]> = [
      ['What a sham/farce. Putin owns Trump.', ['owned by Putin', 'a sham']],
      ['Nice day. It was a sham/farce', ['a sham']],
      // A sentence with a word VADER scores leaves its odd words whole, as the classifier always has.
      ['Wonderful sham/farce', []],
      [
        'The summit was a photo-op for the puppet, said the Democrats screaming collusion.',
        ['answers the critics'],
      ],
      ['Détente is back. I support the deal.', ['says they support it']],
    ];
    for (const [t, expected] of texts) {
      const lower = normalizeLower(t);
      const marked = splitMarked(t, wordInfo);
      const fromSentences = domainCues(marked.map((x) => x.lower).join(' '), lower, marked);
      expect(fromSentences.map((h) => h.cue).sort(), t).toEqual([...expected].sort());
    }
  });
});

describe('domain cue gates', () => {
  it('should let through every text the pattern itself matches', () => {
    const texts = [
      'they lifted sanctions',
      'removing the sanctions now',
      'sanctions will be removed',
      'continued sanctions',
      'keeping sanctions',
      'we support proper sanctions',
      'sanctions never worked',
      'the embargo did nothing',
      "sanctions don't work",
      'sanctions do not work',
      'the democrats keep screaming',
      'critics are losing their minds',
      'the media seized on it',
      'the narrative is not helpful',
      'if he says hello he is a puppet',
      "if trump doesn't bow, puppet",
      'they cry "collusion"',
      'shouting treason',
      'the left says zip it',
      'whatever happened to the dnc',
    ];
    const gated = [...DOMAIN_CUES, CRITICS_ANSWERED].filter((c) => c.gate);
    expect(gated.length).toBeGreaterThan(0);
    for (const c of gated) {
      for (const t of texts)
        if (c.pattern.test(t)) expect(c.gate?.test(t), `${c.cue}: ${t}`).toBe(true);
    }
    expect(texts.filter((t) => gated.some((c) => c.pattern.test(t))).length).toBe(texts.length);
  });

  it('should read a fan club as infatuation', () => {
    expect(cues('the whole summit was a fan club meeting.')).toContain('infatuation');
  });
  it('should not read collusion named as one of the labels a deal is given as the charge', () => {
    expect(cues('whether you call it a thaw or collusion, the text is two pages.')).not.toContain(
      'collusion',
    );
    expect(cues('call it what it is: collusion.')).toContain('collusion');
  });

  it('should read a "cease fire" written apart and a misspelt "saves lifes" as talking beats war', () => {
    expect(cues('a cease fire that saves lifes is worth it')).toContain('talking beats war');
    expect(cues('the fire crew saves lives every week')).not.toContain('talking beats war');
  });

  it('should read Lucy pulling the football away as being played', () => {
    expect(cues('lucy will pull the football away again')).toContain('Putin plays Trump');
    expect(cues('lucy plays football on sundays')).not.toContain('Putin plays Trump');
  });

  it('should not read relief at a check on the talks ("good thing the Senate…") as welcoming them', () => {
    expect(cues('Good thing the Senate passed the sanctions first.')).not.toContain(
      'welcomes the move',
    );
    expect(cues('Good thing they are talking at last.')).toContain('welcomes the move');
  });
});
