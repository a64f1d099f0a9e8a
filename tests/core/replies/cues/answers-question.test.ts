import { describe, expect, it } from 'vitest';
import {
  answersQuestion,
  asksFirstThenReason,
} from '../../../../src/core/replies/cues/answers-question.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const asker = prepareComment(
  'Quinn',
  'The new stadium is half empty every game. Has anyone asked who pays for the empty seats?',
);

describe('answersQuestion', () => {
  it('should read an answer-like opener under a question as an answer', () => {
    const hit = answersQuestion(
      prepareComment('R', 'Nobody did, and the county will pay as usual.'),
      asker,
      'Quinn',
      true,
    );
    expect(hit?.reason).toBe("answers Quinn's question");
    expect(hit?.score).toBeGreaterThan(0.7);
  });

  it("should read the question's verb given back as an answer, two up as well", () => {
    const asked = prepareComment(
      'P',
      'Does anyone know if local painters were even allowed to apply?',
    );
    const reply = prepareComment(
      'B',
      'They were. The call was open statewide and drew 41 entries.',
    );
    expect(answersQuestion(reply, asked, 'P', false)?.score).toBeCloseTo(0.62);
    const notAnAnswer = prepareComment('B', 'They were painting the wall all week with a crew.');
    expect(answersQuestion(notAnAnswer, asked, 'P', false)).toBeNull();
  });

  it('should not read a "Because…" as the answer to a question that asks no reason', () => {
    const reason = prepareComment('R', 'Because the lots on Pine were sold off years ago.');
    const asksWhy = prepareComment('P', 'Why did the stadium lots stay empty all summer?');
    expect(answersQuestion(reason, asksWhy, 'P', false)?.score).toBeCloseTo(0.62);
    const asksIf = prepareComment('P', 'Does anyone know if the stadium lots open at five?');
    expect(answersQuestion(reason, asksIf, 'P', false)).toBeNull();
  });

  it('should read a yes or no after a first remark as an answer', () => {
    const reply = prepareComment('R', 'Not my cousin, I promise. And no, he has not.');
    expect(answersQuestion(reply, asker, 'Quinn', true)?.score).toBeGreaterThan(0.7);
  });

  it('should read a yes or no after the case it holds in as an answer, two up as well', () => {
    const asks = prepareComment(
      'Vera',
      'We rent the spare room to students in term time. Does the new licence apply to us? The council site says nothing.',
    );
    const reply = prepareComment(
      'Sol',
      'If you live in the house yourself, no, it does not. Lodgers are exempt.',
    );
    expect(answersQuestion(reply, asks, 'Vera', false)?.score).toBeCloseTo(0.62);
    const musing = prepareComment(
      'Sol',
      'If the council wanted to help landlords, it would have written the rules in plain English.',
    );
    expect(answersQuestion(musing, asks, 'Vera', false)).toBeNull();
  });

  it('should read a short first sentence taken from the question as picking one of its options', () => {
    const options = prepareComment('Art', 'Does it start with the October bill or the one after?');
    const reply = prepareComment('M', 'The one after. The ordinance takes effect in November.');
    expect(answersQuestion(reply, options, 'Art', true)?.score).toBeGreaterThan(0.7);
    const both = prepareComment('M', 'Both, from next October, with a year more for mowers.');
    expect(answersQuestion(both, options, 'Art', true)).not.toBeNull();
    // Read once per reply: the next reply's first sentence is its own.
    expect(answersQuestion(reply, options, 'Art', true)?.score).toBeGreaterThan(0.7);
  });

  it('should answer a long comment that asks the readers for news, not one that asks for effect', () => {
    const story =
      'My daughter just started lessons and I am trying to figure out whether to buy her skates that fit next year or give up on the whole thing before the season ends.';
    const news = prepareComment(
      'Marisol',
      `Does anyone know if the rink will be open next winter, even on a reduced schedule? ${story}`,
    );
    const reply = prepareComment(
      'Helen',
      'The state will not let the system run past March without a new compressor. There is no reduced schedule.',
    );
    expect(answersQuestion(reply, news, 'Marisol', true)).not.toBeNull();
    const rhetoric = prepareComment(
      'zb',
      `Anyone really think the whole thing was anything but a put-up job? ${story}`,
    );
    expect(answersQuestion(reply, rhetoric, 'zb', true)).toBeNull();
  });

  it('should weigh the answer less when the question is further up the thread', () => {
    const reply = prepareComment('R', 'No, the team pays.');
    const near = answersQuestion(reply, asker, 'Quinn', true)?.score ?? 0;
    const far = answersQuestion(reply, asker, 'Quinn', false)?.score ?? 0;
    expect(far).toBeLessThan(near);
  });

  it("should weigh an answer given in the question's own auxiliary as much from further up", () => {
    const question = prepareComment(
      'Quinn',
      'Have you ever parked at the stadium on a game night?',
    );
    const reply = prepareComment('R', 'I have, and the lot was half empty.');
    expect(answersQuestion(reply, question, 'Quinn', false)?.score).toBeGreaterThan(0.7);
  });

  it('should take a reply of a few words right under a question as its answer', () => {
    expect(
      answersQuestion(prepareComment('R', 'The taxpayers, of course.'), asker, 'Quinn', true),
    ).not.toBeNull();
  });

  it('should take a statement right under a question put to every reader as its answer', () => {
    const call = prepareComment(
      'Bert',
      'Does anyone know if the water taxi will add runs? It was packed.',
    );
    const reply = prepareComment(
      'Fi',
      "It's adding a boat every fifteen minutes at rush hour from March.",
    );
    expect(answersQuestion(reply, call, 'Bert', true)?.score).toBeGreaterThanOrEqual(0.5);
    // Further up, or under a question put to one person, a statement is no answer by itself.
    expect(answersQuestion(reply, call, 'Bert', false)).toBeNull();
    const toOne = prepareComment('Bert', 'Will the water taxi add runs, Fi? It was packed.');
    expect(answersQuestion(reply, toOne, 'Bert', true)).toBeNull();
  });

  it("should not take a view announced as the writer's own right under a question to every reader as its answer", () => {
    const call = prepareComment('Bert', 'Does anyone know if the ferry keeps its winter fares?');
    const view = prepareComment(
      'Fi',
      "I'll say what everyone is thinking: the ferry should have been sold off years ago.",
    );
    expect(answersQuestion(view, call, 'Bert', true)).toBeNull();
    const fact = prepareComment(
      'Fi',
      'The ferry keeps winter fares until April, per the schedule.',
    );
    expect(answersQuestion(fact, call, 'Bert', true)).not.toBeNull();
  });

  it('should take a statement right under a question that calls for readers who know as its answer', () => {
    const call = prepareComment(
      'Odile',
      'Is a heat pump worth it in a drafty old house? The installer wants $12,000 and I would love to hear from anyone who has one before I sign.',
    );
    const reply = prepareComment(
      'Rafe',
      'We got one two winters ago. The gas bill dropped by half and the upstairs is finally warm. Seal the windows first and it pays for itself.',
    );
    expect(answersQuestion(reply, call, 'Odile', true)?.score).toBeGreaterThanOrEqual(0.5);
    // Without the call for readers, the long statement under it is a comment of its own.
    const mused = prepareComment(
      'Odile',
      'Is a heat pump worth it in a drafty old house? The installer wants $12,000 and I keep putting off the decision until spring.',
    );
    expect(answersQuestion(reply, mused, 'Odile', true)).toBeNull();
  });

  it('should not take a hedge shared with a question for its words taken up', () => {
    const asks = prepareComment(
      'Odile',
      'Is there a survey of who actually takes the late train? My hunch is mostly nurses.',
    );
    const rebuttal = prepareComment(
      'Rafe',
      'That is a fairy tale, actually. Fares went up twice and nobody stopped complaining.',
    );
    expect(answersQuestion(rebuttal, asks, 'Odile', true)).toBeNull();
    const answer = prepareComment(
      'Rafe',
      'The survey came out in March: nurses and cooks, mostly.',
    );
    expect(answersQuestion(answer, asks, 'Odile', true)).not.toBeNull();
  });

  it('should ignore a question asked mid-way through a long comment', () => {
    const long = prepareComment(
      'Quinn',
      'Who pays? ' +
        'The stadium deal was negotiated in secret by the council and the owners over two years. '.repeat(
          4,
        ),
    );
    expect(answersQuestion(prepareComment('R', 'No.'), long, 'Quinn', true)).toBeNull();
  });

  it('should ignore a question that sits inside a quotation', () => {
    const quoting = prepareComment(
      'Quinn',
      '"Who pays for it?" the headline asks. The owners, clearly.',
    );
    expect(answersQuestion(prepareComment('R', 'Yes, indeed.'), quoting, 'Quinn', true)).toBeNull();
  });

  it('should not answer a comment that asks nothing', () => {
    expect(
      answersQuestion(
        prepareComment('R', 'No.'),
        prepareComment('Q', 'Stadiums are a bad deal.'),
        'Q',
        true,
      ),
    ).toBeNull();
  });

  it('should read a statement right under a question for a fact that takes up its words as the answer', () => {
    const question = prepareComment(
      'Rev',
      'Does the district offer free breakfast at every school, or only the Title I schools?',
    );
    const answer = prepareComment(
      'M',
      'Carol Mendes covered that at the board: only the six Title I schools for now.',
    );
    expect(answersQuestion(answer, question, 'Rev', true)?.reason).toBe("answers Rev's question");
    const challenge = prepareComment('Sri', 'You think Russia withdrawing would bring peace?');
    const extends_ = prepareComment('E', 'And we can achieve peace by withdrawing our support.');
    expect(answersQuestion(extends_, challenge, 'Sri', true)).toBeNull();
  });

  it('should read a statement right under a question saying the very thing it asked as the answer', () => {
    const question = prepareComment(
      'Rev',
      'Do the pool lights stay on all night, or do they dim after ten? I read some towns do that.',
    );
    const answer = prepareComment(
      'M',
      'Under the plan they dim to half between midnight and five, unless the police ask otherwise.',
    );
    expect(answersQuestion(answer, question, 'Rev', true)?.score).toBe(0.5);
    const other = prepareComment(
      'M',
      'Under the plan the crews repaint the lanes between midnight and five in May.',
    );
    expect(answersQuestion(other, question, 'Rev', true)).toBeNull();
  });

  it('should not read a new comment under a question about the page as its answer', () => {
    const meta = prepareComment('B', 'Does anyone moderate these comments? It is starting again.');
    const next = prepareComment(
      'R',
      'My son got three tickets in the first week, before any letter came.',
    );
    expect(answersQuestion(next, meta, 'B', true)).toBeNull();
  });
});

describe('answersQuestion, plain statements', () => {
  const where = prepareComment('Will', "Where's the money coming from? State money or our taxes?");

  it('should read a verbless first fragment under a question as its answer', () => {
    const reply = prepareComment(
      'Grant',
      'Mostly federal. The article says 80% comes from a grant.',
    );
    expect(answersQuestion(reply, where, 'Will', true)?.score).toBeGreaterThanOrEqual(0.6);
  });

  it('should read a short statement right under a short question as its answer', () => {
    const who = prepareComment('Kevin', 'Who decides if a tree is "hazardous"?');
    const reply = prepareComment(
      'Ingrid',
      'Under the draft, a certified arborist makes that call.',
    );
    expect(answersQuestion(reply, who, 'Kevin', true)?.score).toBe(0.5);
    expect(answersQuestion(reply, who, 'Kevin', false)).toBeNull();
  });

  it('should read a statement taking up a fact question put first, before why it is asked, as its answer', () => {
    const asked = prepareComment(
      'Nell',
      'Will the ferry keep its winter schedule? My shift starts at six.',
    );
    const reply = prepareComment('Omar', 'Schedule stays the same until April, per the notice.');
    expect(answersQuestion(reply, asked, 'Nell', true)?.score).toBe(0.5);
    // A statement that takes up none of its words is a comment of its own.
    const other = prepareComment('Omar', 'The new boats are quieter than the old ones.');
    expect(answersQuestion(other, asked, 'Nell', true)).toBeNull();
  });

  it('should not read a commenter introducing themselves as an answer', () => {
    const reply = prepareComment(
      'Aiyana',
      'As a board member I can only say the hearing is March 12.',
    );
    expect(answersQuestion(reply, where, 'Will', true)).toBeNull();
  });

  it('should not read a reply owning up to a view of its own as an answer', () => {
    const asked = prepareComment(
      'Lena',
      'Where are night-shift nurses supposed to wait for the shuttle? The lobby locks at ten.',
    );
    const honest = prepareComment(
      'Teo',
      "I'll be honest, I'm torn. The quiet lobby is nice, waiting for the night shuttle outside is not.",
    );
    expect(answersQuestion(honest, asked, 'Lena', true)).toBeNull();
    // The same words without the owning-up opener still read as an answer taking up the question.
    const plain = prepareComment(
      'Teo',
      'The quiet lobby is nice, waiting for the night shuttle outside is not.',
    );
    expect(answersQuestion(plain, asked, 'Lena', true)?.score).toBe(0.5);
  });

  it('should not read a statement from the article as the answer to a question put to readers', () => {
    const toReaders = prepareComment(
      'Lena',
      'Same here, the 5 is my only bus. Is anyone going to the board meeting about it?',
    );
    const fromArticle = prepareComment(
      'Teo',
      'The real story is in the last paragraph: the depot is short nine mechanics.',
    );
    expect(answersQuestion(fromArticle, toReaders, 'Lena', true)).toBeNull();
    const introduced = prepareComment('Teo', "I'm going, and I'll bring the petition with me.");
    expect(answersQuestion(introduced, toReaders, 'Lena', true)?.score).toBe(0.6);
  });

  it('should not read an announcement to every reader as an answer', () => {
    const psa = prepareComment(
      'M. K.',
      'PSA from the health department: no swimming, and boiling the water does not help.',
    );
    expect(answersQuestion(psa, where, 'Will', true)).toBeNull();
  });

  it('should not read news from the article that takes up no word of the question as its answer', () => {
    const gates = prepareComment('Amos', 'We cross the rail bed with cows. Will there be gates?');
    const notice = prepareComment(
      'Deb',
      'Written comments are due July 15, according to the last paragraph. Send letters to Harrisburg.',
    );
    expect(answersQuestion(notice, gates, 'Amos', true)).toBeNull();
    const answer = prepareComment(
      'Lou',
      'Swing gates at every crossing, according to the article. The state pays for them.',
    );
    expect(answersQuestion(answer, gates, 'Amos', true)?.score).toBe(0.5);
  });

  it('should not read "No" before a noun as an answer', () => {
    const asked = prepareComment('J', 'Sgt. Pruitt, then why not hold it without the grandstand?');
    const reply = prepareComment(
      'F',
      'No funnel cake this year. This is the real tragedy nobody mentions at all, frankly, in my opinion.',
    );
    expect(answersQuestion(reply, asked, 'J', false)).toBeNull();
  });
});

describe('answersQuestion, a one-word question before the answer', () => {
  it('should read "Honestly? Mostly …" under a question as an answer, not a question back', () => {
    const asked = prepareComment('K', 'How exactly is this going to be enforced?');
    const reply = prepareComment(
      'Sgt',
      'Honestly? Mostly complaint-driven, plus extra patrols. We are not going door to door.',
    );
    expect(answersQuestion(reply, asked, 'K', true)?.score).toBe(0.5);
  });

  it('should read a short statement as the answer to a question two up with another conversation between', () => {
    const asks = prepareComment(
      'Ida',
      'Genuine question: who pays if a kid gets hurt on the ramps?',
    );
    const reply = prepareComment('Lu', 'State law covers it, the same as for playgrounds.');
    expect(answersQuestion(reply, asks, 'Ida', false)).toBeNull();
    expect(answersQuestion(reply, asks, 'Ida', false, true)?.score).toBe(0.5);
  });

  it('should read a reply opening on a pronoun for what a question asked first as its answer', () => {
    const asks = prepareComment(
      'Ida',
      'Who runs the shuttle from the lot? The flyer lists the stops but never the operator.',
    );
    const pronoun = prepareComment(
      'Lu',
      "It's the county transit office, under a one-year contract.",
    );
    const noun = prepareComment('Lu', 'Lots of people parked there last week for the fair.');
    expect(answersQuestion(pronoun, asks, 'Ida', true)?.score).toBe(0.5);
    expect(answersQuestion(pronoun, asks, 'Ida', false, true)?.score).toBe(0.5);
    expect(answersQuestion(noun, asks, 'Ida', true)).toBeNull();
  });

  it('should not read a long statement as the answer to a short question, above or two up', () => {
    const asks = prepareComment('Ida', 'Who decided the ramps had to close at dusk anyway?');
    const story = prepareComment(
      'Lu',
      'When the rink in Ashford lost its lights, the parks crew strung up floodlights on loan from the fairground, the hockey parents ran a bake sale for the power bill, and the season went on. It was not pretty, but it worked. Somebody should ask for the same here, and ask early.',
    );
    // 52 words: a story of its own, even right under the question.
    expect(answersQuestion(story, asks, 'Ida', true)).toBeNull();
    expect(answersQuestion(story, asks, 'Ida', false, true)).toBeNull();
    const short = prepareComment('Lu', 'The parks board did, after the vandalism in March.');
    expect(answersQuestion(short, asks, 'Ida', true)?.score).toBe(0.5);
  });

  it('should not read a statement under a proposal put as a question as its answer', () => {
    const proposes = prepareComment(
      'Ida',
      'Ten grand for signs. Couldn’t that fund a crossing guard?',
    );
    const reply = prepareComment('Lu', 'We walked to school alone and we were fine.');
    expect(answersQuestion(reply, proposes, 'Ida', true)).toBeNull();
  });

  it('should not read a statement under "Did anybody on the board even ask?" as its answer', () => {
    const complains = prepareComment(
      'Ida',
      'The fee doubled overnight. Did anybody on the board even ask the parents?',
    );
    const reply = prepareComment('Lu', 'Our bus was late four times last month. I am for the fee.');
    expect(answersQuestion(reply, complains, 'Ida', true)).toBeNull();
    const asks = prepareComment('Ida', 'The fee doubled overnight. Did anybody ask the parents?');
    expect(answersQuestion(reply, asks, 'Ida', true)).not.toBeNull();
  });

  it('should not read a statement under "Why X when Y?" as its answer: the question argues', () => {
    const argues = prepareComment(
      'tk42',
      'Why pay sharpshooters $400 a deer when bowhunters would do it for free?',
    );
    const reply = prepareComment(
      'Carol',
      'Forty years of gardening on Hollow Road and I gave up on tulips. They ate the roses, thorns and all.',
    );
    expect(answersQuestion(reply, argues, 'tk42', true)).toBeNull();
  });

  it('should not read a statement under "Why should X?" as its answer: the question argues', () => {
    const argues = prepareComment(
      'Dad77',
      'Use the opt-out, then. Why should nine books vanish for everybody else?',
    );
    const reply = prepareComment(
      'Lu',
      'The notice went home in a backpack nobody opens. Words matter.',
    );
    expect(answersQuestion(reply, argues, 'Dad77', true)).toBeNull();
    const asks = prepareComment('Dad77', 'Use the opt-out, then. Why did nine books vanish?');
    expect(answersQuestion(reply, asks, 'Dad77', true)?.score).toBe(0.5);
  });

  it('should not read a reply adding to an argument or conceding as the answer to a question put to readers', () => {
    const asked = prepareComment('Kim', 'Has anyone heard a word from the superintendent?');
    for (const body of [
      'And the board cannot take the vote up again until June, so the books stay gone.',
      'Fine, the vote was four to three. The process was still rushed from start to finish.',
    ]) {
      expect(answersQuestion(prepareComment('Lu', body), asked, 'Kim', true)).toBeNull();
    }
    const answer =
      'The superintendent put out a statement on Friday saying she would follow the vote.';
    expect(answersQuestion(prepareComment('Lu', answer), asked, 'Kim', true)?.score).toBe(0.6);
  });

  it('should not read a statement under "What is she supposed to do?" as its answer: the question protests', () => {
    const protests = prepareComment(
      'Mina',
      'The night bus was my mother’s only way home from her shift. What is she supposed to do now, walk?',
    );
    const reply = prepareComment(
      'Joel',
      'The library branch on Cedar is closing at six from next month, too.',
    );
    expect(answersQuestion(reply, protests, 'Mina', true)).toBeNull();
    const asks = prepareComment(
      'Mina',
      'The night bus was my mother’s only way home from her shift. What is she going to take now?',
    );
    const answer = prepareComment('Joel', 'The 40 still runs past the hospital until midnight.');
    expect(answersQuestion(answer, asks, 'Mina', true)).not.toBeNull();
  });

  it('should not read a complaint that nobody asked as an answer', () => {
    const reply = prepareComment('Lu', 'Nobody asked the drivers. We know these roads best.');
    expect(answersQuestion(reply, asker, 'Quinn', false)).toBeNull();
  });

  it('should read "Maybe. But…" as giving ground to a claim, not as an answer opener', () => {
    const concedes = prepareComment(
      'Lu',
      'Maybe. But nobody rents seats in a stadium that is falling down either.',
    );
    expect(answersQuestion(concedes, asker, 'Quinn', false)).toBeNull();
    const answers = prepareComment('Lu', 'Maybe the county, if the bond passes in May.');
    expect(answersQuestion(answers, asker, 'Quinn', false)).not.toBeNull();
  });

  it('should not read a complaint that nobody on a body could say as an answer', () => {
    const reply = prepareComment(
      'Lu',
      'Nobody on the council could tell us at the meeting who pays. We have asked twice.',
    );
    expect(answersQuestion(reply, asker, 'Quinn', false)).toBeNull();
    const answer = prepareComment('Lu', 'Nobody, as far as I know. The seats stay empty.');
    expect(answersQuestion(answer, asker, 'Quinn', false)).not.toBeNull();
  });

  it('should read a question asking why, followed by a short remark, as left open', () => {
    const asks = prepareComment(
      'Ida',
      'Why did the board delay the vote? The notice says nothing.',
    );
    const reply = prepareComment(
      'Lu',
      'Two members were absent, and the chair wanted a full board.',
    );
    expect(answersQuestion(reply, asks, 'Ida', true)?.score).toBe(0.5);
    const proposes = prepareComment('Ida', 'Could we get an app for this? Nobody has coins.');
    expect(answersQuestion(reply, proposes, 'Ida', true)).toBeNull();
  });
});

describe('asksFirstThenReason', () => {
  it('should read a question for the readers after the words heading it as asked first', () => {
    const headed = prepareComment(
      'J',
      'Quick question for anyone who rode it last winter: does the ferry run in ice? I am new here.',
    );
    expect(asksFirstThenReason(headed)).toBe(true);
  });

  it('should not read a question headed to someone off the page as asked of the readers', () => {
    const toBoard = prepareComment(
      'J',
      'Quick question for the board: does the ferry run in ice? I am new here.',
    );
    expect(asksFirstThenReason(toBoard)).toBe(false);
  });
});

describe('asksFirstThenReason, a headed or named question', () => {
  it('should read a question after "Honest question:" or after the name it is put to', () => {
    expect(
      asksFirstThenReason(
        prepareComment(
          'K',
          'Honest question: does the ferry run on holidays? That is when I work.',
        ),
      ),
    ).toBe(true);
    expect(
      asksFirstThenReason(
        prepareComment('K', 'Lena, is the ferry free for seniors? I ride it twice a week.'),
      ),
    ).toBe(true);
  });

  it('should leave a longer reason after it when its asker says they want to know', () => {
    const reason =
      'The notice names the Elm and Birch stops and then says "several others." My mother boards at Cedar every morning and I would like to know.';
    expect(asksFirstThenReason(prepareComment('K', `Which stops close? ${reason}`))).toBe(true);
    const told =
      'The notice names the Elm and Birch stops and then says "several others." My mother boards at Cedar every morning and rides it to the clinic.';
    expect(asksFirstThenReason(prepareComment('K', `Which stops close? ${told}`))).toBe(false);
  });
});

describe('answersQuestion, laughs and verdicts', () => {
  const asked = prepareComment('Ada', 'Who decides when the mowing starts on Sundays?');

  it('should not read a reply laughing along as the answer to the question above', () => {
    const laugh = prepareComment(
      'R',
      'Ha, same here with my neighbor. He starts at six every time too.',
    );
    expect(answersQuestion(laugh, asked, 'Ada', true)).toBeNull();
    const plain = prepareComment('R', 'The parks board, at its spring meeting, every year.');
    expect(answersQuestion(plain, asked, 'Ada', true)).not.toBeNull();
  });

  it('should not read a verdict on another commenter as the answer to the question above', () => {
    const verdict = prepareComment('R', 'Priya gets it. Nobody here wants the noise on a Sunday.');
    expect(answersQuestion(verdict, asked, 'Ada', true)).toBeNull();
  });
});
