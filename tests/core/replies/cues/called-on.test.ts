import { describe, expect, it } from 'vitest';
import { calledOn } from '../../../../src/core/replies/cues/called-on.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Library Hours Cut', ...pairs);

describe('calledOn', () => {
  it('should tell when a comment spoke to the author of a later one by name', () => {
    const dump = dumpOf(
      ['Otto', 'Evening hours matter most to students.'],
      ['Greta', 'Otto, name one student who goes after eight.'],
      ['Ines', 'The branch on Elm closes at six already.'],
      ['Otto', 'My nephew, every Tuesday.'],
    );
    expect(calledOn(dump, 3, 1)).toBe('name');
    expect(calledOn(dump, 3, 2)).toBeNull();
  });

  it('should count an opening @name and a name set off at the end', () => {
    const dump = dumpOf(
      ['Pia', 'The cuts fall on the east side again.'],
      ['Ravi', '@Pia the east branch had the fewest visits.'],
      ['Sol', 'Fewest visits because it opens late, Pia.'],
      ['Pia', 'Visits fell after the hours were cut.'],
    );
    expect(calledOn(dump, 3, 1)).toBe('name');
    expect(calledOn(dump, 3, 2)).toBe('name');
  });

  it('should tell when a comment told the author something in the second person', () => {
    const dump = dumpOf(
      ['Otto', 'Evening hours matter most to students.'],
      ['Greta', 'You never went after eight yourself, though.'],
      ['Ines', 'The branch on Elm closes at six already.'],
      ['Otto', 'It was, until 2019.'],
    );
    expect(calledOn(dump, 3, 1)).toBe('you');
  });

  it('should count a question opening a short answer to them, not one opening a long argument', () => {
    const ask = (second: string) =>
      calledOn(
        dumpOf(
          ['Otto', 'Evening hours matter most to students.'],
          ['Greta', `And how many of them come after eight? ${second}`],
          ['Ines', 'The branch on Elm closes at six already.'],
          ['Otto', 'Forty a night, per the desk log.'],
        ),
        3,
        1,
      );
    expect(ask("I'd bet you can't count them.")).toBe('question');
    expect(
      ask(
        'The county cut hours across the system in 2019, and every branch lost evening staff first, so the numbers after that mean nothing at all about what students want or need from the library.',
      ),
    ).toBeNull();
  });

  it('should not count it once the author has written again since', () => {
    const dump = dumpOf(
      ['Otto', 'Evening hours matter most to students.'],
      ['Greta', 'Otto, name one student who goes after eight.'],
      ['Otto', 'The survey asked only daytime visitors.'],
      ['Otto', 'And the study rooms fill up by seven.'],
    );
    expect(calledOn(dump, 3, 1)).toBeNull();
  });

  it('should not count a mere mention of the author', () => {
    const dump = dumpOf(
      ['Otto', 'Evening hours matter most to students.'],
      ['Greta', 'I think Otto overrates the evening crowd.'],
      ['Otto', 'I count them every week.'],
    );
    expect(calledOn(dump, 2, 1)).toBeNull();
  });

  it('should tell when a comment left a question open to the author', () => {
    const dump = dumpOf(
      ['Otto', 'The branch only closed because a developer wants the lot.'],
      ['Greta', 'Source?'],
      ['Ines', 'The Elm branch closes at six already.'],
      ['Otto', 'No source, just what happened to the fire hall.'],
    );
    expect(calledOn(dump, 3, 1)).toBe('question');
  });
});
