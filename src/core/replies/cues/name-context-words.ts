// The words around a name that tell whether it calls a commenter: titles and greetings before it,
// sentence openers, and the words after it that make it a remark about them or a verdict.
import { spellingsOf, TITLE_TABLE } from './title-table.ts';

// Titles and greetings stand right before a name without making it someone else's name
// ("Prof. Sharma", "Professor Kessler" for Prof. Miriam Kessler, "Coach Dunphy", "Thanks Gordon").
// "re" is no title, but stands before a name as one does ("re Three Cents").
export const TITLES = new Set([
  ...TITLE_TABLE.filter((t) => !('roleOnly' in t)).flatMap(spellingsOf),
  're',
]);
export const LEAD_INS = new Set([
  ...TITLES,
  'dear',
  'hi',
  'hey',
  'thanks',
  'well',
  'yes',
  'no',
  'oh',
  'sorry',
  'ok',
  'agreed',
  'sure',
]);
// Sentence openers that stand before a name without being part of it ("Everything Tomasz
// describes…", "Like Tomasz says…"), the prepositions that bring up someone's point among them ("On
// Carol's original point: …", "To Faith's question, …").
export const OPENERS = new Set(
  (
    'everything all what whatever something nothing like as just even and but so because if ' +
    'since only on about per re to with'
  ).split(' '),
);
// Words right after a name that make it a remark about that commenter ("Gordon is right").
export const REMARK_AFTER =
  /^\.?\s*(?:is|was|are|has|had|makes?|made|says?|said|wrote|writes|nailed|gets?|hits?|asked|asks|suggested|suggests|mentioned|mentions|noticed|pointed|raised|described|describes|explained|explains|proposed|argued|argues|brought|thinks|claims|claimed)\b/i;
// "Hope is right.", "Will has a point.": a verdict on what someone said, which makes a name that is
// also an everyday word ("hope", "will") a commenter's at the start of a sentence. It counts as a
// bare mention: the word may still be the everyday one, so nearer cues may outweigh it.
export const VERDICT_AFTER =
  /^\s+(?:(?:is|was) (?:right|correct|wrong|spot on|onto something)|has (?:it right|a point)|nailed it|makes a (?:good|fair) point)\b/i;
// "the review Faith is talking about", "the figure Rose mentioned": a word that is also a given name,
// capitalised mid-sentence and saying something, is a commenter's (the everyday word says nothing).
export const SAID_AFTER =
  /^\s+(?:(?:is|was) (?:talking|describing|asking|saying|suggesting|proposing)|says|said|wrote|writes|asked|asks|mentioned|mentions|suggested|suggests|described|describes|explained|explains|pointed out|brought up|raised)\b/i;
// "Hope is right about the festival": a verdict on a point they made is surely a commenter's.
export const VERDICT_ABOUT = /\b(?:right|wrong|correct) about\b/i;
export const ARTICLES = new Set(['the', 'a', 'an']);
// Titles written shortened, with a dot ("Dr. Raj Shah"): a dot that need not end a sentence.
export const SHORT_TITLES = new Set<string>(
  TITLE_TABLE.flatMap((t) => ('short' in t ? [t.short] : [])),
);
// Words right before a name that point at a commenter ("Agree with Mike", "re Three Cents").
export const REMARK_BEFORE = new Set(['with', 're', 'to', 'like', '@', 'thanks', 'thank', 'agree']);
// "Rich's first comment nails it", "On Carol's original point: …": the words after a possessive name
// that make it a commenter's, even a name that is an everyday word ("rich", "hope").
export const OWNS_COMMENT =
  /^\s*(?:(?:very )?(?:first|original|earlier|earliest|initial|opening|last|latest|other) )?(?:comment|point|post|question|reply|answer|remark)s?\b/i;
