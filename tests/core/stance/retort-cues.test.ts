import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { RETORT_CUES } from '../../../src/core/stance/retort-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'He smiles right before he invades.',
  'I trust the man about as far as I could spit.',
  'Nothing to see here.',
  'Move along, people.',
  "Why not give them Crimea officially while we're at it.",
  'Promises from the Kremlin always came right before the invasion.',
  'You could see the strings from orbit.',
  'The outcome was settled backstage.',
  "It's like watching kabuki.",
  'The truce is a pause for rearming.',
  'The deal lets the militias regroup.',
];

describe('retort cues (distrust and mockery in set turns of phrase)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      RETORT_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read "trust him as far as I can throw him" as oppose, and not count a negated one twice', () => {
    expect(labelOf('I trust both presidents about as far as I can throw a tank.')).toBe('oppose');
    expect(cuesOf("i don't trust them as far as i can throw them.")).not.toContain(
      'trusts them as far as he can throw them',
    );
  });

  it('should read a mock concession and a cover-up mocked as oppose', () => {
    expect(
      labelOf(
        "The summit went fine for them. Maybe gift them the Baltic ports while you're at it.",
      ),
    ).toBe('oppose');
    expect(
      labelOf('Secret meeting, no notes, no translators on our side. Nothing to see here!'),
    ).toBe('oppose');
  });

  it('should read smiles before the tanks, a staged show and a pause to rearm as oppose', () => {
    expect(
      labelOf('In my country the warm words from Moscow always came just before the tanks.'),
    ).toBe('oppose');
    expect(labelOf('The press conference was like watching a puppet show.')).toBe('oppose');
    expect(labelOf('This ceasefire is a breather for resupplying, nothing else.')).toBe('oppose');
  });

  it('should leave a remark about wrestling itself alone', () => {
    expect(cuesOf('pro wrestling is harder on the body than people think.')).not.toContain(
      'a staged show',
    );
  });

  it('should read the smile before it strikes as oppose, and not count a "dont trust … as far as" twice', () => {
    expect(labelOf('My grandmother said the Kremlin smiles most right before it strikes.')).toBe(
      'oppose',
    );
    expect(cuesOf('i dont trust them as far as i can throw them')).not.toContain(
      'trusts them as far as he can throw them',
    );
  });

  it('should leave a child who smiles before it sleeps alone', () => {
    expect(labelOf('The baby always smiles right before it sleeps.')).not.toBe('oppose');
  });
});
