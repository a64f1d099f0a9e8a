import { describe, expect, it } from 'vitest';
import { reachBackTraits, replyTraits } from '../../../../src/core/replies/cues/reply-traits.ts';
import { scoreCandidate } from '../../../../src/core/replies/cues/score-candidate.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Ferry Fares Rise', ...pairs);

describe('scoreCandidate', () => {
  it('should combine independent cues so that two together beat either alone', () => {
    const dump = dumpOf(
      ['Lia', 'Who checks the schedules?'],
      ['Max', 'Nobody, Lia. Nobody at all.'],
    );
    const reply = dump.comments[1];
    if (reply === undefined) throw new Error('no reply');
    const s = scoreCandidate(dump, [null], 1, 0, 0, replyTraits(reply, dump.vocabulary.stemOf));
    expect(s?.hits.map((h) => h.reason)).toEqual([
      'addresses Lia by name',
      "answers Lia's question",
    ]);
    expect(s?.score).toBeGreaterThan(Math.max(...(s?.hits ?? []).map((h) => h.score)));
  });

  it('should read a "you" under a bare "Exactly." as meant for the comment it agreed with', () => {
    const dump = dumpOf(
      ['Lia', 'The deckhands should be checking tickets, not the captain.'],
      ['Max', 'Exactly.'],
      ['Ode', 'You have no idea how many deckhands they let go last winter.'],
    );
    const reply = dump.comments[2];
    if (reply === undefined) throw new Error('no reply');
    const t = replyTraits(reply, dump.vocabulary.stemOf);
    const guesses = [null, { parentIndex: 0, confidence: 0.8, reason: '' }];
    const claim = scoreCandidate(dump, guesses, 2, 0, 0, t)?.score ?? 0;
    const reaction = scoreCandidate(dump, guesses, 2, 1, 0, t)?.score ?? 0;
    expect(claim).toBeGreaterThanOrEqual(0.5);
    expect(claim).toBeGreaterThan(reaction);
  });

  it('should read a reply opening on two figures of a comment just above as taking its count up', () => {
    const dump = dumpOfTitled(
      'Route 14 Cut to Hourly',
      ['Lia', 'I counted 31 riders on a bus built for 40 this morning.'],
      ['Max', 'The shelters on Elm still have no roofs.'],
      ['Ode', '31 of 40 at rush hour. Somebody send that to the board.'],
    );
    const reply = dump.comments[2];
    if (reply === undefined) throw new Error('no reply');
    const t = replyTraits(reply, dump.vocabulary.stemOf);
    const s = scoreCandidate(dump, [null, null], 2, 0, 1, t);
    expect(s?.hits.map((h) => h.reason)).toEqual(["repeats Lia's figures"]);
    expect(s?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('should never score a comment as a reply to its own author', () => {
    const dump = dumpOf(['Lia', 'Who checks the schedules?'], ['Lia', 'Nobody, as usual.']);
    const reply = dump.comments[1];
    if (reply === undefined) throw new Error('no reply');
    expect(
      scoreCandidate(dump, [null], 1, 0, 0, replyTraits(reply, dump.vocabulary.stemOf)),
    ).toBeNull();
  });

  it('should not read "Exactly." as agreeing with a bare thanks right above', () => {
    const scoreUnder = (above: string) => {
      const dump = dumpOf(['Lia', above], ['Max', 'Exactly. The crossing is a joke.']);
      const reply = dump.comments[1];
      if (reply === undefined) throw new Error('no reply');
      return scoreCandidate(dump, [null], 1, 0, 1, replyTraits(reply, dump.vocabulary.stemOf));
    };
    expect(scoreUnder('Oh what a relief. Thank you.')).toBeNull();
    expect(scoreUnder('The boats are old and the fares went up again.')?.score).toBeGreaterThan(
      0.5,
    );
  });

  it('should drop the weak, position-based cues for a comment outside the thread', () => {
    const dump = dumpOf(['Lia', 'The boats are old.'], ['Max', 'Exactly.']);
    const reply = dump.comments[1];
    if (reply === undefined) throw new Error('no reply');
    const traits = replyTraits(reply, dump.vocabulary.stemOf);
    expect(scoreCandidate(dump, [null], 1, 0, 0, traits)).not.toBeNull();
    expect(scoreCandidate(dump, [null], 1, 0, 0, reachBackTraits(traits))).toBeNull();
  });
});

describe('thanks to whoever answered', () => {
  it('should score thanks to the commenter who answered this author, even further up', () => {
    const dump = dumpOf(
      ['Pat', 'How do I tell a lead pipe from copper?'],
      ['Amal', 'Scratch it with a key: lead turns shiny.'],
      ['Jo', 'The stormwater fee is going up too.'],
      ['Pat', 'Thank you, that worked. Calling the utility tomorrow.'],
    );
    const reply = dump.comments[3];
    if (reply === undefined) throw new Error('no reply');
    const guesses = [null, { parentIndex: 0, confidence: 0.7, reason: '' }, null];
    const hit = scoreCandidate(
      dump,
      guesses,
      3,
      1,
      2,
      reachBackTraits(replyTraits(reply, dump.vocabulary.stemOf)),
    );
    expect(hit?.hits[0]?.reason).toBe('thanks Amal, who answered them');
  });
});

describe('talk about the comment section', () => {
  it('should not take a comment about the thread for an echo of the words it shares', () => {
    const dump = dumpOf(
      ['Wendy', "That's on the council, not the engineer. She did her job."],
      ['Pilar', 'This thread has more civil engineers per square inch than the council chamber.'],
    );
    const reply = dump.comments[1];
    if (reply === undefined) throw new Error('no reply');
    expect(
      scoreCandidate(dump, [null], 1, 0, 0, replyTraits(reply, dump.vocabulary.stemOf)),
    ).toBeNull();
  });

  it('should not read a remark on the page as the next turn of an exchange', () => {
    const dump = dumpOf(
      ['Ines', 'Who fixed your boiler? Ours is making that knocking noise again.'],
      ['Omar', 'Harbor Heating. Ask for Deb, she is quick.'],
      ['Ines', 'Thank you! Calling them Monday.'],
      ['Omar', 'Nice to see a comment section where people help each other out.'],
    );
    const reply = dump.comments[3];
    if (reply === undefined) throw new Error('no reply');
    const guesses = [
      null,
      { parentIndex: 0, confidence: 0.7, reason: '' },
      { parentIndex: 1, confidence: 0.9, reason: '' },
    ];
    expect(
      scoreCandidate(dump, guesses, 3, 2, 0, replyTraits(reply, dump.vocabulary.stemOf)),
    ).toBeNull();
  });
});

describe('shared words far up the page', () => {
  const filler: [string, string][] = Array.from({ length: 4 }, (_, k) => [
    `Reader ${String(k)}`,
    `Unrelated remark number ${String(k)} on lunches.`,
  ]);
  const echoScore = (between: [string, string][]) => {
    const dump = dumpOf(['Lia', 'The aqueduct inspectors found cracks last spring.'], ...between, [
      'Max',
      'Those aqueduct cracks worry me.',
    ]);
    const i = between.length + 1;
    const reply = dump.comments[i];
    if (reply === undefined) throw new Error('no reply');
    return (
      scoreCandidate(dump, [], i, 0, 0, replyTraits(reply, dump.vocabulary.stemOf))?.score ?? 0
    );
  };

  it('should not read a remark on the page as an answer, nor a name it passes as a turn', () => {
    const dump = dumpOf(
      ['Earl Whitacre', 'Follow the money. The fund sells in ten years.'],
      ['Frank Deluca', 'Has anybody actually shown house values drop?'],
      [
        'Doug Feeney',
        "Whoever runs the comment section: mine got held for review and Earl's went straight through.",
      ],
    );
    const reply = dump.comments[2];
    if (reply === undefined) throw new Error('no reply');
    const traits = replyTraits(reply, dump.vocabulary.stemOf);
    expect(scoreCandidate(dump, [null, null], 2, 1, 1, traits)).toBeNull();
    expect(scoreCandidate(dump, [null, null], 2, 0, 0, traits)).toBeNull();
  });

  it('should not read a remark on the subject as the answer to a question about the page', () => {
    const dump = dumpOf(
      ['Ann', 'Why do comments on this site show newest-first on my phone?'],
      ['Ray', "Nobody's calling the crews rude. We want the gates."],
    );
    const reply = dump.comments[1];
    if (reply === undefined) throw new Error('no reply');
    const s = scoreCandidate(dump, [null], 1, 0, 0, replyTraits(reply, dump.vocabulary.stemOf));
    expect(s?.hits.map((h) => h.reason) ?? []).not.toContain("answers Ann's question");
  });

  it('should not read a few words as the answer to a question far up the thread', () => {
    const asked = dumpOf(['Gloria', 'Who comes now?'], ...filler, ...filler, ...filler, ...filler, [
      'Yolanda',
      'Lots of coffee.',
    ]);
    const i = asked.comments.length - 1;
    const reply = asked.comments[i];
    if (reply === undefined) throw new Error('no reply');
    const traits = replyTraits(reply, asked.vocabulary.stemOf);
    expect(scoreCandidate(asked, [], i, 0, 0, traits)).toBeNull();
    const near = dumpOf(['Gloria', 'Who comes now?'], ['Yolanda', 'Lots of coffee.']);
    const r = near.comments[1];
    if (r === undefined) throw new Error('no reply');
    expect(
      scoreCandidate(near, [], 1, 0, 0, replyTraits(r, near.vocabulary.stemOf)),
    ).not.toBeNull();
  });

  it('should count bare shared words for less when a long comment closes on a question of its own', () => {
    const scoreUnder = (body: string) => {
      const dump = dumpOf(
        ['Lia', 'The aqueduct inspectors found cracks last spring, and nobody told the farms.'],
        ['Max', body],
      );
      const reply = dump.comments[1];
      if (reply === undefined) throw new Error('no reply');
      return (
        scoreCandidate(dump, [null], 1, 0, 1, replyTraits(reply, dump.vocabulary.stemOf))?.score ??
        0
      );
    };
    const story =
      'Our orchard sits right below the aqueduct, and this week the foreman found fresh cracks in the culvert that drains under our lower field. We irrigate forty acres from that ditch and have two crews working there daily';
    const asking = scoreUnder(
      `${story}. Does the water district fix culverts on farmland, or is that ours?`,
    );
    const telling = scoreUnder(`${story}, so the district had better fix those culverts soon.`);
    expect(asking).toBeGreaterThan(0);
    expect(asking).toBeLessThan(telling);
  });

  it('should count bare shared words for less once the comment is more than three up', () => {
    const near = echoScore(filler.slice(0, 2));
    const far = echoScore(filler);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(near);
  });
});

describe('answering back in an exchange', () => {
  const lines: [string, string][] = [
    ['Joe', 'Drivers are the real shortage on these routes.'],
    ['Lena', 'My neighbor drives and says they are short eleven already.'],
  ];
  const filler: [string, string][] = Array.from({ length: 6 }, (_, k) => [
    `Reader ${String(k)}`,
    `Unrelated remark number ${String(k)} on lunches.`,
  ]);
  const guesses = [
    null,
    { parentIndex: 0, confidence: 0.9, reason: '' },
    ...filler.map(() => null),
  ];

  it('should count answering back while the exchange is near', () => {
    const dump = dumpOf(...lines, ['Joe', 'Agreed on the numbers.']);
    const reply = dump.comments[2];
    if (reply === undefined) throw new Error('no reply');
    const s = scoreCandidate(dump, guesses, 2, 1, 0, replyTraits(reply, dump.vocabulary.stemOf));
    expect(s?.hits.map((h) => h.reason)).toContain('answers Lena back in their exchange');
  });

  it('should not count answering back once the exchange is far up the page', () => {
    const dump = dumpOf(...lines, ...filler, ['Joe', 'Agreed on the numbers.']);
    const i = lines.length + filler.length;
    const reply = dump.comments[i];
    if (reply === undefined) throw new Error('no reply');
    expect(
      scoreCandidate(dump, guesses, i, 1, 0, replyTraits(reply, dump.vocabulary.stemOf)),
    ).toBeNull();
  });

  it('should weigh the answer back to whoever spoke to the author by name across a new subject', () => {
    const dump = dumpOf(
      ['Joe', 'Drivers are the real shortage on these routes.'],
      ['Lena', 'Joe, my neighbor drives and says they are short eleven already.'],
      ['Reader', 'The new buses still have no bike racks.'],
      ['Joe', 'Eleven is more than I thought.'],
    );
    const reply = dump.comments[3];
    if (reply === undefined) throw new Error('no reply');
    const traits = replyTraits(reply, dump.vocabulary.stemOf);
    const across = scoreCandidate(dump, guesses, 3, 1, 2, traits);
    expect(across?.hits[0]?.reason).toBe('answers Lena back, who spoke to them by name');
    expect(across?.score).toBeGreaterThan(0.85);
    // Inside the thread the comments between are the conversation: the usual exchange weight.
    expect(scoreCandidate(dump, guesses, 3, 1, 0, traits)?.score).toBeLessThan(0.85);
  });
});

describe('a question with another conversation between', () => {
  it('should still be the question the reply answers', () => {
    const dump = dumpOf(
      ['Ana', 'The depot is closing in May.'],
      ['Ida', 'Who decides which routes get cut first?'],
      ['Ben', 'Ana, the depot has been half empty for years.'],
      ['Lu', 'The transit board votes on the list at its meeting in April.'],
    );
    const reply = dump.comments[3];
    if (reply === undefined) throw new Error('no reply');
    const traits = replyTraits(reply, dump.vocabulary.stemOf);
    const across = [null, null, { parentIndex: 0, confidence: 0.9, reason: '' }, null];
    expect(scoreCandidate(dump, across, 3, 1, 1, traits)?.hits[0]?.reason).toBe(
      "answers Ida's question",
    );
    const answered = [null, null, { parentIndex: 1, confidence: 0.9, reason: '' }, null];
    expect(scoreCandidate(dump, answered, 3, 1, 1, traits)).toBeNull();
  });

  it('should still be the question the reply answers with a new subject between', () => {
    const dump = dumpOf(
      ['Amos', 'Our farm is split by the rail bed. Will there be gates?'],
      ['Deb', 'Comments to the state are due July 15. Send letters, not emails.'],
      ['Lou', 'There will be swing gates at every farm crossing.'],
    );
    const reply = dump.comments[2];
    if (reply === undefined) throw new Error('no reply');
    const traits = replyTraits(reply, dump.vocabulary.stemOf);
    expect(
      scoreCandidate(dump, [null, null], 2, 0, 1, traits)?.hits.map((h) => h.reason),
    ).toContain("answers Amos's question");
  });
});

describe('a question put in a reply to someone else', () => {
  const guesses = [null, { parentIndex: 0, confidence: 0.9, reason: '' }, null];
  const score = (body: string) => {
    const dump = dumpOf(
      ['Ana', 'The depot is closing in May.'],
      ['Ida', 'Who decides which routes get cut first, the board?'],
      ['Lu', body],
    );
    const reply = dump.comments[2];
    if (reply === undefined) throw new Error('no reply');
    return scoreCandidate(dump, guesses, 2, 1, 0, replyTraits(reply, dump.vocabulary.stemOf));
  };

  it('should not take a bystander statement under it for its answer', () => {
    expect(score('We waited forty minutes in the snow yesterday at Main and Fifth.')).toBeNull();
  });

  it("should still take a bystander's answer-like opener for its answer", () => {
    expect(score('Nobody, apparently. It happens every spring.')?.hits[0]?.reason).toBe(
      "answers Ida's question",
    );
  });
});

describe('a why-question put to someone else by name', () => {
  const guesses = [null, { parentIndex: 0, confidence: 0.9, reason: '' }, null];
  const score = (body: string) => {
    const dump = dumpOf(
      ['Ana', 'The depot is closing in May.'],
      ['Ida', 'Ana, why was the depot never repaired?'],
      ['Lu', body],
    );
    const reply = dump.comments[2];
    if (reply === undefined) throw new Error('no reply');
    return scoreCandidate(dump, guesses, 2, 1, 0, replyTraits(reply, dump.vocabulary.stemOf));
  };

  it('should take a bystander\'s "Because…" right under it for its answer', () => {
    expect(score('Because the roof money went to the new garage instead.')?.hits[0]?.reason).toBe(
      "answers Ida's question",
    );
  });

  it('should leave it to whoever was asked otherwise', () => {
    expect(score('Nobody, apparently. It happens every spring.')).toBeNull();
  });
});

describe('a short reaction far below a comment that called on its writer', () => {
  it('should not take the reaction word for words taken up from that comment', () => {
    const dump = dumpOf(
      ['Ana', 'The depot is closing in May.'],
      ['Ben', 'Ana, that is exactly what the board wanted all along.'],
      ...Array.from({ length: 7 }, (_, k): [string, string] => [`F${k}`, `Filler remark ${k}.`]),
      ['Cy', 'The new schedule cuts the late boat.'],
      ['Ana', 'Exactly.'],
    );
    const i = dump.comments.length - 1;
    const reply = dump.comments[i];
    if (reply === undefined) throw new Error('no reply');
    const guesses = [null, { parentIndex: 0, confidence: 0.9, reason: '' }, ...Array(8).fill(null)];
    const traits = reachBackTraits(replyTraits(reply, dump.vocabulary.stemOf));
    const s = scoreCandidate(dump, guesses, i, 1, i - 1, { ...traits, short: true });
    expect(s?.hits.map((h) => h.reason)).not.toContain(
      'answers Ben back, who spoke to them by name',
    );
    expect(s?.score ?? 0).toBeLessThan(0.5);
  });
});

describe('a reply opening on a rare word of the comment right above', () => {
  it('should be read as taking that comment up, not as a new subject', () => {
    const dump = dumpOf(
      ['Ana', 'The ferry was late again this morning.'],
      ['Ben', 'Parking at the terminal is still a mess.'],
      ['Cy', 'The new schedule starts in June.'],
      ['Dee', 'Barnacles are not why the hull is slow.'],
      ['Eli', 'Barnacles add drag, and the yard report says so every spring.'],
    );
    const reply = dump.comments[4];
    if (reply === undefined) throw new Error('no reply');
    const traits = replyTraits(reply, dump.vocabulary.stemOf);
    expect(scoreCandidate(dump, [null, null, null, null], 4, 3, 3, traits)?.score).toBeGreaterThan(
      0.5,
    );
  });
});
