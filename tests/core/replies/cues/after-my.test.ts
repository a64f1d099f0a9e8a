import { describe, expect, it } from 'vitest';
import { afterMy } from '../../../../src/core/replies/cues/after-my.ts';

describe('afterMy', () => {
  it('should give where the text after each "my " and "My " starts', () => {
    const body = 'My son said my aunt and my';
    const starts = afterMy(body);
    expect(starts.map((at) => body.slice(at).split(' ')[0])).toEqual(['aunt', 'son']);
  });

  it('should find "my " where includes would, at the end of a word too, and none without it', () => {
    const body = 'Enemy forces';
    expect(afterMy(body).map((at) => body.slice(at))).toEqual(['forces']);
    expect(afterMy('myself, Amy. Not my')).toEqual([]);
  });
});
