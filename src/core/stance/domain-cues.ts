import { CRITICS_ANSWERED, DOMAIN_CUES, MOCK_OUTCRY, type DomainCue } from './cue-table.ts';
import { cuePrefilter, registerCueRegexes } from './cue-prefilter.ts';
import type { Sentence } from './split-sentences.ts';
import { lexiconValence } from './lexicon.ts';
import {
  addCueTrigger,
  addVocabulary,
  F_CRITIC,
  F_ODD,
  F_TRIGGER,
  isTriggerCode,
} from './vocabulary.ts';

export { CRITICS_ANSWERED, DOMAIN_CUES, type DomainCue } from './cue-table.ts';

const BY_TRIGGER = new Map<string, DomainCue[]>();
for (const c of DOMAIN_CUES) {
  for (const t of c.triggers) BY_TRIGGER.set(t, [...(BY_TRIGGER.get(t) ?? []), c]);
}
/** Words every critics-answered reading contains one of; most comments skip the long pattern. */
const CRITIC_GATE =
  /puppet|dupe|collu|conspira|bromance|democrat|dnc|critics|omg|treason|traitor|betrayal|appeasement|surrender|theor|investigation/u;
/** The same gate on word tokens, so a tokenised comment needs no extra scan. */
const CRITIC_GATE_WORDS = new Set(
  (
    "puppet puppets puppet's dupe dupes collude colludes colluded colluding collusion conspiracy " +
    'conspiracies conspiratorial conspiracist conspiracists bromance democrat democrats ' +
    "democratic democrats' dnc critics omg treason traitor traitors betrayal appeasement surrender " +
    'theory theories investigation investigations'
  ).split(' '),
);

addVocabulary(BY_TRIGGER.keys(), F_TRIGGER);
addVocabulary(CRITIC_GATE_WORDS, F_CRITIC);

/** Cues that the critics-answered reading turns around rather than adds to. */
const CRITICS_WORDS = new Set([
  'puppet',
  'collusion',
  'stooge',
  'bromance',
  'owned by Putin',
  'a sham',
  'betrayal',
]);

/** Bit i of a trigger mask is DOMAIN_CUES[i]; vocabulary.ts ORs them up per sentence. */
const CUE_BIT = new Map<DomainCue, number>(DOMAIN_CUES.map((c, i) => [c, 1 << i]));
for (const [word, cues] of BY_TRIGGER) {
  addCueTrigger(
    word,
    cues.reduce((bits, c) => bits | (CUE_BIT.get(c) ?? 0), 0),
  );
}
/** CRITIC_GATE is FIRST, CRITICS_ANSWERED's pattern FIRST + 1, DOMAIN_CUES[i]'s FIRST + i + 2. */
const FIRST = registerCueRegexes([
  CRITIC_GATE,
  CRITICS_ANSWERED.pattern,
  ...DOMAIN_CUES.map((c) => c.pattern),
]);
const CACHE_LIMIT = 10_000;
/** Trigger bits of the pieces of odd words ("sham/farce"): rare words, so a plain Map will do. */
const pieceCache = new Map<string, number>();

export interface CueHit {
  readonly cue: string;
  readonly weight: number;
}

/**
 * `lowerText` is the comment's own voice (long quotations removed), or a function that builds it
 * only if a trigger word is found; `lowerFull` keeps quotations other than the parent's, because
 * mocking the critics is often done by acting out their outcry (null: no outcry words in it).
 * `sentences`, when the caller has tokenised already, spares a second scan for trigger words.
 */
export function domainCues(
  lowerTextOrThunk: string | (() => string),
  lowerFullOrNull: string | null = null,
  sentences?: readonly Sentence[],
): CueHit[] {
  let text = typeof lowerTextOrThunk === 'string' ? lowerTextOrThunk : null;
  const lowerText = (): string => (text ??= (lowerTextOrThunk as () => string)());
  const hits: CueHit[] = [];
  let candidates = 0;
  let critic = sentences === undefined;
  if (sentences) {
    for (const sentence of sentences) {
      const read = readSentence(sentence);
      candidates |= read & (CRITIC_BIT - 1);
      if (read >= CRITIC_BIT) critic = true;
    }
  } else {
    for (const c of triggersIn(lowerText())) candidates |= CUE_BIT.get(c) ?? 0;
  }
  const full = lowerFullOrNull;
  const answered =
    (critic &&
      cuePrefilter(lowerText()).test(FIRST, CRITIC_GATE, lowerText()) &&
      matches(CRITICS_ANSWERED, lowerText(), FIRST + 1)) ||
    (full !== null && MOCK_OUTCRY.test(full));
  if (answered) hits.push({ cue: CRITICS_ANSWERED.cue, weight: CRITICS_ANSWERED.weight });
  if (candidates === 0) return hits;
  for (let i = 0; i < DOMAIN_CUES.length; i += 1) {
    const c = DOMAIN_CUES[i] as DomainCue;
    if ((candidates & (1 << i)) === 0 || (answered && CRITICS_WORDS.has(c.cue))) continue;
    if (matches(c, lowerText(), FIRST + i + 2)) hits.push({ cue: c.cue, weight: c.weight });
  }
  return hits;
}

/** `index`: the pattern's number in the shared prefilter. */
function matches(c: DomainCue, lowerText: string, index: number): boolean {
  const p = cuePrefilter(lowerText);
  return (
    p.may(index) &&
    (c.gate === undefined || c.gate.test(lowerText)) &&
    p.test(index, c.pattern, lowerText)
  );
}

const CRITIC_BIT = 1 << DOMAIN_CUES.length;

/**
 * The trigger bits of one sentence split with `wordInfo`, with CRITIC_BIT for a critics' word. A
 * sentence with a trigger or critics' word, or with no word any rule knows (registered or scored by
 * VADER), also has its odd words read in pieces, which may hide a trigger ("sham/farce").
 */
function readSentence(sentence: Sentence): number {
  const flags = sentence.flags;
  const gated = (flags & (F_TRIGGER | F_CRITIC)) !== 0;
  let bits = gated ? sentence.cues + ((flags & F_CRITIC) !== 0 ? CRITIC_BIT : 0) : 0;
  const plain = !gated && (flags & ~F_ODD) === 0;
  if ((flags & F_ODD) !== 0 && (gated || (plain && !sentence.words.some(scored)))) {
    for (const w of sentence.words) if (!BY_TRIGGER.has(w)) bits |= piecesOf(w);
  }
  return bits;
}

function scored(word: string): boolean {
  return lexiconValence(word) !== 0;
}

/** Trigger bits of the pieces of a word with characters a trigger word cannot contain. */
function piecesOf(word: string): number {
  if (word.length <= 2 || isTriggerShaped(word)) return 0;
  let bits = pieceCache.get(word);
  if (bits === undefined) {
    bits = 0;
    for (const c of triggersIn(word)) bits |= CUE_BIT.get(c) ?? 0;
    if (pieceCache.size >= CACHE_LIMIT) pieceCache.clear();
    pieceCache.set(word, bits);
  }
  return bits;
}

function isTriggerShaped(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) if (!isTriggerCode(word.charCodeAt(i))) return false;
  return true;
}

/** Trigger words inside `text`, split at every character a trigger word cannot contain. */
function triggersIn(text: string): Set<DomainCue> {
  const found = new Set<DomainCue>();
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isTriggerCode(text.charCodeAt(i))) continue;
    if (i - start > 2) {
      const cues = BY_TRIGGER.get(text.slice(start, i));
      if (cues) for (const cue of cues) found.add(cue);
    }
    start = i + 1;
  }
  return found;
}
