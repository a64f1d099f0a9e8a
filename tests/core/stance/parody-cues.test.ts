import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { PARODY_CUES } from '../../../src/core/stance/parody-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'They agreed on a hotline. The horror!',
  'Lock him up for making peace.',
  'Dialogue. What an awful idea.',
  'Every phone call is collusion now.',
  'The Cold War was such fun.',
  'Genius plan, hawks.',
  'Not speaking would be what, smarter?',
  'Your alternative is war.',
  'No one has given away an inch.',
  'Surely the responsible course is to never call them.',
  'Neocons hardest hit.',
];

describe('parody cues (the critics of engagement parodied)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      PARODY_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read mock horror and mock outrage at talking as support', () => {
    expect(labelOf('Two navies agreed to share weather data. The horror.')).toBe('support');
    expect(labelOf('DIALOGUE. WHAT A HORRIBLE IDEA. LOCK THEM ALL UP FOR SPEAKING.')).toBe(
      'support',
    );
  });

  it('should leave a horror film and a thief locked up alone', () => {
    expect(cuesOf('The horror film at the festival was about a summit.')).not.toContain(
      'mock horror at the talks',
    );
    expect(labelOf('They locked him up for theft in 2012.')).toBe('neutral');
  });

  it('should read the critics’ hyperbole repeated, mock nostalgia and mock praise as support', () => {
    expect(labelOf('Sure, every meeting with a Russian diplomat is treason. Got it.')).toBe(
      'support',
    );
    expect(labelOf('Oh yes, the Cold War was so lovely. Bunkers for everyone.')).toBe('support');
    expect(labelOf('Cut every line to Moscow and hope. Brilliant plan, senators.')).toBe('support');
  });

  it('should leave a history lesson on the Cold War and a plan praised plainly alone', () => {
    expect(labelOf('The Cold War was a long and costly standoff, my textbook says.')).toBe(
      'neutral',
    );
    expect(cuesOf('Brilliant plan for the new library.')).not.toContain(
      'mock praise for the hawks',
    );
  });

  it('should read the critics’ alternative shown to be worse as support', () => {
    expect(labelOf('Two liars not talking is what, safer? Your alternative is worse.')).toBe(
      'support',
    );
  });

  it('should read the giveaway charge denied as support, past the word it answers', () => {
    expect(
      labelOf(
        'Chamberlain gave them a country. Nobody is giving away anything by sharing radar data.',
      ),
    ).toBe('support');
  });

  it('should leave an alternative route alone', () => {
    expect(cuesOf('The alternative route is longer.')).not.toContain('their alternative is worse');
  });

  it('should read refusal to talk recommended in mock earnest, or its loop, as support', () => {
    expect(
      labelOf('Obviously the smart move is to never pick up the phone and hope for the best.'),
    ).toBe('support');
    expect(labelOf('Refuse to negotiate, add tariffs, then wonder why nothing moves.')).toBe(
      'support',
    );
    expect(labelOf('Clearly the safe thing is to not swim after lunch.')).toBe('neutral');
  });

  it('should read the satirical headline of peace hitting the hawks as support', () => {
    expect(labelOf('Summit ends with a handshake. Arms makers hardest hit.')).toBe('support');
    expect(labelOf('Cable news braces for peace.')).toBe('support');
    expect(labelOf('Local bakeries hardest hit by flour prices.')).toBe('neutral');
  });

  it('should read mock praise of a plan from the critics as support', () => {
    expect(cuesOf('Brilliant strategy from the hawks: shout louder.')).toContain(
      'mock praise for the hawks',
    );
    expect(cuesOf('Brilliant strategy from the coach.')).not.toContain('mock praise for the hawks');
  });
});
