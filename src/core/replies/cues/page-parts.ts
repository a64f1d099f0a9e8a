/**
 * What follows "comment" when a reader talks about the page rather than a comment on it: "the
 * comment box", "the comment sorting", "comment moderation". One list for both readings, so a part
 * of the page is never taken for "the comment above".
 */
export const PAGE_PARTS =
  'section|box|board|field|form|policy|policies|system|page|moderation|moderators?|sorting|sort|' +
  'order|ordering|count|counter|feature|tool|filter|button|limit|settings?|threading|display|' +
  'layout|view|rules|guidelines|function|area|editor|queue|character|characters|length|' +
  'voting|votes|likes|upvotes|downvotes|recommendations?|ranking|rankings|notifications?|threads?';
