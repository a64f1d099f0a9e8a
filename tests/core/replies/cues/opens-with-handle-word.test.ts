import { describe, expect, it } from 'vitest';
import { opensWithHandleWord } from '../../../../src/core/replies/cues/opens-with-handle-word.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const opens = (body: string, word: string): boolean =>
  opensWithHandleWord(prepareComment('Reader', body), word);

describe('opensWithHandleWord', () => {
  it("should find a handle's word opening the reply, or right after a greeting", () => {
    expect(opens('jim, the map is wrong.', 'jim')).toBe(true);
    expect(opens('Thanks jim, that helps.', 'jim')).toBe(true);
  });

  it('should not find it further into the reply', () => {
    expect(opens('We asked jim about the map.', 'jim')).toBe(false);
  });
});

describe('opensWithHandleWord, a vocative set off by commas', () => {
  it("should find a handle's word set off by commas as a vocative", () => {
    expect(opens('That explains it, jim, and I like it less now.', 'jim')).toBe(true);
    expect(opens('The van went to Maple, Jim.', 'jim')).toBe(true);
  });

  it('should not find it after a comma with more words after it', () => {
    expect(opens('The van went to Maple, jim said.', 'jim')).toBe(false);
  });
});
