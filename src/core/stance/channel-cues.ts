// Support for keeping a channel open, said in everyday turns rather than in the stock words of
// diplomacy: a table rather than a border, nothing lost by sitting down, "let them shake hands",
// "let the president do the diplomacy", wanting peace called controversial, a cause that "alone
// makes it worth it", "deserves support", "cautiously glad", relief that someone is willing to try,
// people tired of being told they are enemies, a working relationship kept alongside a grievance,
// nothing settled unless the two talk, a quarrel patched up, two sides "at least trying", and the
// advice to shun the other side mocked. Each is a way of speaking about any rapprochement, not a
// sentence of a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

/** A negation just before a cue's words turns the phrase round ("nobody deserves support"). */
const NOT_BEFORE = String.raw`(?<!\b(?:neither|nobody|no one|doesn't|does not|don't|do not|never|not|nothing)\b[^.!?]{0,30})`;

export const CHANNEL_CUES: readonly GeneralCue[] = [
  {
    // Where the quarrel is held: across a table rather than across a border or a front line.
    cue: 'a table, not a battlefield',
    gate: /table/,
    weight: 1.2,
    pattern:
      /\b(?:argu\w+|talk\w*|shout\w*|yell\w*|sitting|bicker\w*|haggl\w*|fight\w*|quarrel\w*) (?:across|at|around|over) (?:a|the) (?:negotiating )?table\b[^.!?]{0,30}\bthan (?:across|at|on|in|over) (?:a|the) (?:border|battlefield|front(?: line)?|trenches?|frontline)\b/u,
  },
  {
    cue: 'nothing lost by talking',
    gate: /by sitting|by talking|by meeting|by picking up|by showing up/,
    // Outweighs the "lose" VADER reads in the same sentence.
    weight: 1.2,
    pattern:
      /\b(?:nothing|isn't|is not|don't|do not|doesn't|does not|never|nobody|no one|not)\b[^.!?]{0,50}\blos(?:e|es|t|ing) (?:\w+ )?(?:just |simply |merely |only )?by (?:sitting down|talking|meeting|picking up the phone|showing up)\b/u,
  },
  {
    cue: 'let them shake hands',
    gate: /shake hands|make agreement|make an agreement|make a deal|make peace|make the deal|sit down/,
    weight: 0.9,
    pattern:
      /(?<!(?:n't|\bnot|\bnever) )\blet (?:them|'em|em|the two|both|both sides|the leaders) (?:\w+ )?(?:shake hands|make (?:an |the |a )?(?:agreement|deal|peace)|sit down)\b/u,
  },
  {
    cue: 'let the president do the diplomacy',
    gate: /diplomacy|talking|negotiat/,
    weight: 1,
    pattern:
      /\blet (?:the president|the diplomats|him|them|the white house|the state department) (?:do|handle|conduct|get on with) (?:the |his |their )?(?:diplomacy|talking|negotiating|negotiations)\b/u,
  },
  {
    // Wanting peace or talks treated as suspect by others, asked about to defend it.
    cue: 'wanting peace called controversial',
    gate: /controversial|wrong|treason|unpatriotic|crime|radical|scandal/,
    weight: 1.2,
    pattern:
      /\bwhy is (?:it )?(?:suddenly |now |so )?(?:controversial|wrong|treason|treasonous|unpatriotic|a crime|radical|scandalous) to (?:want|seek|pursue|talk|make|try for) (?:peace|talks|dialogue|better relations|friends|to talk)\b/u,
  },
  {
    cue: 'peace through dialogue',
    gate: /peace through/,
    weight: 0.9,
    pattern:
      /\bpeace through (?:dialogue|talks|talking|diplomacy|negotiations?|trade|engagement)\b/u,
  },
  {
    cue: 'worth it for that alone',
    gate: /worth/,
    weight: 0.8,
    pattern:
      /\b(?:that|this|which) alone (?:makes|would make) (?:this|it|that|the \w+) worth (?:it|doing|trying|the effort|the risk)\b|(?<!\bnothing )\bmakes (?:this|it) (?:all )?worth it\b/u,
  },
  {
    cue: 'deserves support',
    gate: /deserve|merit|warrant/,
    weight: 1,
    pattern: new RegExp(
      String.raw`${NOT_BEFORE}\b(?:deserves|merits|deserve|merit|warrants) (?:\w+ )?(?:support|a chance|a fair shot|a try)\b`,
      'u',
    ),
  },
  {
    // The endorsement as a bare imperative closing the comment's case.
    cue: 'support it, told plainly',
    gate: /support|back/,
    weight: 0.9,
    pattern:
      /(?:^|[.!?] )(?:so |just )?(?:support|back) (?:it|this|them|the (?:talks|deal|effort))[.!]/u,
  },
  {
    cue: 'cautiously glad',
    gate: /cautiously/,
    weight: 0.9,
    pattern: /\bcautiously (?:glad|pleased|happy|hopeful|positive|supportive|encouraged)\b/u,
  },
  {
    cue: 'glad someone is willing to try',
    gate: /willing/,
    weight: 1,
    pattern:
      /\b(?:pleased|glad|happy|relieved|good) (?:that )?(?:the president|he|they|both|both sides|the two|someone|somebody) (?:is|are|was|were)(?: finally)? willing to (?:try|talk|meet|engage|sit down|negotiate)\b/u,
  },
  {
    cue: 'tired of being told we are enemies',
    gate: /enem/,
    weight: 0.9,
    pattern:
      /\b(?:tired|sick|weary) of (?:being told|hearing) (?:that )?(?:we'?re|we are|they'?re|they are|(?:russia|america|russians|americans) (?:is|are)) (?:the )?enem(?:y|ies)\b/u,
  },
  {
    // A grievance pursued without giving up the channel: outweighs the grievance's own cue.
    cue: 'a working relationship kept alongside',
    gate: /still/,
    weight: 1.3,
    pattern:
      /\bstill (?:keep|have|maintain|hold|talk to) (?:a |the )?(?:working|functioning|normal|civil) (?:relationship|relations|channel|ties|dialogue)\b/u,
  },
  {
    cue: 'nothing settled unless they talk',
    gate: /nothing/,
    weight: 1,
    pattern:
      /\bnothing (?:gets|will get|is|can be|ever gets|will be) (?:settled|solved|resolved|fixed|done|decided) (?:\w+ ){0,3}(?:unless|until|without)\b[^.!?]{0,50}\b(?:talk\w*|sit down|sitting down|dialogue|negotiat\w*)\b/u,
  },
  {
    cue: 'a working channel is what is needed',
    gate: /best thing|good thing|what we need/,
    weight: 1,
    pattern:
      /\b(?:working|open|direct|regular|reliable) (?:channel|line|hotline|contacts?)\b[^.!?]{0,40}\b(?:the best thing|a good thing|exactly what we need|what we need)\b/u,
  },
  {
    cue: 'a quarrel patched up',
    gate: /patch|hatchet|mend/,
    weight: 0.6,
    pattern:
      /(?<!(?:n't|\bnot|\bnever) )\b(?:patch (?:things|it|this|that) up|bury the hatchet|mend (?:fences|ties))\b/u,
  },
  {
    cue: 'at least trying',
    gate: /at least/,
    weight: 0.7,
    pattern:
      /\bat least (?:trying|talking|try|talk|giving (?:it|peace|talks) a (?:chance|shot))\b/u,
  },
  {
    // Shunning the other side recommended in mock earnest: it outweighs the sarcasm it comes in.
    cue: 'mock advice to shun them',
    gate: /because|go wrong/,
    weight: 1.6,
    pattern:
      /\bbecause the (?:sane|smart|sensible|wise|safe|grown-up|adult|responsible) (?:policy|thing|move|course|plan|approach|strategy) is to (?:never|not|just never) (?:\w+ )?(?:speak|talk|meet|negotiate|engage|call)\b|\blet'?s (?:\w+ )?(?:keep|continue) (?:freezing out|isolating|ignoring|shunning|not talking to)\b[\s\S]{0,160}\bwhat could (?:possibly )?go wrong\b/u,
  },
];
