import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { REFUSAL_CUES } from '../../../src/core/stance/refusal-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'A hard no.',
  'We do not break bread with them.',
  'America must not lend its credibility to this.',
  'Excuse me if I don’t celebrate.',
  'Trust, then pray.',
  'The Kremlin never hands anything away for free.',
  'How many truces did they really stick to?',
  'He never once said one harsh word about him.',
  'Without demanding any real concessions.',
  'Anything but peace through strength.',
  'I am a good deal less comfortable.',
  "It's really about something besides oil.",
  'Only one side actually observes it.',
  "Can't see how it might backfire.",
  "If the accord were so wonderful, they'd publish it.",
  'People began to think about bomb shelters.',
  'They sold out the Kurds for a photo-op.',
  'Next, the pair will give a masterclass on press freedom.',
];

describe('refusal cues (opposition as a plain refusal or a pointed turn)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      REFUSAL_CUES,
      SAMPLES.map((s) => s.replaceAll('’', "'").toLowerCase()),
    );
  });

  it('should read a plain refusal, "you don’t make nice with" and a name withheld as oppose', () => {
    expect(cuesOf('another round of talks with them? count me out.')).toContain('a plain refusal');
    expect(labelOf('You do not cozy up with a man like that.')).toBe('oppose');
    expect(labelOf('Our country should not put its name on that bargain.')).toBe('oppose');
  });

  it('should leave a pass in a game report and a name on a form alone', () => {
    expect(labelOf('The winger made a hard pass to the striker.')).toBe('neutral');
    expect(labelOf('Please put your name on the sign-up sheet.')).toBe('neutral');
  });

  it('should read distrust asked pardon for and trust-but-verify turned round as oppose', () => {
    expect(labelOf('Pardon me for not trusting a smile from that palace.')).toBe('oppose');
    expect(labelOf('Trust but verify? This is trust, and look away.')).toBe('oppose');
  });

  it('should leave a plain pardon and a plain "trust but verify" alone', () => {
    expect(labelOf('Excuse me for being late to the thread.')).toBe('neutral');
    expect(cuesOf('trust but verify, as the saying goes.')).not.toContain('trust, and forget');
  });

  it('should read nothing given for free, a record counted at zero and no critical word as oppose', () => {
    expect(labelOf('Anyone think the Kremlin gives something away for free?')).toBe('oppose');
    expect(labelOf('How many agreements has that government ever honoured? None.')).toBe('oppose');
    expect(labelOf('Strange that he never says a bad word about the man.')).toBe('oppose');
  });

  it('should leave free samples, a count of treaties signed and a kind word alone', () => {
    expect(labelOf('The shop gives samples away for free on Sundays.')).toBe('neutral');
    expect(labelOf('How many treaties were signed that year?')).toBe('neutral');
    expect(cuesOf('she never says a word at meetings.')).not.toContain('never a critical word');
  });

  it('should read a deal without concessions, a slogan denied and growing misgiving as oppose', () => {
    expect(
      labelOf('They rushed to the table without securing a single concession in return.'),
    ).toBe('oppose');
    expect(labelOf('This is the opposite of peace through strength.')).toBe('oppose');
    expect(labelOf('I was uneasy last year and I am far less comfortable today.')).toBe('oppose');
  });

  it('should leave a comfortable chair and the slogan quoted alone', () => {
    expect(labelOf('This chair is less comfortable than the old one.')).toBe('neutral');
    expect(cuesOf('peace through strength was the motto.')).not.toContain(
      'not peace through strength',
    );
  });

  it('should read an insinuated motive, a one-sided truce and mock confidence as oppose', () => {
    expect(labelOf('The energy story is cover. This is about something other than gas.')).toBe(
      'oppose',
    );
    expect(labelOf('A truce in which only one side ever stops shooting.')).toBe('oppose');
    expect(labelOf("A truce with them. I can't see any way this goes wrong.")).toBe('oppose');
  });

  it('should leave a book about something else and an honest "can’t see how" alone', () => {
    expect(labelOf('The novel is about something else entirely: grief.')).toBe('neutral');
    expect(cuesOf("i can't see how the printer works.")).not.toContain(
      'mock confidence nothing goes wrong',
    );
  });

  it('should read praise put in a denied condition as oppose, outweighing the praise', () => {
    expect(
      labelOf("If the agreement were such a good one, they'd show us the text. They won't."),
    ).toBe('oppose');
  });

  it('should leave a plain conditional about the weather alone', () => {
    expect(labelOf("If the weather is so nice tomorrow, we'd go to the lake.")).toBe('neutral');
  });

  it('should read people planning to leave, allies forgotten for a photo and a mock seminar as oppose', () => {
    expect(
      labelOf('When our leaders praise that man, families start thinking about leaving.'),
    ).toBe('oppose');
    expect(labelOf('Whatever you do, do not sell us out for a photo.')).toBe('oppose');
    expect(labelOf('Marvellous. Next they can host a workshop on respecting borders.')).toBe(
      'oppose',
    );
  });

  it('should leave a trip abroad, a holiday photo and a real workshop alone', () => {
    expect(labelOf('We are thinking about leaving for the coast in June.')).toBe('neutral');
    expect(labelOf('Next, the library will host a workshop on tax forms.')).toBe('neutral');
  });
});
