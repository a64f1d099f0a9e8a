import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferReplies } from '../../../src/core/replies/infer-replies.ts';
import type { FlatCommentInput } from '../../../src/core/replies/reply-guesser.ts';
import { parseFlat } from '../../../src/core/parse/parse-flat.ts';
import { articleTitled, flatComment } from '../support/reply-inputs.ts';

const article = articleTitled('Town Votes on a New Bridge');
const c = flatComment;
const parents = (list: FlatCommentInput[]) =>
  inferReplies(list, article).map((g) => (g === null ? null : g.parentIndex));

describe('inferReplies', () => {
  it('should tell its listener each comment in order as its parent is sought', () => {
    const list = [c('Ann', 'First.'), c('Bo', 'Ann, I agree.'), c('Cy', 'Something else.')];
    const told: number[] = [];
    const guesses = inferReplies(list, article, (i) => told.push(i));
    expect(told).toEqual([0, 1, 2]);
    expect(guesses).toEqual(inferReplies(list, article));
  });

  it('should let a surer answer further down take a question only weakly answered above', () => {
    const list = [
      c(
        'Ingrid',
        'Did the district ever look at moving fifth grade up to the middle school instead?',
      ),
      c('Doreen', 'Finally some numbers on paper. My granddaughter has 29 kids in her class.'),
      c('Mark', 'The bus schedule is the real problem nobody mentions.'),
      c('Kwame', 'Mark, the buses are run by the county, not the district.'),
      c('Lupe', 'Our street is split down the middle. Great.'),
      c(
        'Renee',
        'The committee looked at that in October. The middle school is full itself, so moving fifth grade up only moves the portables.',
      ),
    ];
    expect(parents(list)[1]).toBe(0);
    expect(parents(list)[5]).toBe(0);
  });

  it('should leave comments without cues at the top level', () => {
    expect(
      parents([
        c('Ann', 'The bridge will cost twice the estimate, as these projects always do.'),
        c('Bo', 'Traffic on the old bridge is the worst in the county at rush hour.'),
        c('Cy', 'The river crossing downstream would be cheaper to build and maintain.'),
      ]),
    ).toEqual([null, null, null]);
  });

  it('should attach a reply that names an earlier commenter, with a readable reason', () => {
    const g = inferReplies(
      [
        c('Ann', 'The bridge will cost twice the estimate.'),
        c('Bo', 'The ferry is slower but it works.'),
        c('Cy', 'Ann, the estimate already includes overruns.'),
      ],
      article,
    );
    expect(g[2]).toMatchObject({ parentIndex: 0 });
    expect(g[2]?.reason).toMatch(/^addresses Ann by name/);
    expect(g[2]?.confidence).toBeGreaterThan(0.8);
  });

  it('should keep a comment that quotes the article at the top level even after a question', () => {
    const quote = '"The bridge will open in 2027 at a cost of 40 million dollars," the mayor said.';
    expect(
      parents([
        c('Ann', 'Does anyone believe the mayor this time?'),
        c('Bo', `${quote}\n\nSure it will.`),
      ]),
    ).toEqual([null, null]);
  });

  it('should follow a back-and-forth between two commenters', () => {
    expect(
      parents([
        c('Dee', 'Has anyone here actually driven the detour?'),
        c('Eve', 'I remember it took me an hour.'),
        c('Dee', 'An hour each way is what everyone tells me.'),
      ]),
    ).toEqual([null, 0, 1]);
  });

  it('should start a new thread with a question that only shares a span of time', () => {
    expect(
      parents([
        c('Jo', 'The old bridge was shut for repairs last spring and again in the fall.'),
        c('Kai', 'Jo, they resurfaced it, and it took crews an hour or so each night.'),
        c('Lu', 'How will trucks get to the port? That is a four-hour detour.'),
      ]),
    ).toEqual([null, 0, null]);
  });

  it('should reopen a thread that echoing its first comment reaches back to', () => {
    const g = parents([
      c('Dr. Kofi Mensah', 'Gardens cut summer temperatures on the block by two degrees.'),
      c('Pat', 'Dr. Mensah, was that published anywhere?'),
      c('Dr. Kofi Mensah', "Pat, it's in the university's heat report, page 31."),
      c('Iris', 'Every story like this gets the same comments.'),
      c('Miles', 'The sale is final; the only open question is the fruit trees.'),
      c('Vikram', 'There were three public meetings about this lot.'),
      c('Lou', 'The developer owes the block a playground at least.'),
      c('Ines', 'My tomatoes will have to move to a balcony.'),
      c('Tom', 'Zoning should have protected this lot years ago.'),
      c('Grant', 'What Dr. Mensah said about degrees should be the headline.'),
      c('Hope', 'Is the university report online?'),
    ]);
    // Grant echoes the claim, not the answer to Pat; Hope then asks about the report in that thread.
    expect(g.slice(9)).toEqual([0, 2]);
  });

  it('should look past a remark about the page to the comment whose words a reply takes up', () => {
    const list = [
      c('Ann', 'The garage fee is steep, but the hospital lost money.'),
      c('Old', 'Back in the day you parked on the street and walked a few blocks.'),
      c('Kay', 'Why does every hospital story on this site go behind the paywall?'),
      c('Pri', 'Chemo patients are not hiking four blocks in January. Come on.'),
    ];
    expect(parents(list)).toEqual([null, null, null, 1]);
  });

  it('should read a reply opener past a remark about the page as going on with the comment before', () => {
    const list = [
      c('Ann', 'The bridge tolls should pay for the repairs, not the general fund.'),
      c('Bo', 'Ann, tolls on a two-lane bridge would back traffic up into downtown.'),
      c('Kay', 'Is it only me, or does this site log me out every few minutes?'),
      c('Pri', 'Then put the toll booth on the far side, past the last exit.'),
    ];
    expect(parents(list)).toEqual([null, 0, null, 1]);
  });

  it('should never pick the same author as parent', () => {
    expect(parents([c('Fay', 'Is it safe?'), c('Fay', 'No, it is not.')])).toEqual([null, null]);
  });

  it('should leave in-between comments top level when a later reply quotes an older one', () => {
    const g = inferReplies(
      [
        c('Gil', 'The toll plan punishes commuters who have no other route into the city.'),
        c('Hal', 'Property values near the ramp will fall, which nobody on the council mentions.'),
        c('Ida', '"punishes commuters who have no other route" is exactly right, Gil.'),
      ],
      article,
    );
    expect(g[2]?.parentIndex).toBe(0);
    expect(g[1]).toBeNull();
  });

  it('should reach far back for a reply that opens by quoting a comment', () => {
    const others = Array.from({ length: 12 }, (_, k) =>
      c(`P${k}`, `Topic number ${k} is about the ${['pool', 'zoo', 'dam', 'tram'][k % 4]} only.`),
    );
    const g = inferReplies(
      [
        c('Gil', 'The toll plan punishes commuters who have no other route into the city.'),
        ...others,
        c('Ida', '"Punishes commuters who have no other route." Exactly, and nobody asked them.'),
      ],
      article,
    );
    expect(g[13]?.parentIndex).toBe(0);
  });

  it('should reach far back for a named commenter, and keep that reply answerable', () => {
    const others = Array.from({ length: 8 }, (_, k) =>
      c(`P${k}`, `The ${k}th point is off topic.`),
    );
    const g = inferReplies(
      [
        c(
          'Wade Thornton',
          'The ferry carries nine hundred people a day, the bridge forty thousand.',
        ),
        ...others,
        c('Kay', 'The nine hundred people Wade mentions include every nurse on the night shift.'),
        c('Wade Thornton', 'Kay, fair point. I did not think of shift workers.'),
      ],
      article,
    );
    expect(g[9]?.parentIndex).toBe(0);
    expect(g[10]?.parentIndex).toBe(9);
  });

  it('should answer a question put to the author right above, even quoting the article', () => {
    expect(
      parents([
        c('Gus', 'Could a new owner reopen the maternity ward?'),
        c('Walt', 'Gus, Regional owns the building now. It would have to sell.'),
        c('Gus', 'Walt, then what did we merge for?'),
        c('Walt', 'The board\'s answer was "so the hospital stays open at all." I am not sure.'),
      ]),
    ).toEqual([null, 0, 1, 2]);
  });

  it('should reach a comment of the current thread that has left its window by name', () => {
    const thread = Array.from({ length: 32 }, (_, k) =>
      c(
        k % 2 === 0 ? 'Ivo' : 'Noor',
        k % 2 === 0 ? `Noor, point ${k} on the budget.` : `Ivo, reply ${k} on the budget.`,
      ),
    );
    const g = parents([
      c('Ann', 'The merger will close the maternity ward within a year.'),
      c('Becca', 'Ann, the ER at Dunmore turned into urgent care after their merger.'),
      c('Noor', 'Becca, and the budget? Ivo will know.'),
      ...thread,
      c('Luis', 'The point Becca made about Dunmore is the one the council should hear.'),
    ]);
    expect(g[1]).toBe(0);
    expect(g[35]).toBe(1);
  });

  it('should take "@X you said …" to the comment of X that said it', () => {
    expect(
      parents([
        c('Alma Reyes', 'I have asked staff to bring data on tickets issued outside school hours.'),
        c('Priya', 'Alma, can the public speak at that meeting?'),
        c('Alma Reyes', 'Yes, public comment is at the start.'),
        c(
          'Kim',
          '@Alma Reyes you said staff will bring data on tickets outside school hours. Will you vote?',
        ),
      ]),
    ).toEqual([null, 0, 1, 0]);
  });

  it('should send thanks back to whoever answered the author, past other threads', () => {
    const others = Array.from({ length: 8 }, (_, k) =>
      c(`P${k}`, `The ${k}th point is off topic.`),
    );
    const g = parents([
      c('Pat', 'Dr. Haddad, how do I tell a lead pipe from copper?'),
      c('Amal', 'Pat, scratch it with a key: lead turns shiny.'),
      ...others,
      c('Pat', 'Thank you, that worked. Calling the utility tomorrow.'),
    ]);
    expect(g[1]).toBe(0);
    expect(g[10]).toBe(1);
  });

  it('should not take two comments quoting the same outside text for a reply', () => {
    const g = inferReplies(
      [
        c('Gil', 'The mayor said "a toll is a fair price for a faster road" and I disagree.'),
        c('Hal', 'Property values near the ramp will fall, which nobody on the council mentions.'),
        c(
          'Ida',
          'Funny how "a toll is a fair price for a faster road" never applies to the mayor.',
        ),
      ],
      article,
    );
    expect(g[2]).toBeNull();
  });

  it('should read "You say … "agreed"" quoting words no commenter wrote as said to the writer', () => {
    const list = [
      c('Bea', 'The school groups sat in front of the prow for half an hour.'),
      c('Mek', 'Bea, fair, the school groups did. I mean everyone else.'),
      c('Hal', 'You say the town "agreed" to build it. The state forced it. Get the verb right.'),
    ];
    expect(parents(list)[2]).toBeNull();
    // The same reply quoting the comment above does answer it.
    const quoting = c('Hal', 'You say "everyone else" as if the groups did not count.');
    expect(parents([...list.slice(0, 2), quoting])[2]).toBe(1);
  });

  it('should let an opening question repeating an earlier comment reach it far back', () => {
    const others = Array.from({ length: 9 }, (_, k) =>
      c(`Reader ${String(k)}`, `A separate point number ${String(k)} about parking downtown.`),
    );
    const g = parents([
      c('Lani', 'A missionary in 1880 held the only medicine on the island.'),
      ...others,
      c('Odile', 'A missionary held the only medicine on the island? Source?'),
    ]);
    expect(g[others.length + 1]).toBe(0);
  });

  it('should give one guess per comment, parents always earlier, confidences in [0, 1]', () => {
    const list = [
      c('Ann', 'Is the bridge needed?'),
      c('Bo', 'Yes.'),
      c('Cy', 'Bo, why?'),
      c('Dee', 'Exactly.'),
      c('Eve', 'Something else entirely about the school budget, which is short again this year.'),
    ];
    const g = inferReplies(list, article);
    expect(g).toHaveLength(list.length);
    g.forEach((x, i) => {
      if (x === null) return;
      expect(x.parentIndex).toBeLessThan(i);
      expect(x.confidence).toBeGreaterThanOrEqual(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
      expect(x.reason.length).toBeGreaterThan(0);
    });
  });

  it('should handle an empty input and comments without author', () => {
    expect(inferReplies([], article)).toEqual([]);
    expect(
      parents([
        { author: null, rawLocation: null, body: 'Why?' },
        { author: null, rawLocation: null, body: 'No.' },
      ]),
    ).toEqual([null, 0]);
  });
});

// Small invented flat dumps beside the expected parent and reason of every comment.
// Regenerate with UPDATE=1 and review the diff.
describe('inferReplies on fixture dumps', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  const cases = readdirSync(dir).filter(
    (f) => /^replies-.+\.txt$/.test(f) && f !== 'replies-heldout.txt',
  );
  it.each(cases)('should match the expected replies of %s', (file) => {
    const parsed = parseFlat(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
    const { comments, article: meta } = parsed.value;
    const actual = inferReplies(comments, meta).map((g, index) => ({
      index,
      author: comments[index]?.author ?? null,
      parent: g === null ? null : g.parentIndex,
      confidence: g === null ? null : g.confidence,
      reason: g === null ? null : g.reason,
    }));
    const expectedFile = join(dir, file.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE === '1')
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

describe('inferReplies at scale', () => {
  it('should infer 50,000 synthetic comments in one linear pass (time logged, not asserted)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words =
      'bridge toll river council budget ferry traffic mayor estimate route commuters ramp vote tax school'.split(
        ' ',
      );
    const sentence = () =>
      Array.from({ length: 8 + rnd(12) }, () => words[rnd(words.length)]).join(' ') + '.';
    const list = Array.from({ length: 50_000 }, (_, i) => {
      const body = Array.from({ length: 1 + rnd(4) }, sentence).join(' ');
      const opener = rnd(6) === 0 ? `Reader${rnd(400)}, ` : rnd(8) === 0 ? 'Yes, ' : '';
      return c(`Reader${i % 997}`, `${opener}${body}${rnd(5) === 0 ? ' Why?' : ''}`);
    });
    const chars = list.reduce((n, x) => n + x.body.length, 0);
    const t0 = performance.now();
    const g = inferReplies(list, article);
    const ms = performance.now() - t0;
    console.log(
      `inferReplies: 50000 comments (${(chars / 1e6).toFixed(1)} MB of text) in ${ms.toFixed(0)} ms`,
    );
    expect(g).toHaveLength(50_000);
    expect(g.every((x, i) => x === null || x.parentIndex < i)).toBe(true);
  }, 120_000);
});

describe('inferReplies, an opening quotation far up the page', () => {
  it('should find the comment an opening quotation repeats, fifty comments up', () => {
    const topics = ['parking', 'lighting', 'the budget', 'the trees', 'the noise'];
    const filler = Array.from({ length: 50 }, (_, k) =>
      c(
        `Reader${k}`,
        `Comment number ${k} is about ${topics[k % 5] ?? ''} and nothing else today.`,
      ),
    );
    const list = [
      c(
        'Margaret',
        'Posted in the lobby of the building they are closing. Wonderful, just wonderful.',
      ),
      ...filler,
      c('Marisol', '"Posted in the lobby of the building they are closing" should be read aloud.'),
    ];
    expect(parents(list).at(-1)).toBe(0);
  });
});

describe('inferReplies, answers back across a new subject', () => {
  it('should take an answer back to whoever spoke by name across a new subject, keeping it top level', () => {
    expect(
      parents([
        c('Ann', 'The bridge will cost twice the estimate, as these projects always do.'),
        c('Bo', 'Ann, the estimate already includes a contingency for overruns.'),
        c('Cy', 'The ferry schedule is the bigger problem for commuters.'),
        c('Ann', 'A contingency of five percent is nothing.'),
        c('Di', 'Overruns on projects like these always land on the riders.'),
      ]),
    ).toEqual([null, 0, null, 1, null]);
  });
});

describe('inferReplies, an opening @name far up the page', () => {
  it('should reach as far as an opening quotation does', () => {
    const filler = Array.from({ length: 50 }, (_, k) =>
      c(`Reader ${String(k)}`, `Remark number ${String(k)} about the toll plaza.`),
    );
    const list = [
      c('Rajesh Iyer', 'The load survey in the appendix shows the deck is fine.'),
      ...filler,
      c('Faith', '@Rajesh Iyer do you have a link for that survey?'),
    ];
    expect(parents(list).at(-1)).toBe(0);
  });
});

describe('inferReplies, a new subject opened right above', () => {
  it('should let the words of a reply still answer the comment before it', () => {
    expect(
      parents([
        c('Ann', 'The bridge will cost twice the estimate, as these projects always do.'),
        c('Bo', 'Part of it comes from a federal culvert grant, per the minutes.'),
        c('Cy', 'The ferry schedule is the bigger problem for commuters.'),
        c('Di', 'Source on the culvert grant?'),
        c('Ed', 'Has anyone priced the toll the county proposed?'),
      ]),
    ).toEqual([null, null, null, 1, null]);
  });
});

describe('inferReplies, an asker coming back to the answer', () => {
  it('should find the answer they got however long the page took in between', () => {
    const filler = Array.from({ length: 12 }, (_, k) =>
      c(`Reader ${String(k)}`, `Remark number ${String(k)} about the toll plaza.`),
    );
    const list = [
      c('Ola', 'Who voted against the bridge bond?'),
      c('Pim', 'Castellano and one other member, at the May meeting.'),
      ...filler,
      c('Ola', 'Castellano again. Figures.'),
    ];
    expect(parents(list).at(-1)).toBe(1);
  });
});

describe('inferReplies, pages written in time order', () => {
  it('should take a yes to an open yes/no question a few comments up over the statement above', () => {
    expect(
      parents([
        c('Ann', 'Will the county hold a hearing before the vote? I work days.'),
        c('Bo', 'The bridge will cost twice the estimate, as these projects always do.'),
        c('Cy', 'Bo, the estimate already has a contingency line in it.'),
        c('Di', 'Yes, it is set for the evening of the 14th at the library.'),
      ]).at(-1),
    ).toBe(0);
  });

  it('should give a "you" taking up the words of the comment before a new subject to its writer', () => {
    expect(
      parents([
        c('Ann', 'A toll lottery for residents would have been fair to everyone.'),
        c('Bo', 'The ferry schedule is the bigger problem for commuters downtown.'),
        c('Cy', "A toll lottery would suit me too, honestly. You're not the problem here."),
      ]),
    ).toEqual([null, null, 0]);
  });

  it('should give a "you" taking up words from before a new subject to their writer, over the reply above', () => {
    expect(
      parents([
        c(
          'Ann',
          'Routing a ferry is harder than it looks. The planners are not the problem. The timetables were.',
        ),
        c('Bo', 'Councilwoman Kim Adler signed the toll contract in May and now acts shocked.'),
        c(
          'Kim',
          'Bo, I am not that Kim. Different person entirely. I agree about the contract though.',
        ),
        c(
          'Cy',
          'You are describing the job. If the timetables were bad, somebody should have said so before billing us.',
        ),
      ]).at(-1),
    ).toBe(0);
  });

  it('should reach three up for a "you" taking up words no comment since shares', () => {
    expect(
      parents([
        c(
          'Ann',
          'Home appraisals will drop now, and not just near the bridge. Enjoy your smaller appraisal.',
        ),
        c('Bo', 'Is the ferry still running on Sundays?'),
        c('Di', 'The council finally decided something, at least.'),
        c(
          'Ed',
          'Smaller appraisals are the first good news for young buyers in years. You say that like a threat.',
        ),
      ]).at(-1),
    ).toBe(0);
  });

  it('should find the earlier comment a name takes up, however far up the page', () => {
    const filler = Array.from({ length: 44 }, (_, k) =>
      c(`Reader ${String(k)}`, `Remark number ${String(k)} about the toll plaza.`),
    );
    const list = [
      c('river_rat_7', 'The overnight closures hit the night-shift nurses hardest.'),
      ...filler,
      c('river_rat_7', 'Parking at the plaza is fine most days.'),
      c('Ola', 'river_rat_7, the overnight closures are my whole commute.'),
    ];
    expect(parents(list).at(-1)).toBe(0);
  });
});
