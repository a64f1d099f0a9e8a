import { describe, expect, it } from 'vitest';
import { generalCues, NO_POSITION } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const sign = (text: string) =>
  Math.sign(generalCues(text.toLowerCase()).reduce((s, c) => s + c.weight, 0));

describe('generalCues', () => {
  it('should read distrust, giveaways and rewarded aggression as against the rapprochement', () => {
    expect(sign("Honestly I don't trust the Kremlin an inch.")).toBe(-1);
    expect(sign('Lifting the embargo now rewards their aggression.')).toBe(-1);
    expect(sign('We got nothing and they got the photo.')).toBe(-1);
    expect(cuesOf('He is cozying up to Moscow again.')).toContain('played by the other side');
  });

  it('should read gifts to the other side and relief handed to a regime as rewarded aggression', () => {
    expect(cuesOf('Sanctions relief is one more of his gifts to Moscow.')).toContain(
      'rewards aggression',
    );
    expect(cuesOf("You don't hand concessions to a regime that still holds hostages.")).toContain(
      'rewards aggression',
    );
  });

  it('should read engagement defended and the hawks answered as for it', () => {
    expect(sign('Diplomacy with Moscow is the only way forward and the sane one.')).toBe(1);
    expect(sign('The neocons are apoplectic, which is reassuring.')).toBe(1);
    expect(sign('Talking is not appeasement.')).toBe(1);
  });

  it('should not read an aside about the same names as a position', () => {
    expect(cuesOf('Obama talked to Russia too, we just never heard about it.')).toEqual([]);
    expect(cuesOf('Reagan and Gorbachev stayed at that hotel.')).toEqual([]);
    expect(cuesOf("Wanting peace doesn't make anyone a traitor.")).toEqual([]);
    // The writer reporting the charge made against them, with or without the article.
    expect(cuesOf('My brother says I am traitor for writing this.')).not.toContain('treason');
  });
});

describe('NO_POSITION', () => {
  it('should recognise a comment that declares no side', () => {
    expect(NO_POSITION.test('i will wait and see what they sign.')).toBe(true);
    expect(NO_POSITION.test('this deal is a disaster.')).toBe(false);
    expect(NO_POSITION.test('my town is split right down the middle on it.')).toBe(true);
    expect(NO_POSITION.test('genuine question: who broke the treaty first?')).toBe(true);
  });

  it('should recognise an even split, an open outcome, a plain request to explain and an aside', () => {
    expect(NO_POSITION.test('i can see it both ways, honestly. fifty-fifty.')).toBe(true);
    expect(NO_POSITION.test('no idea whether the truce holds past friday.')).toBe(true);
    expect(NO_POSITION.test('can anyone explain what a hotline actually is?')).toBe(true);
    expect(
      NO_POSITION.test('he is a crook, regardless of what anyone thinks about the talks.'),
    ).toBe(true);
    expect(
      NO_POSITION.test('the headline says a deal was struck but the article says they only met.'),
    ).toBe(true);
    expect(NO_POSITION.test('you can explain it any way you like, it is a sellout.')).toBe(false);
  });

  it('should see no position in being torn, a plain question of fact or a date put right', () => {
    expect(NO_POSITION.test("i'm torn on the arctic deal, honestly.")).toBe(true);
    expect(NO_POSITION.test("i still can't make up my mind about the grain corridor.")).toBe(true);
    expect(NO_POSITION.test("what's the difference between a truce and an armistice?")).toBe(true);
    expect(
      NO_POSITION.test('does the senate vote on the treaty, or does the president sign it alone?'),
    ).toBe(true);
    expect(NO_POSITION.test('the reykjavik summit was in 1986, not 1987.')).toBe(true);
    expect(NO_POSITION.test('a good lesson in media literacy, this coverage.')).toBe(true);
    // A question put to one camp is a rebuttal, not a plain question.
    expect(NO_POSITION.test('honest question for the hawks: what would you do instead?')).toBe(
      false,
    );
    expect(NO_POSITION.test('honest question: who pays for the inspectors?')).toBe(true);
  });

  it('should recognise a context note, a poll cited, a caption put right and the page mocked', () => {
    expect(NO_POSITION.test('for context: the treaty was signed in 1991.')).toBe(true);
    expect(NO_POSITION.test('moscow hosted the 1980 olympics, for anyone curious.')).toBe(true);
    expect(NO_POSITION.test('according to the latest poll, few voters heard of the summit.')).toBe(
      true,
    );
    expect(NO_POSITION.test('the caption gives the wrong city.')).toBe(true);
    expect(NO_POSITION.test('appeasement, sellout, peace dividend: the bingo card is full.')).toBe(
      true,
    );
    expect(
      NO_POSITION.test(
        'both the people calling it a sellout and the ones cheering are way ahead of the facts.',
      ),
    ).toBe(true);
    expect(
      NO_POSITION.test('whatever you think of the summit, the timeline graphic is excellent.'),
    ).toBe(true);
    expect(NO_POSITION.test('is the embassy open again or has it stayed shut?')).toBe(true);
    expect(NO_POSITION.test('i missed the news. honest question: did they sign anything?')).toBe(
      true,
    );
    expect(NO_POSITION.test('whatever you think of trump, this deal is good.')).toBe(false);
  });
});
