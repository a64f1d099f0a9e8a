import { describe, expect, it } from 'vitest';
import { aboutCommentSection } from '../../../../src/core/replies/cues/about-comment-section.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const about = (body: string) => aboutCommentSection(prepareComment('X', body).opening);

describe('aboutCommentSection', () => {
  it('should recognise talk about the comment section itself', () => {
    expect(about('Could the Times fix the comment box?')).toBe(true);
    expect(about('Why is the comment section so quiet?')).toBe(true);
    expect(about('Is anyone else reading this thread at 2 a.m.?')).toBe(true);
  });

  it('should recognise a comment section named with any article', () => {
    expect(about('Nice to read a comment section where people listen for once.')).toBe(true);
    expect(about('Comment sections on zoning stories are always like this.')).toBe(true);
  });

  it('should recognise a complaint about the ads the page carries', () => {
    expect(about('Why is there a sponsored mattress ad in the middle of every story?')).toBe(true);
    expect(about('Ads all over the page, and the video autoplays. Unreadable.')).toBe(true);
    expect(about('The campaign ad the mayor ran in May was misleading.')).toBe(false);
  });

  it('should not flag a comment about one comment', () => {
    expect(about('This comment is exactly right.')).toBe(false);
    expect(about('Your comment misses the point about parking.')).toBe(false);
  });

  it("should recognise talk about the page's comment tools", () => {
    expect(about('Can the Ledger please turn off the comment voting?')).toBe(true);
    expect(about('Can the Courier fix the comment sorting? Newest first is broken.')).toBe(true);
    expect(about('Why is there still no way to report a comment on this site?')).toBe(true);
    expect(about('Who moderates comments here, if anyone?')).toBe(true);
  });

  it('should recognise a word to the moderators and a complaint about signing in', () => {
    expect(about('Mods, the deleted comment had the roll call in it. Could you repost it?')).toBe(
      true,
    );
    expect(about('Moderation on this site makes no sense. Mine was held for review.')).toBe(true);
    expect(about('Why does this site make me log in with Facebook now?')).toBe(true);
    expect(about('Why do comments on this site show newest-first on my phone?')).toBe(true);
    expect(about('Is anyone else getting logged out every time they hit post?')).toBe(true);
    expect(about('The paywall ate my comment again.')).toBe(true);
    expect(about('Does the app log anyone else out? It logs me out twice a day.')).toBe(true);
    // Logging out of something else is no remark on the page.
    expect(about('I log out of the county portal after paying the bill.')).toBe(false);
    // A site named for what is on it is no remark on the page.
    expect(about('The readings are public on the county website.')).toBe(false);
  });

  it('should recognise talk about reply notifications and editing a posted comment', () => {
    expect(about('Every time I click a reply notification it drops me at the top.')).toBe(true);
    expect(about('Is there a way to get notified when someone replies to your comment?')).toBe(
      true,
    );
    expect(about("Why can't we edit a comment after posting?")).toBe(true);
    // Someone notified of something else, or answering one comment, is no remark on the page.
    expect(about('The families were notified when the fee was approved.')).toBe(false);
    expect(about('Someone answers your comment above better than I could.')).toBe(false);
  });

  it('should recognise a request about what readers may post in the comments', () => {
    expect(about('Please let us share photos in the comments, it is not 2005.')).toBe(true);
    expect(about('Why are there no links in comments on this paper?')).toBe(true);
    // One link in one comment is that comment's.
    expect(about('The link in my comment above has the full schedule.')).toBe(false);
  });

  it('should recognise a remark on how many comments the page drew', () => {
    expect(about('Most comments the Herald has had since the stadium vote.')).toBe(false);
    expect(about('This is the most comments the Herald has had since the stadium vote.')).toBe(
      true,
    );
    expect(about('So many comments about a crosswalk.')).toBe(true);
    expect(about('The council took more comments than usual at the hearing.')).toBe(false);
  });

  it('should recognise talk about the paper switching comments off', () => {
    expect(about('Why does the Courier turn off comments on every school story?')).toBe(true);
    expect(about('They closed comments on the budget piece within an hour.')).toBe(true);
    expect(about('The plant will switch off the turbines at night.')).toBe(false);
  });

  it('should read the page named in capitals or with a long s, as the full pattern does', () => {
    expect(about('Anyone else up late reading THIS THREAD?')).toBe(true);
    expect(about('Anyone else up late reading thiſ thread?')).toBe(true);
    expect(about('Anyone else up late reading the thread?')).toBe(false);
  });
});
