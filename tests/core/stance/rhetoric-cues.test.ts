import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('rhetoric cues (questions and mock outrage with a plain lean)', () => {
  it('should read outrage at talking, acted out to mock it, as support', () => {
    const stance = classifyStance({ body: 'Heaven forbid two presidents speak on the phone.' });
    expect(stance.label).toBe('support');
    expect(stance.cues).toContain('mock outrage at talking');
    expect(labelOf('Why is meeting Moscow suddenly a scandal?')).toBe('support');
    expect(labelOf('Pundits are more worried about a phone call than about a war.')).toBe(
      'support',
    );
  });

  it('should read a question that answers itself for talking as support', () => {
    expect(cuesOf("What's the harm in a meeting?")).toContain('asks what the harm is');
    expect(labelOf('Who exactly is hurt by a truce?')).toBe('support');
  });

  it('should read trust in Putin’s word voiced to be disbelieved as oppose', () => {
    expect(cuesOf("And I'm sure he'll keep his word this time.")).toContain(
      'mock trust in his word',
    );
    expect(labelOf('Does anyone really think Moscow will honour this?')).toBe('oppose');
    expect(labelOf('Remind me how the last truce worked out?')).toBe('oppose');
  });

  it('should leave plain questions about the talks neutral', () => {
    expect(labelOf('How long did the last ceasefire hold, out of interest?')).toBe('neutral');
    expect(labelOf('Who is the Russian negotiator this time?')).toBe('neutral');
  });

  it('should read a question that insinuates a hidden bargain as oppose', () => {
    expect(cuesOf('I wonder what else they agreed to.')).toContain('suspects a side deal');
    expect(labelOf("What's in it for Putin, I wonder?")).toBe('oppose');
    expect(labelOf('What did Trump promise him behind closed doors?')).toBe('oppose');
    expect(cuesOf('There is surely a side deal on Syria.')).toContain('suspects a side deal');
    // Secrecy is 'something to hide' (doubt-cues.ts): one cue, not two.
    expect(cuesOf('A secret side deal, no doubt.')).not.toContain('suspects a side deal');
  });

  it('should leave a plain question about the talks alone', () => {
    expect(cuesOf('What else is on the agenda for Friday?')).not.toContain('suspects a side deal');
    expect(cuesOf('What is the price of oil today?')).not.toContain('suspects a side deal');
  });

  it('should read a defence of the talks dismissed as the Kremlin’s voice as oppose', () => {
    expect(labelOf("Sounds like you're trolling for Russia.")).toBe('oppose');
    expect(cuesOf('Straight out of the Kremlin talking points.')).toContain(
      'calls it Kremlin talking points',
    );
  });

  it('should leave the smear recited to refute it', () => {
    expect(cuesOf('Anyone who wants peace gets called a Kremlin troll.')).not.toContain(
      'calls it Kremlin talking points',
    );
  });

  it('should read outrage at talking mocked however long the object named', () => {
    expect(
      cuesOf('Why is talking to the Russians about fishing quotas suddenly treason?'),
    ).toContain('mock outrage at talking');
  });
});
