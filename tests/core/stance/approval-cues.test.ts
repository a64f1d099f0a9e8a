import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('approval cues (plain approval phrased as sense, relief or a request)', () => {
  it('should read engagement called good sense as support, not any sense', () => {
    expect(cuesOf('Working with Moscow on nuclear safety makes perfect sense.')).toContain(
      'calls it good sense',
    );
    expect(labelOf('Trading grain with them again is just common sense.')).toBe('support');
    expect(cuesOf('It makes no sense to lift sanctions now.')).not.toContain('calls it good sense');
  });

  it('should read relief at seeing the talks as support', () => {
    expect(labelOf('Pleased to see the two delegations in Geneva.')).toBe('support');
    expect(cuesOf("I'm not glad to see this.")).not.toContain('glad to see it');
  });

  it('should read requests for more talking as support', () => {
    expect(labelOf('Yes to diplomacy, no to another arms race.')).toBe('support');
    expect(labelOf('Get both capitals back to the table.')).toBe('support');
    expect(cuesOf('A settlement is exactly what Europe needs.')).toContain('what is needed now');
  });

  it('should read dislike of the man beside support for the move as support', () => {
    const stance = classifyStance({
      body: 'You can despise the Kremlin and still want a deal that stops the shelling.',
    });
    expect(stance.label).toBe('support');
    expect(stance.cues).toContain('against the man, for the move');
  });

  it('should turn round the critics’ word when the critics are dismissed', () => {
    expect(labelOf('The collusion crowd will hate this, but the summit is sensible.')).toBe(
      'support',
    );
    expect(labelOf('Those who say dialogue achieves nothing forgot the 1987 treaty.')).toBe(
      'support',
    );
    expect(labelOf('Talks were called naive at the time, and they worked.')).toBe('support');
  });

  it('should read isolation praised in mockery, and talks that delivered, as support', () => {
    expect(labelOf('Brilliant strategy: zero contact with a nuclear power.')).toBe('support');
    expect(labelOf('Nuclear arms control only works when both capitals talk.')).toBe('support');
  });

  it('should leave plain statements on the same subjects neutral', () => {
    expect(labelOf('The summit starts at noon.')).toBe('neutral');
    expect(labelOf('Is the deal good?')).toBe('neutral');
    expect(labelOf('Is the space station still running?')).toBe('neutral');
  });

  it('should read credit given grudgingly as support', () => {
    const label = (body: string) => classifyStance({ body }).label;
    expect(label('Even a broken clock. Talking to Moscow is the one thing he gets right.')).toBe(
      'support',
    );
    expect(label("Can't stand Trump, but meeting Putin was a sensible move.")).toBe('support');
    expect(label('I hate to admit it, but the summit was smart.')).toBe('support');
  });

  it('should not read credit for someone else as credit for the talks', () => {
    const cues = classifyStance({ body: 'The one thing Putin got right was the timing.' }).cues;
    expect(cues).not.toContain('grudging credit');
  });
});
