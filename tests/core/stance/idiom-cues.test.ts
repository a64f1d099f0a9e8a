import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('idiom cues (stock phrases that take a side without naming it)', () => {
  it('should read the folk wisdom of distrust as oppose', () => {
    expect(cuesOf('Two crooks shaking hands. Count your fingers afterwards.')).toContain(
      'folk wisdom of distrust',
    );
    expect(labelOf('When a man is that eager to be friends, check your wallet.')).toBe('oppose');
    expect(labelOf('Lie down with dogs, get up with fleas.')).toBe('oppose');
    expect(labelOf('It is about pipelines for their pals. Follow the money.')).toBe('oppose');
    expect(labelOf('The fox and the chickens announce a partnership.')).toBe('oppose');
    expect(labelOf('Give it two weeks.')).toBe('oppose');
  });

  it('should read making a start and preferring talk to fighting as support', () => {
    expect(cuesOf("Small, but you've got to start somewhere.")).toContain('a start worth making');
    expect(labelOf('Better than the alternative.')).toBe('support');
    expect(labelOf("I'll take diplomats arguing over a table over another deployment.")).toBe(
      'support',
    );
    expect(labelOf('Fewer warheads aimed at my kids. Sign it.')).toBe('support');
    expect(labelOf('That is no reason to stop. Keep at it.')).toBe('support');
  });

  it('should not read the same words in their everyday senses', () => {
    expect(cuesOf("It's not like this is the first summit.")).toEqual([]);
    expect(cuesOf('I keep my wallet in my coat.')).toEqual([]);
    expect(cuesOf('The fox ran off with a glove.')).toEqual([]);
  });

  it('should read money insinuated as oppose, and slang cheering as support', () => {
    expect(cuesOf('Look at who has been funding his campaigns.')).toContain(
      'folk wisdom of distrust',
    );
    expect(labelOf("A joint Mars probe? Let 'em cook.")).toBe('support');
  });

  it('should read a pragmatist’s "beats" before an adverb and the fighting word', () => {
    expect(cuesOf('Coordinating patrols beats accidentally shooting at each other.')).toContain(
      'a start worth making',
    );
    expect(cuesOf('A quiet walk beats nervously scrolling the news.')).not.toContain(
      'a start worth making',
    );
  });
});
