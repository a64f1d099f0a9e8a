import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { setPhraseWords } from '../../../src/core/stance/set-phrases.ts';

const NONE: ReadonlySet<string> = new Set(['talks']);

describe('setPhraseWords', () => {
  it('should add the sentiment word of an exclamation, an aside or a hedge', () => {
    expect([...setPhraseWords('good lord, the summit ran long', NONE)]).toEqual(['talks', 'good']);
    expect(setPhraseWords('fun fact: the hotline was a teletype', NONE).has('fun')).toBe(true);
    expect(setPhraseWords('worst case you learn something', NONE).has('worst')).toBe(true);
    expect(setPhraseWords('best-case scenario they keep talking', NONE).has('best')).toBe(true);
  });

  it('should add "rewarding" where aggression is what is rewarded', () => {
    expect(setPhraseWords('rewarding the invasion with a summit', NONE).has('rewarding')).toBe(
      true,
    );
    expect(setPhraseWords('a rewarding visit to the museum', NONE)).toBe(NONE);
  });

  it('should hand back the same set when the sentence holds no set phrase', () => {
    expect(setPhraseWords('a good deal for both sides', NONE)).toBe(NONE);
  });
});

describe('set phrases in classifyStance', () => {
  it('should read no praise of the summit in an exclamation or an aside', () => {
    expect(
      classifyStance({ body: "Good lord, Putin's motorcade at the summit was enormous." }).label,
    ).toBe('neutral');
    expect(
      classifyStance({ body: 'Fun fact: the summit hotline was first a teletype link.' }).label,
    ).toBe('neutral');
    expect(
      classifyStance({ body: 'Rewarding the invasion of Georgia with a state visit. Unreal.' })
        .label,
    ).toBe('oppose');
  });
  it('should not read "take advantage", "not a chance" or "no thanks" as praise', () => {
    expect(setPhraseWords('they will take advantage of any pause.', NONE)).toContain('advantage');
    expect(setPhraseWords('a fair deal from them? not a chance.', NONE)).toContain('chance');
    expect(setPhraseWords('no thanks.', NONE)).toContain('thanks');
    expect(setPhraseWords('thanks to the talks, the port is open.', NONE)).not.toContain('thanks');
  });

  it('should not read "negotiate from strength" or "to save his life" as praise', () => {
    expect(setPhraseWords('you bargain from a position of strength.', NONE)).toContain('strength');
    expect(setPhraseWords('he could not tell the truth to save his life.', NONE)).toContain('save');
    expect(setPhraseWords('the strength of the ice is tested.', NONE)).toBe(NONE);
  });
});
