// Positions taken through an analogy or a precedent rather than a verdict: the negotiator who talks
// to the robber to get the hostages out, the burglar asked to fit the locks, a past thaw that was
// followed by an invasion, a past alliance recalled. Each rule is a way of arguing with its usual
// variants, not a sentence from a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

/** Whom the analogy's negotiator faces: people nobody likes, talked to for the lives at stake. */
const CULPRITS = String.raw`(?:robbers|bank robbers|kidnappers|hostage-?takers|hijackers|gunmen|gangs|pirates|terrorists)`;
/** What the engagement is called when its record is held against it. */
const THAW = String.raw`(?:reset|d[ée]tente|thaw|summit|deal|agreement|talks|cease-?fire|truce|handshake|minsk)`;
/** What followed it: the other side's next aggression. */
const AGGRESSION = String.raw`(?:crimea|georgia|an invasion|the invasion|invasion|(?:the )?annexation|another war|more war|tanks|the donbas|donbas)`;

export const ANALOGY_CUES: readonly GeneralCue[] = [
  {
    // "Negotiators talk to kidnappers; that is how people get out": talking to the worst is the job.
    cue: 'you talk to the worst to save lives',
    gate: /negotiator|police|cops|fbi|that'?s how/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:hostage |crisis )?(?:negotiators?|police|cops|the fbi) (?:\w+ ){0,2}(?:talk|talks|speak|speaks|deal|deals|negotiate|negotiates|sit down) (?:\w+ ){0,2}(?:to|with) (?:\w+ ){0,2}${CULPRITS}\b|\bthat'?s how (?:the )?(?:hostages|prisoners|captives|people) (?:get|got|come|came) (?:out|home|back)\b`,
      'u',
    ),
  },
  {
    // The fox and the henhouse in other clothes: the burglar asked to fit the locks.
    cue: 'the thief asked to guard',
    gate: /burglar|thie|arsonist|robber|wolf|wolves|pickpocket/,
    weight: -1,
    pattern:
      /\b(?:burglars?|thie(?:f|ves)|arsonists?|robbers?|wolf|wolves|pickpockets?)\b[^.!?]{0,40}\b(?:install|fit|fitting|guard|guarding|design|change|mind|minding|watch|watching|run|running|in charge of)\b[^.!?]{0,20}\b(?:locks?|alarms?|safes?|vaults?|fire (?:station|brigade|department)|sheep|flock|henhouse|doors?)\b|\b(?:giv(?:e|es|ing)|hand(?:s|ing)?|lend(?:s|ing)?) (?:the |a )?(?:burglars?|thie(?:f|ves)|robbers?|arsonists?|pickpockets?) (?:a copy of |the )?(?:\w+ ){0,2}(?:keys?|codes?|combination)\b/u,
  },
  {
    // "The last reset was followed by Crimea": a past thaw held up as the warning.
    cue: 'the last thaw was followed by aggression',
    gate: /followed by|brought us|got us|led to|ended in|ended with/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b${THAW}\b[^.!?]{0,30}\b(?:followed by|brought us|got us|led (?:straight )?to|ended (?:in|with))\b[^.!?]{0,10}\b${AGGRESSION}\b`,
      'u',
    ),
  },
  {
    // The two nations' wartime alliance recalled beside today's meeting: a precedent for friendship.
    cue: 'a past alliance recalled',
    gate: /elbe|allies|side by side|same side|together/,
    weight: 0.6,
    pattern:
      /\b(?:at|on) the elbe\b|\belbe day\b|\b(?:were allies|fought together|fought side by side|on the same side) (?:\w+ ){0,2}(?:in|during|against) (?:ww2|wwii|world war (?:ii|two|2)|the second world war|hitler|the nazis|fascism)\b/u,
  },
];
