import { describe, expect, it } from 'vitest';
import { dumpWords } from '../../../src/core/stance/dump-words.ts';
import { FeatureIndex } from '../../../src/core/stance/feature-index.ts';
import type { LearnInput } from '../../../src/core/stance/stance-features.ts';

const neutral = (body: string): LearnInput => ({
  body,
  machine: { label: 'neutral', score: 0, cues: [] },
});

const thread = [
  neutral('Lifting sanctions now rewards them.'),
  neutral('Keep the banks sanctioned until they leave.'),
  neutral('More sanctions, tougher ones.'),
  neutral('Sanctioned oligarchs are laughing.'),
  neutral('Lunch was served at noon.'),
  neutral('The hotel was lovely.'),
];

function names(index: FeatureIndex, c: number): string[] {
  const x = index.vector(c, thread[c] as LearnInput, true);
  return x.ids.map((id) => index.names[id] ?? '');
}

describe('FeatureIndex', () => {
  it('should give the forms of a word one shared stem feature', () => {
    const index = new FeatureIndex(dumpWords(thread), 0.5);
    expect(names(index, 0)).toContain('sanc…');
    expect(names(index, 1)).toContain('sanc…');
  });

  it('should give no stem to a word under a negation or to a short word', () => {
    const index = new FeatureIndex(dumpWords([...thread, neutral('No sanctions, no lunch.')]), 0.5);
    const x = index.vector(6, neutral('No sanctions, no lunch.'), true);
    const shown = x.ids.map((id) => index.names[id]);
    expect(shown).toContain('not sanctions');
    expect(shown).not.toContain('sanc…');
  });
});
