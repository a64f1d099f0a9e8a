import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { reachBackTraits, replyTraits } from '../../../../src/core/replies/cues/reply-traits.ts';

const traits = (body: string) => replyTraits(prepareComment('A', body), new Map());

describe('replyTraits', () => {
  it('should read talk about the comment section as addressed to the page', () => {
    expect(traits('Why does this comment section sort oldest first?').meta).toBe(true);
  });

  it('should read thanks that name the comment section in passing as thanks, not page talk', () => {
    const t = traits(
      'Thank you, that settles it. I just wish we had not learned it in a comment section.',
    );
    expect(t.thanks).toBe(true);
    expect(t.meta).toBe(false);
  });

  it('should keep only what names or quotes a comment for a candidate outside the thread', () => {
    const quiet = reachBackTraits(traits('You are right, exactly.'));
    expect([quiet.you, quiet.short, quiet.opener, quiet.refers]).toEqual([0, false, false, false]);
  });
});
