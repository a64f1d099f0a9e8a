import { describe, expect, it } from 'vitest';
import {
  answersBack,
  calledWithin,
  waitsOn,
} from '../../../../src/core/replies/cues/answers-back.ts';
import type { CueHit } from '../../../../src/core/replies/cues/cue-hit.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Bus Routes Redrawn', ...pairs);
const to = (parentIndex: number) => ({ parentIndex, confidence: 0.9, reason: '' });
const quiet: Parameters<typeof answersBack>[5] = { thanks: false, echoes: false, takesUp: false };

const hitsOf = (
  pairs: [string, string][],
  guesses: Parameters<typeof answersBack>[1],
  j: number,
  threadRoot: number,
  t = quiet,
): string[] => {
  const out: CueHit[] = [];
  answersBack(dumpOf(...pairs), guesses, pairs.length - 1, j, threadRoot, t, out);
  return out.map((h) => `${h.reason} ${String(h.score)}`);
};

describe('answersBack', () => {
  const exchange: [string, string][] = [
    ['Joe', 'Drivers are the real shortage on these routes.'],
    ['Lena', 'Joe, my neighbor drives and says they are short eleven.'],
    ['Kai', 'The new buses have no bike racks.'],
    ['Joe', 'Eleven is more than I thought.'],
  ];

  it('should weigh the answer back within the thread as an exchange', () => {
    expect(hitsOf(exchange, [null, to(0), null], 1, 0)).toEqual([
      'answers Lena back in their exchange 0.5',
    ]);
  });

  it('should weigh it higher past a new subject when the other called on them by name', () => {
    expect(hitsOf(exchange, [null, to(0), null], 1, 2)).toEqual([
      'answers Lena back, who spoke to them by name 0.9',
    ]);
  });

  it("should weigh it higher past a new subject when it takes up the other's words", () => {
    const pairs: [string, string][] = [
      ['Joe', 'Drivers are the real shortage on these routes.'],
      ['Lena', 'The depot lost its mechanics too, not only drivers.'],
      ['Kai', 'The new buses have no bike racks.'],
      ['Joe', 'Then hire the mechanics back before the drivers.'],
    ];
    const t = { thanks: false, echoes: true, takesUp: true };
    expect(hitsOf(pairs, [null, to(0), null], 1, 2, t)).toEqual([
      'answers Lena back, taking up their words 0.9',
    ]);
    expect(hitsOf(pairs, [null, to(0), null], 1, 2, { ...t, takesUp: false })).toEqual([
      'answers Lena back in their exchange 0.5',
    ]);
  });

  it('should weigh it higher past a new subject when the asker takes in the answer', () => {
    const pairs: [string, string][] = [
      ['Joe', 'How many drivers are they short?'],
      ['Lena', 'Eleven, per the union newsletter.'],
      ['Kai', 'The new buses have no bike racks.'],
      ['Joe', 'Yikes. No wonder the 14 never comes.'],
    ];
    expect(hitsOf(pairs, [null, to(0), null], 1, 2)).toEqual([
      'answers Lena back, reacting to their answer 0.9',
    ]);
  });

  describe('past the usual reach of an exchange', () => {
    const fillers: [string, string][] = Array.from({ length: 7 }, (_, k) => [
      `Reader ${String(k)}`,
      `Comment number ${String(k)} about parking downtown.`,
    ]);
    const called = (call: string, answer: string): [string, string][] => [
      ['Joe', 'Drivers are the real shortage on these routes.'],
      ['Lena', call],
      ...fillers,
      ['Joe', answer],
    ];
    const guesses = [null, to(0), ...fillers.map(() => null)];

    it('should answer back a question still waiting on them', () => {
      const pairs = called(
        'How many are they short, exactly?',
        'Eleven, per the union newsletter.',
      );
      expect(hitsOf(pairs, guesses, 1, 2)).toEqual(['answers Lena back, who asked them 0.9']);
    });

    it('should answer back a name only when the reply takes up its words', () => {
      const pairs = called('Joe, the mechanics left too.', 'The mechanics went to the airport.');
      expect(hitsOf(pairs, guesses, 1, 2)).toEqual([]);
      expect(hitsOf(pairs, guesses, 1, 2, { ...quiet, echoes: true })).toEqual([
        'answers Lena back, who spoke to them by name 0.9',
      ]);
    });

    it('should answer back a name when the reply gives ground, even in other words', () => {
      const pairs = called(
        'Joe, the county hired nine drivers in March.',
        'Point taken, I was going by the winter numbers.',
      );
      expect(hitsOf(pairs, guesses, 1, 2)).toEqual([
        'answers Lena back, who spoke to them by name 0.9',
      ]);
    });

    it('should not answer back when the reply opens with a question of its own', () => {
      const pairs = called('How many are they short, exactly?', 'Why does nobody fix the 14?');
      expect(hitsOf(pairs, guesses, 1, 2)).toEqual([]);
    });

    it('should leave a call alone once a later answer to them called on them too', () => {
      const pairs: [string, string][] = [...called('How many are they short?', 'Eleven.')];
      pairs[5] = ['Mo', 'Joe, did you ask the union?'];
      const later = [...guesses];
      later[5] = to(0);
      expect(hitsOf(pairs, later, 1, 2)).toEqual([]);
    });
  });

  describe("an answer far up the asker's own long thread", () => {
    const riders: [string, string][] = Array.from({ length: 8 }, (_, k) => [
      `Rider ${String(k)}`,
      `Remark ${String(k)} on the timetable.`,
    ]);
    const answered: [string, string][] = [
      ['Grace', 'What happens to the two depots? The town paid for them.'],
      ['Deb', 'The depots stay town property; the buses go to the county for a dollar each.'],
      ...riders,
    ];
    const guesses = [null, to(0), ...riders.map(() => to(0))];
    const t = { thanks: false, echoes: true, takesUp: true };

    it('should read the asker picking it up', () => {
      const pairs = [
        ...answered,
        ['Grace', 'A dollar each? Those buses were bought with bake sales.'],
      ] satisfies [string, string][];
      expect(hitsOf(pairs, guesses, 1, 0, t)).toEqual(['picks up the answer Deb gave them 0.9']);
    });

    it('should leave it to a call on the asker by name right above', () => {
      const pairs = [
        ...answered,
        ['Ned', 'Grace: nobody is selling the depots.'],
        ['Grace', 'A dollar each for the buses, though. Those were bought with bake sales.'],
      ] satisfies [string, string][];
      expect(hitsOf(pairs, [...guesses, null], 1, 0, t)).toEqual([]);
    });
  });

  it('should say nothing when the candidate answered someone else', () => {
    expect(hitsOf(exchange, [null, null, to(1)], 2, 0)).toEqual([]);
  });

  it('should count thanks to whoever answered', () => {
    expect(
      hitsOf(exchange, [null, to(0), null], 1, 0, { thanks: true, echoes: false, takesUp: false }),
    ).toContain('thanks Lena, who answered them 0.9');
  });

  it('should let a call by name reach further down than a question or a "you"', () => {
    const filler = (n: number): [string, string][] =>
      Array.from({ length: n }, (_, k): [string, string] => [`F${k}`, `Filler comment ${k}.`]);
    const called: [string, string][] = [
      ['Joe', 'Drivers are the real shortage on these routes.'],
      ['Lena', 'Joe, you always got the bus first because of the school.'],
      ...filler(24),
      ['Joe', 'That was the school bus route, not me.'],
    ];
    expect(calledWithin(dumpOf(...called), called.length - 1, 1)).toBe('name');
    const asked: [string, string][] = [
      ['Joe', 'Drivers are the real shortage on these routes.'],
      ['Lena', 'How many drivers are short, exactly?'],
      ...filler(24),
      ['Joe', 'Eleven, last I heard.'],
    ];
    expect(calledWithin(dumpOf(...asked), asked.length - 1, 1)).toBeNull();
    const late = [...called.slice(0, 2), ...filler(34), ...called.slice(-1)];
    expect(calledWithin(dumpOf(...late), late.length - 1, 1)).toBeNull();
  });

  it("should reach past the exchange for a first answer back taking up the partner's words", () => {
    const filler = Array.from({ length: 10 }, (_, k): [string, string] => [
      `F${k}`,
      `Remark ${k}.`,
    ]);
    const rebutted: [string, string][] = [
      ['Old', 'Back in the day you parked on the street and walked a few blocks.'],
      ['Pri', 'Chemo patients are not walking four blocks in January.'],
      ...filler,
      ['Old', 'My wife had chemo there and we walked. It is two blocks, not four.'],
    ];
    const guesses = [null, to(0), ...filler.map(() => null)];
    const i = rebutted.length - 1;
    const takesUp = { thanks: false, echoes: true, takesUp: true };
    expect(hitsOf(rebutted, guesses, 1, i - 1, takesUp)).toEqual([
      'answers Pri back, taking up their words 0.9',
    ]);
    expect(hitsOf(rebutted, guesses, 1, i - 1)).toEqual([]);
  });

  it("should take up the answer far above after the writer's own word to it, past new subjects", () => {
    const filler = Array.from({ length: 10 }, (_, k): [string, string] => [
      `F${k}`,
      `Remark ${k}.`,
    ]);
    const pairs: [string, string][] = [
      ['Old', 'Nobody walks from that lot.'],
      ['Pri', 'Old, my cousin parks there and says the shuttle is never full.'],
      ['Old', 'A shuttle. Of course. Thanks.'],
      ...filler,
      ['Old', "Still, I'd want the shuttle counts, not someone's cousin."],
    ];
    const guesses = [null, to(0), to(1), ...filler.map(() => null)];
    const i = pairs.length - 1;
    const takesUp = { thanks: false, echoes: true, takesUp: true };
    expect(hitsOf(pairs, guesses, 1, i - 1, takesUp)).toEqual([
      'answers Pri back, taking up their words 0.9',
    ]);
  });

  it('should not take a later comment of the one thanked, within the thread, for an answer back to the thanks', () => {
    const pairs: [string, string][] = [
      ['Ofc. Ruiz', 'I will answer questions about the new routes here today.'],
      ['Joe', 'Officer, will the 12 still stop at the clinic?'],
      ['Ofc. Ruiz', 'Yes, every half hour, same as now.'],
      ['Joe', 'Thanks, Officer. That is a relief.'],
      ['Kai', 'The new buses have no bike racks.'],
      ['Ofc. Ruiz', 'Racks are on order and go on in the spring.'],
    ];
    const guesses = [null, to(0), to(1), to(2), null];
    expect(hitsOf(pairs, guesses, 3, 0)).toEqual([]);
    const welcome: [string, string][] = [...pairs.slice(0, 4), ['Ofc. Ruiz', 'Any time.']];
    expect(hitsOf(welcome, guesses.slice(0, 4), 3, 0)).toEqual([
      'answers Joe back in their exchange 0.62',
    ]);
  });

  it('should not wait on a commenter whose next word, called by name, opens a voice of its own', () => {
    const pairs: [string, string][] = [
      ['Li', 'The lights in the north lot have been out since September.'],
      ['Dr. Okafor', 'Li, put in a facilities ticket for the north lot lights.'],
      ['Kay', 'The petition has 900 signatures.'],
      ['Li', 'Student perspective: we pay $180 a semester for permits in a far lot.'],
    ];
    expect(waitsOn(dumpOf(...pairs), [null, to(0), null], 3, 1, 'name', true)).toBe(false);
    const answer: [string, string][] = [...pairs.slice(0, 3), ['Li', 'Did that, no reply yet.']];
    expect(waitsOn(dumpOf(...answer), [null, to(0), null], 3, 1, 'name', true)).toBe(true);
  });
});

describe('answersBack, a short reaction by whoever was called on by name', () => {
  const pairs: [string, string][] = [
    ['Ivo', 'The ferry will never run on time.'],
    ['Dee', 'Ivo, the delays are the dock crew, not the boats.'],
    ['Ash', 'Dee, does the dock crew answer to the county?'],
    ['Ivo', 'Ha. Fair.'],
  ];
  const guesses = [null, to(0), to(1), null];

  it('should answer the call past a comment to someone else in the thread', () => {
    expect(hitsOf(pairs, guesses, 1, 0, { ...quiet, short: true })).toEqual([
      'answers Dee back, who spoke to them by name 0.9',
    ]);
  });

  it('should keep the usual exchange weight for a longer comment there', () => {
    expect(hitsOf(pairs, guesses, 1, 0)).toEqual(['answers Dee back in their exchange 0.5']);
  });
});

describe('answersBack, right under a call by name', () => {
  const call: [string, string][] = [
    ['Ivo', 'I used to stop at that diner every summer on the way to the lake.'],
    ['Dee', 'Ivo, if you are ever back this way, the diner is still two minutes off the exit.'],
  ];
  const guesses = [null, to(0)];

  it('should answer the call as surely as one far down', () => {
    const pairs: [string, string][] = [...call, ['Ivo', 'I will! The pie alone is worth it.']];
    expect(hitsOf(pairs, guesses, 1, 0)).toEqual([
      'answers Dee back, who spoke to them by name 0.9',
    ]);
  });

  it('should leave thanks there to say so themselves', () => {
    const pairs: [string, string][] = [...call, ['Ivo', 'Thanks, Dee! Good to know.']];
    expect(hitsOf(pairs, guesses, 1, 0, { ...quiet, thanks: true })).toEqual([
      'answers Dee back in their exchange 0.62',
      'thanks Dee, who answered them 0.9',
    ]);
  });

  it('should keep the usual weight for a reply opening with a question of its own', () => {
    const pairs: [string, string][] = [...call, ['Ivo', 'Is the rest stop closing for good?']];
    expect(hitsOf(pairs, guesses, 1, 0)).toEqual(['answers Dee back in their exchange 0.62']);
  });
});

describe('answersBack, the asker taking in the answer past the exchange', () => {
  const filler = Array.from({ length: 8 }, (_, k): [string, string] => [`F${k}`, `Remark ${k}.`]);
  const asked = (reply: string): [string, string][] => [
    ['Joe', 'Why not run the 14 every twenty minutes instead?'],
    ['Lena', 'The depot has eleven drivers for nineteen shifts.'],
    ...filler,
    ['Joe', reply],
  ];
  const guesses = [null, to(0), ...filler.map(() => null)];

  it('should read their first word since, reacting to it, as the answer back', () => {
    const pairs = asked('Fair enough. That sounds like a hiring problem more than a route one.');
    expect(hitsOf(pairs, guesses, 1, pairs.length - 2)).toEqual([
      'answers Lena back, reacting to their answer 0.9',
    ]);
  });

  it('should leave a later comment that takes in nothing alone', () => {
    const pairs = asked('The new shelters on Elm still have no roofs.');
    expect(hitsOf(pairs, guesses, 1, pairs.length - 2)).toEqual([]);
  });
});

describe('answersBack, thanks taken far down', () => {
  const filler = Array.from({ length: 8 }, (_, k): [string, string] => [`F${k}`, `Remark ${k}.`]);
  const thanked = (reply: string): [string, string][] => [
    ['Ana', 'My son has a stutter, and reading aloud in class is what finally helped him.'],
    ['Joe', 'Ana, I had never heard that. Thank you for sharing it.'],
    ...filler,
    ['Ana', reply],
  ];
  const guesses = [null, to(0), ...filler.map(() => null)];

  it("should read the thanked one's first word since, taking the thanks, as the answer back", () => {
    const pairs = thanked('Of course! Every kid needs a different way in.');
    expect(hitsOf(pairs, guesses, 1, 0)).toEqual(['answers Joe back, taking their thanks 0.9']);
  });

  it('should leave a later comment of theirs on something else alone', () => {
    const pairs = thanked('The library has a reading buddies program on Tuesdays.');
    expect(hitsOf(pairs, guesses, 1, 0)).toEqual([]);
  });
});

describe('answersBack, right under thanks that closed the exchange', () => {
  const pairs = (reply: string): [string, string][] => [
    ['Joe', 'Does the 14 still stop at the clinic?'],
    ['Lena', 'Joe, it stops there every half hour until six.'],
    ['Joe', 'Thanks. Half hourly seems thin to me, but fine.'],
    ['Lena', reply],
  ];
  const guesses = [null, to(0), to(1)];

  it('should weigh a turn that takes up nothing of the thanks less than one taking them', () => {
    expect(
      hitsOf(pairs('The detour story keeps going around and nobody says when.'), guesses, 2, 0),
    ).toEqual(['answers Joe back in their exchange 0.5']);
    expect(hitsOf(pairs('Any time! Glad the 14 works for you.'), guesses, 2, 0)).toEqual([
      'answers Joe back in their exchange 0.62',
    ]);
    expect(
      hitsOf(pairs('Half hourly is thin, agreed.'), guesses, 2, 0, { ...quiet, echoes: true }),
    ).toEqual(['answers Joe back in their exchange 0.62']);
  });
});
