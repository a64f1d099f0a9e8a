import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { refersToComment } from '../../../../src/core/replies/cues/refers-to-comment.ts';

const refers = (body: string): boolean => refersToComment(prepareComment('A', body));

describe('refersToComment', () => {
  it('should recognise a pointer at one comment', () => {
    expect(refers('This comment is misleading. The bridge is not closing.')).toBe(true);
    expect(refers('The comment above has the dates wrong.')).toBe(true);
  });

  it('should read a verdict on what was just said as the best thing said as pointing at it', () => {
    expect(refers('This right here. Nobody wants to say it out loud.')).toBe(true);
    expect(refers('Smartest thing anybody has said about the levy so far.')).toBe(true);
    expect(refers("Most sensible thing I've read on this page.")).toBe(true);
    expect(refers('The best thing about the levy is the library hours.')).toBe(false);
  });

  it('should not take talk about commenters in general', () => {
    expect(refers('Several comments here miss the point.')).toBe(false);
    expect(refers('The comments section is a mess today.')).toBe(false);
  });

  it('should read a first question asking where what was just said comes from as pointing at it', () => {
    expect(refers("Is that from the utility's outage map? Mine still shows nothing.")).toBe(true);
    expect(refers('Where did you read that? The mayor said the opposite on Monday.')).toBe(true);
    expect(refers('Is the outage map updated hourly? Mine still shows nothing.')).toBe(false);
    expect(refers('Source on the rebate?')).toBe(false);
  });

  it('should only read the first sentence', () => {
    expect(refers('The council voted. This comment section will not like it.')).toBe(false);
  });

  it('should not take a part of the comment page for the comment above', () => {
    expect(refers('Can the Courier please fix the comment sorting?')).toBe(false);
    expect(refers('Can the Ledger turn off the comment voting?')).toBe(false);
  });
});

describe('refersToComment, further up', () => {
  it('should not read "your comment up top" as the comment above', () => {
    expect(
      refersToComment(prepareComment('W', 'Lou, about your comment up top: some of us were.')),
    ).toBe(false);
  });
});

describe('refersToComment, the post office', () => {
  it('should not read "the post office" as a post on the page', () => {
    expect(refers('The post office is not a business and never was.')).toBe(false);
    expect(refers('The post above is wrong about the lease.')).toBe(true);
  });
});
