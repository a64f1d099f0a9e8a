// What the stance is about (../../shared/STANCE.md): the rapprochement — talks, deals, cease-fires,
// normalising ties, two governments or leaders dealing with each other. Sentiment counts only in
// sentences that touch it. Matching is on the sentence's word tokens, by word family and Map lookup.
import { wordFamily } from './word-family.ts';
import type { Sentence } from './split-sentences.ts';
import { wordsOf } from './words-of.ts';
import {
  addVocabulary,
  F_ACTOR,
  F_BIGRAM,
  F_ENGAGEMENT,
  F_PAIR,
  F_TALK,
  registeredFlags,
  TARGET_FLAGS,
} from './vocabulary.ts';

/** Base words of the engagement itself, expanded to their families ("negotiate" → negotiators). */
const ENGAGEMENT_BASES = [
  'talk',
  'negotiate',
  'cease-fire',
  'ceasefire',
  'truce',
  'armistice',
  'deal',
  'agree',
  'treaty',
  'summit',
  'meet',
  'dialogue',
  'dialog',
  'diplomat',
  'diplomacy',
  'engage',
  'cooperate',
  'co-operate',
  'collaborate',
  'partner',
  'normalize',
  'normalise',
  'rapprochement',
  'détente',
  'detente',
  'reset',
  'peace',
  'handshake',
  'embassy',
  'inspector',
  'inspection',
  'verification',
  'reconcile',
  'disarmament',
  'pact',
  'accord',
  'hotline',
  'outreach',
  'de-escalate',
  'de-escalation',
  'thaw',
  'compromise',
  'bargain',
  'peacemaker',
  'peacemaking',
];
/** Forms the family rule does not build, or builds wrongly ("according" is not an accord). */
const ENGAGEMENT_EXTRA = [
  'dealt',
  'diplomatic',
  'diplomatically',
  'partnership',
  'partnerships',
  'ties',
  'relations',
  'relationship',
  'reconciliation',
  'summitry',
  'jaw-jaw',
  'détentes',
  'cease-fires',
  'ceasefires',
];
const NOT_ENGAGEMENT = ['according', 'accordingly', 'meter', 'meters', 'dialer'];

const ENGAGEMENT = new Set<string>(ENGAGEMENT_EXTRA);
for (const base of ENGAGEMENT_BASES) for (const f of wordFamily(base)) ENGAGEMENT.add(f);
for (const w of NOT_ENGAGEMENT) ENGAGEMENT.delete(w);

/** "talk(s|ing)" is the talks unless it is "talking about" — discussing, not negotiating. */
const TALK = new Set(['talk', 'talks', 'talking', 'talked']);
for (const w of TALK) ENGAGEMENT.delete(w);
/** Two-word names of the engagement: first word → second words. */
const BIGRAMS = new Map<string, ReadonlySet<string>>([
  ['work', new Set(['together', 'with'])],
  ['works', new Set(['together', 'with'])],
  ['working', new Set(['together', 'with'])],
  ['worked', new Set(['together', 'with'])],
  ['get', new Set(['along'])],
  ['getting', new Set(['along'])],
  ['reach', new Set(['out'])],
  ['reaching', new Set(['out'])],
  ['reached', new Set(['out'])],
  ['phone', new Set(['call', 'calls'])],
  ['shook', new Set(['hands'])],
  ['shake', new Set(['hands'])],
  ['shaking', new Set(['hands'])],
  ['met', new Set(['with'])],
  ['cease', new Set(['fire', 'fires'])],
  ['arms', new Set(['control', 'reduction', 'limits'])],
  ['olive', new Set(['branch'])],
  ['sit', new Set(['down'])],
  ['sat', new Set(['down'])],
  ['sitting', new Set(['down'])],
  ['grain', new Set(['deal', 'corridor'])],
  ['prisoner', new Set(['swap', 'exchange'])],
  ['humanitarian', new Set(['corridor', 'corridors'])],
]);

/**
 * The governments and leaders of the classic rapprochements (Washington with Moscow, Pyongyang,
 * Tehran, Havana, Beijing), each mapped to its country: two different countries in one sentence
 * ("Trump trusts Putin", "Tehran and Washington") is two sides dealing with each other. Third
 * parties (Assad, Erdogan, Riyadh) are left out: "Russia and Assad" is the war, not the talks.
 */
const ACTORS = new Map<string, string>();
function actors(country: string, words: string): void {
  for (const w of words.split(' ')) ACTORS.set(w, country);
}
actors(
  'us',
  "trump trump's donald potus 45 washington america america's american americans u.s tillerson kerry biden biden's reagan obama obama's nixon kissinger kennedy carter clinton bush pompeo bolton",
);
actors(
  'ru',
  "putin putin's vlad vladimir russia russia's russian russians kremlin moscow lavrov gorbachev khrushchev brezhnev soviet soviets ussr medvedev",
);
actors('kp', "kim kim's pyongyang jong-un");
actors('ir', "iran iran's iranian tehran rouhani khamenei");
actors('cu', "cuba cuba's havana castro castro's");
actors('cn', "china china's chinese beijing xi mao");

addVocabulary(ENGAGEMENT, F_ENGAGEMENT);
addVocabulary(TALK, F_TALK);
addVocabulary(BIGRAMS.keys(), F_BIGRAM);
addVocabulary(ACTORS.keys(), F_ACTOR);

/** Both sides referred to as a pair: "the two leaders", "each other", "neither of them". */
const PAIR =
  /\b(the two (leaders|men|powers|nations|presidents|sides|countries|governments|of them)|both (leaders|men|of them|sides|countries|governments)|either of them|neither of them|each other|these two|those two|these (two )?(men|leaders)|those (two )?(men|leaders)|(they are|they're) both|two (self-serving|professional|nuclear))\b/u;
const PAIR_GATE = new Set(['two', 'both', 'each', 'either', 'neither']);
addVocabulary(PAIR_GATE, F_PAIR);

export interface TargetHit {
  /** 1 when the sentence names the engagement, 0.7 when it names only the two sides together. */
  readonly weight: number;
  readonly term: string;
}

/** The words a rule may read of a sentence: those the lookup knew, and each one's next word. */
export type KnownWords = Pick<Sentence, 'known' | 'knownWord' | 'wordAfterKnown'>;

/**
 * The target a sentence touches, from its lowercase word tokens. `flags` (vocabulary.ts), when
 * known, lets a sentence without any target word return at once.
 */
export function targetOfWords(
  words: KnownWords,
  lower: string,
  flags = TARGET_FLAGS,
): TargetHit | null {
  if ((flags & TARGET_FLAGS) === 0) return null;
  let firstActor: string | null = null;
  let firstCountry: string | null = null;
  let pair: string | null = null;
  let gated = false;
  // Only the words the lookup knew can name a target (`Sentence.known`, in fours).
  const { known } = words;
  const steps = known.length / 4;
  for (let k = 0; k < steps; k += 1) {
    // One table lookup told which of the sets below hold the word; most words are in none.
    const f = (known[4 * k + 1] as number) & TARGET_FLAGS;
    if (f === 0) continue;
    const w = words.knownWord(k);
    if ((f & F_ENGAGEMENT) !== 0) return { weight: 1, term: w };
    if ((f & F_TALK) !== 0 && words.wordAfterKnown(k) !== 'about') return { weight: 1, term: w };
    if ((f & F_BIGRAM) !== 0) {
      const w2 = words.wordAfterKnown(k);
      if (w2 !== undefined && BIGRAMS.get(w)?.has(w2) === true) {
        return { weight: 1, term: `${w} ${w2}` };
      }
    }
    if (pair === null && (f & F_ACTOR) !== 0) {
      const country = ACTORS.get(w);
      if (country !== undefined) {
        if (firstCountry === null) {
          firstCountry = country;
          firstActor = w;
        } else if (country !== firstCountry) pair = `${firstActor ?? ''} + ${w}`;
      }
    }
    if ((f & F_PAIR) !== 0) gated = true;
  }
  if (pair !== null) return { weight: 0.7, term: pair };
  if (gated) {
    const m = PAIR.exec(lower);
    if (m) return { weight: 0.7, term: m[0] };
  }
  return null;
}

/** The target a lowercase sentence touches (tokenises it first; the classifier passes tokens). */
export function targetTerms(lowerSentence: string): TargetHit | null {
  const words = wordsOf(lowerSentence);
  const known: number[] = [];
  words.forEach((w, i) => {
    const f = registeredFlags(w);
    if (f !== 0) known.push(i, f, -1, -1);
  });
  return targetOfWords(
    {
      known,
      knownWord: (k: number) => words[known[4 * k] as number] ?? '',
      wordAfterKnown: (k: number) => words[(known[4 * k] as number) + 1],
    },
    lowerSentence,
  );
}
/**
 * Words whose VADER valence describes the situation the talks address, not a view of the talks:
 * "a cease-fire is better than continued killing" is not negative about the cease-fire.
 */
export const SITUATION_WORDS: ReadonlySet<string> = new Set([
  'war',
  'wars',
  'killing',
  'killed',
  'kill',
  'deaths',
  'death',
  'dead',
  'died',
  'die',
  'dying',
  'murder',
  'murdered',
  'murdering',
  'suffering',
  'suffered',
  'suffer',
  'conflict',
  'crisis',
  'violence',
  'fighting',
  'bombs',
  'bombing',
  'bombed',
  'attack',
  'attacks',
  'refugees',
  'horrific',
  'horrors',
  'terror',
  'terrorism',
  'weapons',
  'missiles',
  'nuclear',
  'fight',
  'hostility',
  'tension',
  'tensions',
  'destruction',
  'disaster',
  'threat',
  'enemy',
  'enemies',
  'sanctions',
  'sanctioned',
  'violated',
  'violation',
  'violations',
  'unsatisfactory',
  'problem',
  'fury',
  'fire',
  'firing',
  'missile',
  'problems',
  'chaos',
  'fear',
]);

/**
 * Words VADER scores that, in talk about diplomacy, name the topic or are not judgements at all:
 * "peace" and "agreement" are the subject, not praise of it; "like" is mostly a preposition,
 * "play" a chess metaphor, "OK" dialogue; "supports" reports who backs whom; "trust" is read by
 * the domain cues, which see its negations ("how can anyone trust").
 */
export const NON_JUDGEMENT_WORDS: ReadonlySet<string> = new Set([
  // Laughter is the writer's tone, not a verdict: "lol 'reset' part 2" mocks the reset.
  'lol',
  'lmao',
  'haha',
  'hahaha',
  'peace',
  'peaceful',
  'agreement',
  'agreements',
  'agree',
  'agreed',
  'agrees',
  'cooperation',
  'cooperate',
  'partner',
  'partners',
  'partnership',
  'engaged',
  'engage',
  'supports',
  'supporting',
  'trust',
  'trusted',
  'like',
  'play',
  'played',
  'playing',
  'plays',
  'hand',
  'clear',
  'clearly',
  'ready',
  'free',
  'thanks',
  'ok',
  'okay',
  'yes',
  'please',
  'interest',
  'interests',
  // "Prisoner swap" names the event; VADER reads "prisoner" as a complaint about it.
  'prisoner',
  'prisoners',
]);
