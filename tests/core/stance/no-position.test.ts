import { describe, expect, it } from 'vitest';
import { NO_POSITION } from '../../../src/core/stance/no-position.ts';

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
  it('should see no position in naming every label, faulting both camps or waiting for the text', () => {
    expect(NO_POSITION.test('whether you call it a thaw or a surrender, nothing is signed.')).toBe(
      true,
    );
    expect(NO_POSITION.test('both camps are wrong about what a phone call does.')).toBe(true);
    expect(NO_POSITION.test('neither side is right here.')).toBe(true);
    expect(NO_POSITION.test("i'll form an opinion when i see the treaty text.")).toBe(true);
    expect(NO_POSITION.test("most of you haven't read past the headline.")).toBe(true);
    expect(NO_POSITION.test("'sellout' and 'peace' are both being thrown around.")).toBe(true);
    expect(NO_POSITION.test('call it what it is: a surrender.')).toBe(false);
  });

  it('should see no position in a self split in halves, a draw, or a verdict put off', () => {
    expect(
      NO_POSITION.test('half of me cheers the summit, the other half expects a betrayal.'),
    ).toBe(true);
    expect(NO_POSITION.test('so far i would call it a draw.')).toBe(true);
    expect(NO_POSITION.test('ask me again in six months.')).toBe(true);
    expect(NO_POSITION.test("sellout or breakthrough? i really can't tell yet.")).toBe(true);
    expect(NO_POSITION.test('half of the senate hates it.')).toBe(false);
  });

  it('should see no position in an even tally, hope and doubt together, or waiting for the text', () => {
    expect(NO_POSITION.test('good summit, bad timing. net zero from me.')).toBe(true);
    expect(NO_POSITION.test("i'm hopeful and sceptical in equal parts.")).toBe(true);
    expect(NO_POSITION.test("let's see what gets agreed in vienna first.")).toBe(true);
    expect(NO_POSITION.test("i can't say which matters more.")).toBe(true);
    expect(NO_POSITION.test('net zero emissions by 2050 is their plan.')).toBe(false);
  });

  it('should see no position in an aside opened as a note or as a question from afar', () => {
    expect(NO_POSITION.test('note that the truce excludes the northern front.')).toBe(true);
    expect(NO_POSITION.test("terminology note: 'détente' is french for relaxation.")).toBe(true);
    expect(NO_POSITION.test('question from chile: is the grain deal part of it?')).toBe(true);
    expect(NO_POSITION.test('for those asking: the hotline dates from 1963.')).toBe(true);
    expect(NO_POSITION.test("the headline says 'breakthrough' and the article says 'talks'.")).toBe(
      true,
    );
    expect(NO_POSITION.test('they should note that the public is against it.')).toBe(false);
  });

  it('should not read "would you rather A, or would you rather B?" as a question of fact', () => {
    expect(
      NO_POSITION.test('would you rather they talked, or would you rather they shot first?'),
    ).toBe(false);
  });

  it('should see no position in a tally of yeses and noes', () => {
    expect(NO_POSITION.test('hotline: yes. lifting the embargo: no. the gala dinner: meh.')).toBe(
      true,
    );
    expect(NO_POSITION.test('short answer: yes, the hotline still works.')).toBe(false);
  });

  it('should read "call it a wash", "on one hand… on the other" and a confused timeline as no side', () => {
    expect(NO_POSITION.test("i'd call it a wash.")).toBe(true);
    expect(NO_POSITION.test('on one hand it is a start; on the other, words are cheap.')).toBe(
      true,
    );
    expect(NO_POSITION.test("i'm confused about the timeline of the visit.")).toBe(true);
    expect(NO_POSITION.test('the deal is a washout.')).toBe(false);
    expect(NO_POSITION.test('i am confused about why anyone trusts him.')).toBe(false);
  });

  it('should see no position in mock praise of the journalism, headline against body, or nobody sure', () => {
    expect(NO_POSITION.test('another explainer with no facts in it. riveting journalism.')).toBe(
      true,
    );
    expect(NO_POSITION.test("the headline says 'pact', the lede says 'talks about talks'.")).toBe(
      true,
    );
    expect(NO_POSITION.test('nobody is sure what will happen next.')).toBe(true);
    expect(NO_POSITION.test('riveting speech by the senator.')).toBe(false);
    expect(NO_POSITION.test('nobody is sure he can be trusted.')).toBe(false);
  });
});
