import { SentimentIntensityAnalyzer as Vader } from 'vader-sentiment';
import type { Sentence } from './split-sentences.ts';
import type { StanceWordIds } from './stance-word-ids.ts';
import { WordTable } from './word-table.ts';

// The lexicon is vader-sentiment's; so are the rules below (negation within three words, boosters
// and dampeners, ALL-CAPS emphasis, "never so", "least", "but", "!"/"?" emphasis), restated as one
// tight loop. The package's own entry points cost about 0.8 ms a sentence (`polarity_scores` builds
// a word × punctuation map) and about 5 µs a scored word (`sentiment_valence` copies its negation
// list on every check) — 50,000 comments would take seconds. tests/core/stance/lexicon.test.ts
// holds this loop to `polarity_scores` on every sentence of both seeds. Not restated: VADER's seven
// special-case idioms ("the bomb", "kiss of death", …).

const N_SCALAR = -0.74;
const B_INCR = 0.293;
const C_INCR = 0.733;
const ALPHA = 15;

const BOOST_UP = new Set(
  (
    'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely ' +
    'especially exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin ' +
    'fully fucking greatly hella highly hugely incredibly intensely majorly more most particularly ' +
    'purely quite really remarkably so substantially thoroughly totally tremendously uber ' +
    'unbelievably unusually utterly very'
  ).split(' '),
);
const BOOST_DOWN = new Set(
  (
    'almost barely hardly kinda kindof kind-of less little marginally occasionally partly scarcely ' +
    'slightly somewhat sorta sortof sort-of'
  ).split(' '),
);
const NEGATE = new Set(
  (
    "aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't " +
    "doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't " +
    "mightn't mustn't neednt needn't never none nope nor not nothing nowhere oughtnt shant shouldnt " +
    "uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't " +
    "wouldn't rarely seldom despite"
  ).split(' '),
);

/** Distinct words remembered; past this the cache is cleared rather than grown without bound. */
const CACHE_LIMIT = 200_000;
const lexicon = new WordTable<number>();
const SCORED_NUMBERS: ReadonlySet<string> = new Set(['1337', '143', '1432', '182', '187', '86']);

/**
 * The lexicon valence of one lowercase word (0 when absent), asked of VADER once and remembered:
 * VADER scores a lone word with no neighbours as its plain lexicon entry.
 */
export function lexiconValence(lower: string): number {
  const c = lower.charCodeAt(0);
  // Numbers are an unbounded vocabulary; VADER scores only these few (leetspeak, pager codes).
  if (c >= 48 && c <= 57 && !SCORED_NUMBERS.has(lower)) return 0;
  let v = lexicon.get(lower);
  if (v === undefined) {
    if (lexicon.size >= CACHE_LIMIT) lexicon.clear();
    v =
      Vader.sentiment_valence(
        0,
        { words_and_emoticons: [lower], is_cap_diff: false },
        lower,
        0,
        [],
      )[0] ?? 0;
    lexicon.set(lower, v);
  }
  return v;
}

/** `lexiconValence` of word `id` of `table`, kept by the table: asked once per distinct word. */
function valenceOf(table: StanceWordIds, id: number): number {
  let v = table.valences[id] as number;
  if (Number.isNaN(v)) {
    v = lexiconValence(table.words[id] as string);
    table.valences[id] = v;
  }
  return v;
}

/**
 * The lexicon valence of each of a sentence's lowercase words, or null when none that `ignore`
 * lacks has any: read by word id when the sentence was split into ids, so no word is cut.
 */
function lexicalValences(sentence: Sentence, ignore: ReadonlySet<string>): number[] | null {
  const { ids, table } = sentence;
  if (ids === null || table === null) {
    const known = sentence.words.map(lexiconValence);
    return known.some((v, i) => v !== 0 && !ignore.has(sentence.words[i] ?? '')) ? known : null;
  }
  let scored = false;
  const known = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] as number;
    const v = valenceOf(table, id);
    known[i] = v;
    if (v !== 0 && !scored && !ignore.has(table.words[id] as string)) scored = true;
  }
  return scored ? known : null;
}

/** Python's str.isupper as VADER uses it: some A–Z and no a–z. */
function isAllCaps(word: string): boolean {
  let upper = false;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function negated(word: string | undefined): boolean {
  return word !== undefined && (NEGATE.has(word) || word.includes("n't"));
}

function booster(word: string, lower: string, valence: number, capDiff: boolean): number {
  let scalar = BOOST_UP.has(lower) ? B_INCR : BOOST_DOWN.has(lower) ? -B_INCR : 0;
  if (scalar === 0) return 0;
  if (valence < 0) scalar = -scalar;
  if (capDiff && isAllCaps(word)) scalar += valence > 0 ? C_INCR : -C_INCR;
  return scalar;
}

/** VADER's valence for each word (0 for words outside the lexicon or in `ignore`). */
export function wordValences(
  words: readonly string[],
  ignore: ReadonlySet<string>,
  lowers: readonly string[] = words.map((w) => w.toLowerCase()),
  /** `lexiconValence` of each of `lowers`, when the caller has looked them up already. */
  known?: readonly number[],
): number[] {
  const lexical = known ?? lowers.map(lexiconValence);
  const out = new Array<number>(words.length).fill(0);
  let caps = -1;
  for (let i = 0; i < words.length; i += 1) {
    const lower = lowers[i] ?? '';
    // Every test here only skips the word, so the one that skips most words goes first.
    let valence = lexical[i] ?? 0;
    if (valence === 0) continue;
    if (BOOST_UP.has(lower) || BOOST_DOWN.has(lower) || ignore.has(lower)) continue;
    if (lower === 'kind' && lowers[i + 1] === 'of') continue;
    if (caps < 0) {
      caps = 0;
      for (const w of words) if (isAllCaps(w)) caps += 1;
    }
    const capDiff = caps > 0 && caps < words.length;
    const word = words[i] ?? '';
    if (capDiff && isAllCaps(word)) valence += valence > 0 ? C_INCR : -C_INCR;
    for (let back = 0; back < 3 && i > back; back += 1) {
      const prevLower = lowers[i - back - 1] ?? '';
      if ((lexical[i - back - 1] ?? 0) !== 0) continue;
      let s = booster(words[i - back - 1] ?? '', prevLower, valence, capDiff);
      if (back === 1) s *= 0.95;
      else if (back === 2) s *= 0.9;
      valence += s;
      // VADER's never_check compares the raw (cased) words.
      const w1 = words[i - 1];
      const w2 = words[i - 2];
      const w3 = words[i - 3];
      if (back === 0) {
        if (negated(w1)) valence *= N_SCALAR;
      } else if (back === 1) {
        if (w2 === 'never' && (w1 === 'so' || w1 === 'this')) valence *= 1.5;
        else if (negated(w2)) valence *= N_SCALAR;
      } else if (
        (w3 === 'never' && (w2 === 'so' || w2 === 'this')) ||
        w1 === 'so' ||
        w1 === 'this'
      ) {
        valence *= 1.25;
      } else if (negated(w3)) valence *= N_SCALAR;
    }
    if (i > 0 && lowers[i - 1] === 'least' && lexiconValence('least') === 0) {
      if (i === 1 || (lowers[i - 2] !== 'at' && lowers[i - 2] !== 'very')) valence *= N_SCALAR;
    }
    out[i] = valence;
  }
  let but = words.indexOf('but');
  if (but < 0) but = words.indexOf('BUT');
  if (but >= 0) {
    for (let i = 0; i < out.length; i += 1) {
      if (i < but) out[i] = (out[i] ?? 0) * 0.5;
      else if (i > but) out[i] = (out[i] ?? 0) * 1.5;
    }
  }
  return out;
}

/** VADER's compound from word valences: "!" and "?" emphasis, then normalised into [-1, 1]. */
export function compound(valences: readonly number[], text: string): number {
  let sum = 0;
  for (const v of valences) sum += v;
  if (sum === 0) return 0;
  const bangs = occurrences(text, '!');
  const marks = occurrences(text, '?');
  const emphasis =
    Math.min(bangs, 4) * 0.292 + (marks > 1 ? (marks <= 3 ? marks * 0.18 : 0.96) : 0);
  sum += sum > 0 ? emphasis : -emphasis;
  const norm = sum / Math.sqrt(sum * sum + ALPHA);
  return Math.round(Math.max(-1, Math.min(1, norm)) * 10_000) / 10_000;
}

/**
 * How often `mark` occurs in `text`. Most sentences hold none or one: the native search skips the
 * rest, where a loop read every character of every sentence that carries a valence.
 */
function occurrences(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n += 1;
  return n;
}

export interface WordValence {
  readonly word: string;
  readonly valence: number;
}

export interface SentenceSentiment {
  /** VADER's compound score in [-1, 1]. */
  readonly compound: number;
  /** Words that carried valence after VADER's rules. */
  readonly words: readonly WordValence[];
}

const NONE: SentenceSentiment = { compound: 0, words: [] };

/** `ignore` lists words whose valence describes the situation or the topic rather than a position. */
export function sentenceSentiment(
  sentence: Sentence,
  ignore: ReadonlySet<string>,
): SentenceSentiment {
  // Most sentences carry no lexicon word at all: find out on the lowercase tokens before splitting
  // the cased ones VADER's caps and "but" rules need.
  let known: number[] | undefined = lexicalValences(sentence, ignore) ?? undefined;
  if (known === undefined) return NONE;
  let lowers: readonly string[] = sentence.words;
  const words = sentence.casedWords();
  if (words.length !== lowers.length) {
    lowers = words.map((w) => w.toLowerCase());
    known = undefined;
  }
  const valences = wordValences(words, ignore, lowers, known);
  const carried: WordValence[] = [];
  valences.forEach((valence, i) => {
    if (valence !== 0) carried.push({ word: lowers[i] ?? '', valence });
  });
  if (carried.length === 0) return NONE;
  return { compound: compound(valences, sentence.text), words: carried };
}
