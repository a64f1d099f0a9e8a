import { describe, expect, it } from 'vitest';
import {
  answersOpenQuestion,
  openQuestionAnswered,
} from '../../../../src/core/replies/cues/answers-open-question.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { dumpOf } from '../support/dump-of.ts';

describe('answersOpenQuestion', () => {
  const asked = prepareComment(
    'Nell',
    'Will the library keep Sunday hours this summer? My kids use it after church.',
  );

  it('should read an answer opener as the answer to a question a few comments up', () => {
    const reply = prepareComment('Omar', 'Yes, the branch posted it on the door last week.');
    expect(answersOpenQuestion(reply, asked, 'Nell')?.reason).toBe("answers Nell's question");
  });

  it('should read a reply naming whoever does what a closing question asked after as its answer', () => {
    const rhetoric = prepareComment(
      'Nell',
      'Why do the streetlights on Pine stay dark for months? Three reports, nothing. Who exactly schedules these repairs?',
    );
    const named = prepareComment(
      'Omar',
      'The utility schedules them, not the city. Reports go into their queue and wait for a crew.',
    );
    expect(answersOpenQuestion(named, rhetoric, 'Nell')?.reason).toBe("answers Nell's question");
    // A remark of its own under the same question answers nothing.
    const remark = prepareComment('Omar', 'The lights on my street went dark in the spring too.');
    expect(answersOpenQuestion(remark, rhetoric, 'Nell')).toBeNull();
  });

  it('should weigh a yes or no to a yes/no question above an opener under a statement', () => {
    const reply = prepareComment('Omar', 'Yes, and you should ask for the summer schedule.');
    expect(answersOpenQuestion(reply, asked, 'Nell')?.score).toBeGreaterThan(0.7);
  });

  it("should read a statement taking up two of the question's words as its answer", () => {
    const reply = prepareComment(
      'Omar',
      'Sunday hours end in June, the summer schedule is shorter.',
    );
    expect(answersOpenQuestion(reply, asked, 'Nell')?.score).toBe(0.6);
  });

  it('should read one shared word few comments use as taking the question up', () => {
    const culvert = prepareComment(
      'Amos',
      'Has anybody asked what happens to the Route 12 culvert when the river carries silt?',
    );
    const reply = prepareComment('Tomás', "The culvert is in the consultant's report, page 41.");
    expect(answersOpenQuestion(reply, culvert, 'Amos')).toBeNull();
    expect(answersOpenQuestion(reply, culvert, 'Amos', true)?.score).toBe(0.6);
  });

  it('should read "It …" as the answer to a question put to every reader, not to another', () => {
    const toAll = prepareComment(
      'Nell',
      'Has anyone asked where the old books go? It would be a shame to toss them.',
    );
    const reply = prepareComment('Omar', 'It all goes to the county jail library, every box.');
    expect(answersOpenQuestion(reply, toAll, 'Nell')?.reason).toBe("answers Nell's question");
    expect(answersOpenQuestion(reply, asked, 'Nell')).toBeNull();
  });

  it('should keep a question put to every reader open under a longer reason after it', () => {
    const why =
      'It could mean a pothole patch or a full repaving, and the notice from the works ' +
      'department says nothing about either one, nor about how long the detour lasts.';
    const reply = prepareComment(
      'Tomás',
      'The permit is posted at the depot: full repaving, six weeks.',
    );
    const toReaders = prepareComment('Amos', `Has anyone seen the road permit? ${why}`);
    expect(answersOpenQuestion(reply, toReaders, 'Amos', true)?.score).toBe(0.6);
    // The same reason after a question to no one in particular makes it a comment of its own.
    const general = prepareComment('Amos', `Was a road permit ever filed? ${why}`);
    expect(answersOpenQuestion(reply, general, 'Amos', true)).toBeNull();
  });

  it('should not read a statement on the same subject as the answer', () => {
    const reply = prepareComment('Omar', 'The library needs a new roof more than anything.');
    expect(answersOpenQuestion(reply, asked, 'Nell')).toBeNull();
  });

  it('should not read a reply that asks a question of its own as the answer', () => {
    const reply = prepareComment('Omar', 'Yes, but who pays the staff on Sunday?');
    expect(answersOpenQuestion(reply, asked, 'Nell')).toBeNull();
  });

  it('should not take a question asked only further into a comment as open', () => {
    const later = prepareComment(
      'Nell',
      'The council cut the budget again. How can anyone trust them with the library?',
    );
    const reply = prepareComment('Omar', 'Yes, the budget is the whole story.');
    expect(answersOpenQuestion(reply, later, 'Nell')).toBeNull();
  });
});

describe('openQuestionAnswered', () => {
  const pairs: [string, string][] = [
    ['Nell', 'Will the library keep Sunday hours this summer? My kids use it after church.'],
    ['Bo', 'The roof leaks over the children’s room again.'],
    ['Cy', 'Bo, the county fixed that leak in May.'],
    ['Omar', 'Yes, the branch posted it on the door last week.'],
  ];
  const to = (parentIndex: number) => ({ parentIndex, confidence: 0.9, reason: '' });

  it('should find the unanswered question a few comments up that the reply answers', () => {
    const dump = dumpOf('Library Hours', ...pairs);
    const found = openQuestionAnswered(dump, [null, null, to(1)], new Uint8Array(4), 3);
    expect(found?.index).toBe(0);
  });

  it('should pass over a question already answered', () => {
    const dump = dumpOf('Library Hours', ...pairs);
    const answered = Uint8Array.from([1, 0, 0, 0]);
    expect(openQuestionAnswered(dump, [null, null, to(1)], answered, 3)).toBeNull();
  });

  it('should keep a question put to anyone open though it was written under someone, a while', () => {
    const filler: [string, string][] = Array.from({ length: 8 }, (_, k) => [
      `Reader${k}`,
      `The parking lot on Elm had ${k + 2} empty spaces this morning.`,
    ]);
    const anyone: [string, string][] = [
      ['Nell', 'Saturday hours start in June, the branch says.'],
      ['Bo', 'Has anyone actually used the Saturday tutoring Nell mentions? Is it any good?'],
      ...filler,
      ['Omar', 'Yes, my son went twice. The Saturday tutoring helped him with fractions.'],
    ];
    const dump = dumpOf('Library Hours', ...anyone);
    const guesses = [null, to(0), ...filler.map(() => null)];
    const last = anyone.length - 1;
    expect(openQuestionAnswered(dump, guesses, new Uint8Array(last + 1), last)?.index).toBe(1);
    // A question asked since is the one the reply answers, or none.
    const asked: [string, string][] = [
      ...anyone.slice(0, -2),
      ['Cy', 'Is the lot free?'],
      ...anyone.slice(-1),
    ];
    const later = dumpOf('Library Hours', ...asked);
    const found = openQuestionAnswered(
      later,
      [...guesses.slice(0, -1), null],
      new Uint8Array(last + 1),
      last,
    );
    expect(found?.index).not.toBe(1);
  });
});

describe('answersOpenQuestion, title words, narrowing and a closing question', () => {
  it("should not take a statement sharing only the article's title words for the answer", () => {
    const asked = prepareComment(
      'Kim',
      'Will the cameras cut speeding by the schools? Drivers learn where they are.',
    );
    const reply = prepareComment(
      'Eli',
      'Narrower lanes work better than cameras, and speeding drops.',
    );
    expect(answersOpenQuestion(reply, asked, 'Kim')).not.toBeNull();
    expect(
      answersOpenQuestion(reply, asked, 'Kim', false, new Set(['camera', 'speed'])),
    ).toBeNull();
  });

  it('should read a first sentence denying words of the question as its answer', () => {
    const asked = prepareComment(
      'Kim',
      'Can these permits cover food trucks too? Asking for my cousin.',
    );
    const reply = prepareComment('Eli', 'Not these permits. The county licenses those separately.');
    expect(answersOpenQuestion(reply, asked, 'Kim')?.reason).toBe("answers Kim's question");
  });

  it('should read a reply taking up a closing question and a rare word as its answer', () => {
    const asked = prepareComment(
      'Kim',
      'The rain comes down hard here. If everyone mulches, what happens to the culverts when it floods?',
    );
    const reply = prepareComment(
      'Eli',
      'A mulching mower chops them fine. The culverts clog from what crews blow into the street.',
    );
    expect(answersOpenQuestion(reply, asked, 'Kim', true)?.reason).toBe("answers Kim's question");
    expect(answersOpenQuestion(reply, asked, 'Kim', false)).toBeNull();
  });

  it('should read a question followed by a short note as closing the comment', () => {
    const asked = prepareComment(
      'Kim',
      'The path stays open to walkers, but will there be a gate so bikes cannot cut through? Because they will.',
    );
    const reply = prepareComment(
      'Eli',
      'A gate goes in at both ends, and bikes have to walk through.',
    );
    expect(answersOpenQuestion(reply, asked, 'Kim', true)?.reason).toBe("answers Kim's question");
  });
});

describe('answersOpenQuestion, a long answer', () => {
  const asked = prepareComment(
    'Kim',
    'Does the levy cover the library branches? Mine closes at five on weekdays.',
  );
  const rest =
    'When I sat on the board we ran six branches on a budget that barely covered the lights, so this is not a small sum either. Figure the roof repairs first, then the hours, then the books, and then somebody has to decide which of the old vans gets replaced, because two of them do not start in the cold.';

  it('should read a long reply whose first sentence gives the question back as its answer', () => {
    const reply = prepareComment('Eli', `Library branches are covered, all six. ${rest}`);
    expect(reply.wordCount).toBeGreaterThan(60);
    expect(answersOpenQuestion(reply, asked, 'Kim')?.reason).toBe("answers Kim's question");
  });

  it('should still take a long reply opening elsewhere for a comment of its own', () => {
    const reply = prepareComment('Eli', `It passed in May, as the board expected. ${rest}`);
    expect(answersOpenQuestion(reply, asked, 'Kim')).toBeNull();
  });
});
