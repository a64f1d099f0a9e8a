// How realists side with the talks without praising them: diplomacy is what rivals do ("you don't
// only negotiate with people you like"), the adversary is better inside the room than outside it
// ("bring them back into the G8", "better they sit and talk"), isolation pushed Moscow towards
// Beijing, a truce that holds saves lives, a hotline is cheap insurance, a thaw means cheaper food,
// and the critics are the ones who cannot stand peace. Each is a way of speaking with its usual
// variants, not a sentence from a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const OTHER_SIDE = String.raw`(?:russia|moscow|the russians|russians|putin|the kremlin|them|him|they)`;
const PACT = String.raw`(?:cease-?fires?|truces?|deals?|talks|pauses?|agreements?|diplomacy|summits?|hotlines?|thaw)`;

export const REALIST_CUES: readonly GeneralCue[] = [
  {
    cue: 'rivals are who you negotiate with',
    gate: /point of|made|struck|done|like|peace with/,
    weight: 0.8,
    pattern:
      /\b(?:the )?(?:whole )?point of (?:diplomacy|negotiating|negotiations|talks)\b|\bdeals? (?:get|gets|are|is) (?:made|struck|done) (?:between|with) (?:rivals|enemies|adversaries|opponents)\b|\byou (?:don't|do not) (?:only |just )?(?:negotiate|make peace|make deals|talk) (?:only )?with (?:people|those|friends|countries|leaders|the ones) you like\b|\byou (?:make|negotiate|sign) peace with (?:your )?(?:enemies|adversaries|rivals)\b/u,
  },
  {
    cue: 'better inside the room',
    gate: /better|instead of|rather/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\bbetter (?:to have|to keep|that|if|having) ${OTHER_SIDE}(?: (?:are|be|sit|sat|sitting|stay))? (?:at|in|inside|around) (?:the|a) (?:table|room|tent)\b|\bbetter (?:they|that they|the two|both sides|to) (?:sit|talk|sit and talk|sit down|keep talking)\b|\bat (?:a|the) table instead of\b|\brather (?:they|the two|those two|both|the leaders|the presidents) (?:be )?(?:shaking hands|talk(?:ing)?|meet(?:ing)?|at (?:a|the) table) than\b`,
      'u',
    ),
  },
  {
    cue: 'brings Russia back in',
    gate: /back|pushing|pushed|push/,
    weight: 0.7,
    pattern:
      /\b(?:bring|bringing|brings|pull|pulling|pulls|draw|drawing|welcome|invite|inviting|let|letting) (?:russia|moscow|the russians|them) back (?:into|in|to|toward|towards) (?:the )?(?:g8|g-8|fold|table|west|club|world|room)\b|\bpush(?:ing|ed|es)? (?:russia|moscow|the russians|them|putin) (?:\w+ )?(?:into|toward|towards) (?:china|beijing|xi)(?:'s)?\b/u,
  },
  {
    cue: 'a truce saves lives',
    gate: /lives/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b${PACT}\b[^.!?]{0,80}(?<!\b(?:not|never|won't|wouldn't|doesn't|didn't|can't|cannot) )\b(?:saves?|saving|saved|spares?|spared|will save|could save) (?:\w+ )?lives\b`,
      'u',
    ),
  },
  {
    cue: 'cheap insurance',
    gate: /insurance|going|coming|open/,
    weight: 0.7,
    pattern:
      /\bcheap(?:est)? insurance\b|\bkeep (?:them|the (?:summits|talks|hotline|channels?|lines?|meetings)) (?:going|coming|open)\b|\bkeep the (?:lines?|channels?|door) (?:of (?:communication|dialogue) )?open\b/u,
  },
  {
    cue: 'a thaw means cheaper goods',
    gate: /cheaper|lower|trade/,
    weight: 0.7,
    pattern: new RegExp(
      String.raw`\b(?:${PACT}|peace|détente|detente|normal trade)\b[^.!?]{0,60}\bmeans? (?:cheaper|lower) (?:food|gas|fuel|fertili[sz]er|prices|bread|energy|heating|grain)\b|\bnormali[sz]e trade\b`,
      'u',
    ),
  },
  {
    cue: 'on speaking terms',
    gate: /speaking terms/,
    weight: 0.6,
    pattern:
      /\b(?:might as well|should|good to|better to|nice to|time to|need to|ought to) (?:be|get|stay) (?:back )?on speaking terms\b/u,
  },
  {
    cue: 'the critics cannot stand peace',
    gate: /peace|minds|marbles|fainting|called|branded|labell?ed|denounced|idiot|traitor|puppet|stooge|apologist|appeaser/,
    weight: 0.8,
    pattern:
      /\b(?:can't|cannot|can not) stand (?:the (?:idea|thought) of )?peace\b|\b(?:hate|hates) (?:the (?:idea|thought) of )?peace\b|\b(?:people|everyone|everybody|the media|pundits|democrats|the left|twitter|cable news|critics|washington) (?:are |is )?(?:losing|lost|lose) (?:their|its) (?:minds?|marbles)\b|\bfainting couch(?:es)?\b|\b(?:any|every) (?:handshake|meeting|conversation|phone call|call|summit|talk) (?:gets|is) (?:called|branded|labell?ed|denounced as) (?:treason|appeasement|betrayal|collusion)\b|\bcalling (?:everyone|anyone|everybody|people|anybody) who (?:wants?|favou?rs|supports?) (?:peace|talks|diplomacy|dialogue) (?:a |an )?\W?(?:useful idiot|traitor|puppet|stooge|apologist|appeaser)/u,
  },
  {
    cue: 'the war lobby wants tension',
    gate: /complex|contractors|arms|deep state|profiteers|warmongers|war party/,
    weight: 0.8,
    pattern:
      /\b(?:military[- ]industrial complex|defen[cs]e contractors|arms (?:makers|industry|dealers|lobby)|the deep state|war profiteers|warmongers|the war party)\b[^.!?]{0,60}\b(?:never wanted|doesn't want|don't want|hates?|fears?|makes? (?:billions|money|a fortune)|profits?|terrified)\b/u,
  },
  {
    cue: 'the only way is to talk',
    gate: /only way|development|sanity|sense|normal|reason|smart|brilliant|sound|sensible|savvy|shrewd|clever|wise/,
    weight: 0.8,
    pattern:
      /\bthe only way (?:\w+ ){0,6}is (?:to )?(?:sit down|talk|negotiate|engage|deal) with\b|(?<!\b(?:don't|do not|can't|cannot|never|hardly) )\b(?:see|view|consider) (?:this|it|that) as (?:a )?(?:good|positive|welcome|healthy|hopeful) (?:development|sign|step|thing|move)\b|\bsteps? (?:back )?(?:toward|towards|to) (?:sanity|sense|normal(?:cy|ity)?|reason)\b|\b(?:strategically|geopolitically|diplomatically),? (?:this|it|that)(?:'s| is| was) (?:smart|brilliant|sound|sensible|savvy|shrewd|clever|wise)\b/u,
  },
];
