import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('doubt cues (scepticism voiced as an idiom, an aside or a question)', () => {
  it('should read expecting nothing of the talks as oppose', () => {
    expect(labelOf("I won't be holding my breath for this summit.")).toBe('oppose');
    expect(labelOf("And we're expected to trust a man who jails his critics?")).toBe('oppose');
    expect(cuesOf('Good for whom? The Kremlin gets everything.')).toContain(
      'expects nothing of it',
    );
    expect(labelOf('Some negotiator.')).toBe('oppose');
    expect(cuesOf('This summit is a terrible idea.')).toContain('expects nothing of it');
  });

  it('should read secrecy and a president outmatched as oppose', () => {
    expect(labelOf('Why no interpreter notes? What are they trying to hide?')).toBe('oppose');
    expect(labelOf('Putin will chew him up in Geneva.')).toBe('oppose');
    expect(cuesOf('We are not negotiating from weakness.')).not.toContain('outmatched by Putin');
  });

  it('should read relief as money for the war, and truces as pauses, as oppose', () => {
    expect(labelOf("Lifting the oil sanctions will just fund Putin's army.")).toBe('oppose');
    expect(cuesOf("Putin's war chest is shrinking under sanctions, good.")).not.toContain(
      'funds the war',
    );
    expect(labelOf('Every truce in Donbas was used to regroup.')).toBe('oppose');
  });

  it('should read Moscow unchanged, Moscow delighted and an alarmed onlooker as oppose', () => {
    expect(labelOf("The Kremlin doesn't change.")).toBe('oppose');
    expect(labelOf('State TV in Moscow was gleeful about the call.')).toBe('oppose');
    expect(cuesOf('Watching our president flatter a dictator was sickening.')).toContain(
      'alarmed to watch it',
    );
  });

  it('should read the deal dismissed as making no difference as oppose', () => {
    const label = (body: string) => classifyStance({ body }).label;
    expect(label('The shelling goes on, ceasefire or not.')).toBe('oppose');
    expect(label('This summit will change nothing.')).toBe('oppose');
    expect(label("A piece of paper won't change a thing in Donbas.")).toBe('oppose');
  });

  it('should leave a question whether talks will happen alone', () => {
    const cues = classifyStance({ body: 'Will the talks go ahead or not?' }).cues;
    expect(cues).not.toContain('says it changes nothing');
  });
});
