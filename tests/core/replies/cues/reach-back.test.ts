import { describe, expect, it } from 'vitest';
import {
  answeredAuthor,
  mayAnswerBack,
  mayReachBack,
  namesAuthor,
  restatesAt,
  sharesRare,
} from '../../../../src/core/replies/cues/reach-back.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Ferry Fares Rise', ...pairs);

describe('mayReachBack', () => {
  it('should only let a name or a quotation reach past the current thread', () => {
    const dump = dumpOf(
      ['Lia', 'The boats are old.'],
      ['Max', 'Lia has a point.'],
      ['Noa', 'The fares are too high.'],
    );
    expect(mayReachBack(dump, 1, 0)).toBe(true);
    expect(mayReachBack(dump, 2, 0)).toBe(false);
  });
});

describe('mayReachBack, a namesake disowned', () => {
  it('should let the comment naming a namesake the writer disowns reach past the thread', () => {
    const dump = dumpOf(
      ['Lia', 'Captain Max Ortega runs the night boat now.'],
      ['Noa', 'The fares are too high.'],
      ['Max', 'Not that Max. I only ride the thing.'],
    );
    expect(mayReachBack(dump, 2, 0)).toBe(true);
    expect(mayReachBack(dump, 2, 1)).toBe(false);
  });
});

describe('answeredAuthor', () => {
  it('should tell whether a comment answered the author of a later one', () => {
    const dump = dumpOf(
      ['Pat', 'How do I tell a lead pipe from copper?'],
      ['Amal', 'Scratch it with a key: lead turns shiny.'],
      ['Jo', 'The stormwater fee is going up too.'],
      ['Pat', 'Thank you, that worked.'],
    );
    const guesses = [null, { parentIndex: 0, confidence: 0.7, reason: '' }, null];
    expect(answeredAuthor(dump, guesses, 3, 1)).toBe(true);
    expect(answeredAuthor(dump, guesses, 3, 2)).toBe(false);
  });
});

describe('namesAuthor', () => {
  it('should find the author\'s name, or their "my X" spoken of as "your X"', () => {
    const dump = dumpOf(
      ['Hope', 'My son skates in the grocery lot.'],
      ['Tina', 'Your son is welcome at the new park.'],
      ['Ray', 'Hope, bring him to the hearing.'],
      ['Kai', 'The lot is private property.'],
    );
    expect(namesAuthor(dump, 1, 0)).toBe(true);
    expect(namesAuthor(dump, 2, 0)).toBe(true);
    expect(namesAuthor(dump, 3, 0)).toBe(false);
  });

  it('should find a lower-case handle written whole anywhere in the reply', () => {
    const dump = dumpOf(
      ['kayak_kim2', 'The ramp floods every April.'],
      ['Tina', 'The new ramp is higher.'],
      ['Ray', 'As kayak_kim2 says, the old ramp floods.'],
      ['Kai', 'Every kayak ramp here floods.'],
    );
    expect(namesAuthor(dump, 2, 0)).toBe(true);
    expect(namesAuthor(dump, 3, 0)).toBe(false);
  });

  it('should find a lower-case handle that opens the reply, after thanks too', () => {
    const dump = dumpOf(
      ['Lia', 'Will the winter timetable cut the late boat?'],
      ['ferry_fan9', 'It keeps the late boat, but only on weekends.'],
      ['Noa', 'The car deck was half empty all summer.'],
      ['Lia', 'thanks ferry_fan9, I can live with weekends.'],
      ['Max', 'The deck crew told me the fan at the back is broken.'],
    );
    expect(namesAuthor(dump, 3, 1)).toBe(true);
    expect(namesAuthor(dump, 4, 1)).toBe(false);
  });
});

describe('restatesAt', () => {
  it('should tell an opening question that repeats an earlier comment', () => {
    const dump = dumpOf(
      ['Lia', 'The night boats will stop running in October.'],
      ['Max', 'The night boats will stop running in October? Says who?'],
      ['Noa', 'Why do the fares keep rising?'],
    );
    expect(restatesAt(dump, 1, 0)).toBe(true);
    expect(restatesAt(dump, 2, 0)).toBe(false);
  });
});

describe('sharesRare', () => {
  it('should tell whether two comments share a word few comments use', () => {
    const dump = dumpOf(
      ['Lia', 'Castellano voted against the new boats.'],
      ['Max', 'The boats are fine, the fares are not.'],
      ['Noa', 'Castellano again.'],
      ['Oli', 'The fares are too high.'],
      ['Pia', 'The fares went up twice.'],
      ['Rex', 'The fares pay for the crews.'],
      ['Sol', 'The fares are fair.'],
    );
    expect(sharesRare(dump, 2, 0)).toBe(true);
    expect(sharesRare(dump, 3, 1)).toBe(false);
  });
});

describe('mayAnswerBack', () => {
  const dump = dumpOf(
    ['Pat', 'Who runs the night boats now?'],
    ['Amal', 'Harborline, since the Castellano contract ended.'],
    ['Jo', 'The stormwater fee is going up too.'],
    ['Pat', 'Never heard of them.'],
  );
  const guesses = [null, { parentIndex: 0, confidence: 0.9, reason: '' }, null];

  it('should let the answer back reach whoever answered the author when nothing else draws it', () => {
    expect(mayAnswerBack(dump, guesses, 3, 1, false, false)).toBe(true);
    expect(mayAnswerBack(dump, guesses, 3, 1, false, true)).toBe(false);
    expect(mayAnswerBack(dump, guesses, 3, 1, true, true)).toBe(true);
  });

  it('should not let it reach a comment that answered someone else', () => {
    expect(mayAnswerBack(dump, guesses, 3, 2, false, false)).toBe(false);
  });

  it('should let it reach past a comment that draws it when the author was told "you" or asked by name', () => {
    const called = (answer: string) =>
      mayAnswerBack(
        dumpOf(
          ['Pat', 'The night boats run half empty.'],
          ['Amal', answer],
          ['Jo', 'Does the fee cover the ramps too?'],
          ['Pat', 'Sure, and they still lose money every winter.'],
        ),
        guesses,
        3,
        1,
        false,
        true,
      );
    expect(called('You only ride them in January, though.')).toBe(true);
    expect(called('Pat, have you counted them in July?')).toBe(true);
    expect(called('They fill up in July.')).toBe(false);
  });

  it('should let it reach past a comment that draws it when it takes up a rare word of theirs', () => {
    const dump = dumpOf(
      ['Pat', 'The night boats run half empty.'],
      ['Amal', 'Half empty because the turnstiles jam every evening.'],
      ['Jo', 'Does the fee cover the ramps too?'],
      ['Pat', 'Then fix the turnstiles first.'],
    );
    expect(mayAnswerBack(dump, guesses, 3, 1, false, true)).toBe(true);
  });

  it('should let it reach far past a comment that draws it when called by name and taken up in their words', () => {
    const between = Array.from(
      { length: 8 },
      (_, k) => [`Other${k}`, `The ramp on pier ${k} needs paint.`] as [string, string],
    );
    const far = (call: string) =>
      mayAnswerBack(
        dumpOf(['Pat', 'The night boats run half empty.'], ['Amal', call], ...between, [
          'Pat',
          'Okay, I looked at the ridership report. You are half right.',
        ]),
        [null, { parentIndex: 0, confidence: 0.9, reason: '' }],
        10,
        1,
        false,
        true,
      );
    expect(far('They fill up in July. Look at the ridership report, Pat.')).toBe(true);
    expect(far('They fill up in July, Pat.')).toBe(false);
  });
});

describe('mayAnswerBack, the asker taking in the answer far down', () => {
  const between = Array.from(
    { length: 8 },
    (_, k) => [`Other${k}`, `The ramp on pier ${k} needs paint.`] as [string, string],
  );
  const far = (reply: string) =>
    mayAnswerBack(
      dumpOf(
        ['Pat', 'Why not add a late boat on Fridays?'],
        ['Amal', 'The crews are capped at ten hours a shift by the union contract.'],
        ...between,
        ['Pat', reply],
      ),
      [null, { parentIndex: 0, confidence: 0.9, reason: '' }],
      10,
      1,
      false,
      false,
    );

  it('should let their first word since, reacting to it, reach it', () => {
    expect(far('Fair enough. Sounds like a staffing problem then.')).toBe(true);
  });

  it('should not let a later word that takes in nothing reach it', () => {
    expect(far('Sounds like a staffing problem then.')).toBe(false);
  });
});
