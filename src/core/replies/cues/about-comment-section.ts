import { PAGE_PARTS } from './page-parts.ts';

// "Could the Times fix the comment box?", "Why is the comment section so quiet?", "the comments
// here", "this thread": talk about the page itself, which answers no one in particular. So is
// counting the comments ("the most comments the paper has had", "so many comments on a pool"), or
// the paper switching them off ("Why do they switch off comments on every story…?"), or the tools
// for them ("no way to report a comment on this site"), or the site failing its readers ("getting
// logged out every time they hit post", "the app logs me out", "the paywall ate my comment"), or what it tells a reader of
// the replies they get ("a reply notification drops me at the top", "any way to get notified when
// someone answers your comment"), or editing what was posted ("Why can't we edit a comment?"), or
// what the box lets readers post ("let us share photos in the comments", "no links in comments";
// plural both, as a rule is put: "the link in my comment above" points at one comment). Or the ads
// the page carries ("a 'sponsored' purifier ad stuck in the middle of it", "ads all over the page").
const META = new RegExp(
  `\\b(?:comments? (?:${PAGE_PARTS})\\b|the comments\\b|these comments\\b|this thread\\b|comment sections?\\b|comment(?:ers|ors) here\\b|(?:the most|so many|this many|how many) comments\\b|(?:turn|switch|shut|clos)\\w* (?:off |down )?(?:the )?comments\\b|comments (?:open|closed|off)\\b|(?:report|flag|moderat)\\w* (?:a |the |this |any )?comments?\\b|comments (?:on|in) (?:this|the) (?:site|page|website|app)\\b|^mods\\b|\\bmoderators?\\b|\\bmoderation\\b|\\bheld for review\\b|\\b(?:log|sign)\\w* (?:me )?in (?:with|through|via) (?:facebook|google|twitter|an? \\w+ account)\\b|\\b(?:logged|logging) (?:me )?out\\b|\\blogs? (?:me|us) out\\b|\\bhit(?:ting)? (?:post|submit|send)\\b|\\bpaywall\\b|\\brepl(?:y|ies) notifications?\\b|\\bnotified (?:when|if|of|about) (?:someone|somebody|anyone|people|a reply|replies)\\b|\\b(?:when|whenever|if) (?:someone|somebody|anyone|people) (?:answers|replies|responds)(?: to)? (?:your|my|a) comment\\b|\\b(?:edit|delete)\\w* (?:a |my |your |the )?comments?\\b|\\b(?:links|urls|images|photos|pictures|gifs|videos) (?:in|into) (?:the )?comments\\b|\\b(?:sponsored|pop-?up|autoplay\\w*)\\b[^.!?]{0,40}\\bads?\\b|\\bads? (?:stuck |plastered |jammed )?(?:in the middle of|all over)\\b)`,
  'iu',
);

// What every phrase of META holds, with the same flags (so "ſ" and "K" fold alike): one literal
// search rules out most openings, where META tries its whole alternation at every word start.
const META_WORDS =
  /comment|this thread|mod|held for review|in with|in through|in via|logged|logging|log me|logs me|log us|logs us|hit post|hit submit|hit send|hitting post|hitting submit|hitting send|paywall|notif|sponsored|pop-?up|autoplay|in the middle of|all over/iu;

/**
 * Is a comment's opening about the comment section rather than about a comment in it? Read once per
 * comment: `PreparedComment.aboutPage`.
 */
export function aboutCommentSection(opening: string): boolean {
  const start = opening.slice(0, 200);
  return META_WORDS.test(start) && META.test(start);
}
