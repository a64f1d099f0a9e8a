import { describe, expect, it } from 'vitest';
import { asksAboutRare } from '../../../../src/core/replies/cues/asks-about-rare.ts';
import { dumpOf } from '../support/dump-of.ts';

const told: [string, string] = [
  'Ana',
  'The county has a Brightpath stipend for retraining, and the college runs the classes.',
];
const between: [string, string][] = [
  ['Ben', 'The mill paid well for forty years. This hurts.'],
  ['Cy', 'The union hall is collecting food for families this week.'],
];

describe('asksAboutRare', () => {
  it('should point a short opening question at the one comment that used two of its words', () => {
    const dump = dumpOf('Mill Closing Leaves 200 Out of Work', told, ...between, [
      'Dee',
      'Does the Brightpath stipend cover welding? We need welders badly.',
    ]);
    expect(asksAboutRare(dump, 3, 0)).toBe(true);
  });

  it('should not point a question taking up one such word, nor a statement taking up two', () => {
    const one = dumpOf('Mill Closing Leaves 200 Out of Work', told, ...between, [
      'Dee',
      'Is the union paying for any of it?',
    ]);
    expect(asksAboutRare(one, 3, 2)).toBe(false);
    const statement = dumpOf('Mill Closing Leaves 200 Out of Work', told, ...between, [
      'Dee',
      'The Brightpath stipend would not cover welding, I checked.',
    ]);
    expect(asksAboutRare(statement, 3, 0)).toBe(false);
  });

  it('should point a question giving back five of their words in a row beside one word only the two use', () => {
    const answer: [string, string] = [
      'Ana',
      'Tuition is frozen, so lab and Brightpath fees can still go up next term.',
    ];
    // Fees are everyone's subject: only "Brightpath" is the two's alone.
    const mill: [string, string] = ['Ben', 'The mill paid well for forty years. This hurts.'];
    const fees: [string, string] = ['Cy', 'The union hall fees went up again this week.'];
    const dump = dumpOf('Mill Closing Leaves 200 Out of Work', answer, mill, fees, [
      'Dee',
      'so Brightpath fees can still go up? that is the whole problem for us.',
    ]);
    expect(asksAboutRare(dump, 3, 0)).toBe(true);
    // The one word alone, without the run, is a shared subject.
    const loose = dumpOf('Mill Closing Leaves 200 Out of Work', answer, mill, fees, [
      'Dee',
      'Are Brightpath fees going up too? that is the whole problem for us.',
    ]);
    expect(asksAboutRare(loose, 3, 0)).toBe(false);
  });

  it('should not point at one of several comments using the words: a subject, not one voice', () => {
    const shared = dumpOf(
      'Mill Closing Leaves 200 Out of Work',
      told,
      ['Ben', 'My son got the Brightpath stipend last spring.'],
      ['Dee', 'Does the Brightpath stipend cover welding? We need welders badly.'],
    );
    expect(asksAboutRare(shared, 2, 0)).toBe(false);
  });
});
