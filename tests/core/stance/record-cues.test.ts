import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { RECORD_CUES } from '../../../src/core/stance/record-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Forty years of sabre-rattling and here we are.',
  'Each time Washington reaches out, Moscow grabs another province.',
  "They've been violating the missile treaty since 2014.",
  'The Kremlin never changes.',
  'It waits for us to look away.',
  'The embargo was finally starting to hurt.',
  'Every summit makes the Kremlin even stronger.',
];

describe('record cues (positions argued from what happened before)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      RECORD_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read years of hostility that changed nothing as support', () => {
    expect(labelOf('Decades of isolation and sanctions, and here we still are.')).toBe('support');
    expect(cuesOf('Thirty years of posturing achieved nothing for anyone.')).toContain(
      'hostility got us nowhere',
    );
  });

  it('should leave years of talks that achieved nothing, and a plain span of years, alone', () => {
    expect(cuesOf('Ten years of talks achieved nothing.')).not.toContain(
      'hostility got us nowhere',
    );
    expect(labelOf('Twenty years of sanctions data are in the appendix.')).toBe('neutral');
  });

  it('should read "every time we talk they take more" and an ongoing breach as oppose', () => {
    expect(
      labelOf('Whenever the West offers talks, the Kremlin takes more of its neighbours.'),
    ).toBe('oppose');
    expect(labelOf('Moscow has been ignoring the arms treaty for a decade. Sign another?')).toBe(
      'oppose',
    );
  });

  it('should leave a plain "every time" and a habit of reading treaties alone', () => {
    expect(labelOf('Every time I visit Riga the old town looks better.')).toBe('neutral');
    expect(cuesOf("They've been reading the treaty text all week.")).not.toContain(
      'has broken the treaty for years',
    );
  });

  it('should read a nature that never changes and a wait for our guard to drop as oppose', () => {
    expect(labelOf('Nice words in Geneva. Russia does not change.')).toBe('oppose');
    expect(labelOf('The regime is patient. It waits for the West to drop its guard.')).toBe(
      'oppose',
    );
  });

  it('should leave "doesn’t change anything" and a wait for a bus alone', () => {
    expect(cuesOf("Putin doesn't change the timetable of the summit.")).not.toContain(
      'their nature does not change',
    );
    expect(labelOf('The delegation waits for the bus to the airport.')).toBe('neutral');
  });

  it('should read relief as the sanctions begin to bite, and a stronger regime, as oppose', () => {
    expect(labelOf('Easing up now, just as the sanctions were beginning to bite? No.')).toBe(
      'oppose',
    );
    expect(labelOf('Every handshake abroad makes Putin stronger at home.')).toBe('oppose');
  });

  it('should leave sanctions that bite nobody yet and a stronger economy alone', () => {
    expect(cuesOf('Economists disagree on when sanctions bite.')).not.toContain(
      'the sanctions were starting to bite',
    );
    expect(labelOf('Cheap grain makes the bread stronger, the baker says.')).toBe('neutral');
  });
});
