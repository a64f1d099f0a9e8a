import { describe, expect, it } from 'vitest';
import { detectSarcasm } from '../../../src/core/stance/sarcasm.ts';
import { splitSentences } from '../../../src/core/stance/tokenize.ts';

const detect = (text: string) => detectSarcasm(splitSentences(text));

describe('detectSarcasm', () => {
  it('should flag an exclamatory praise opener followed by more text', () => {
    const hit = detect('Great ideas! Put Iran on the border to make peace.');
    expect(hit?.cue).toBe('sarcasm: "Great ideas!"');
    expect([...(hit?.sentences ?? [])]).toEqual([0]);
  });

  it('should flag ironic set phrases wherever they are', () => {
    expect(detect('Two despots are on the case. What could go wrong?')?.sentences.has(1)).toBe(
      true,
    );
  });

  it('should leave sincere one-line praise alone', () => {
    expect(detect('This is fantastic.')).toBeNull();
    expect(detect('Great news for Europe.')).toBeNull();
  });
});
