// One lookup per word: every word a rule gates on is registered here under a flag, and each token
// is looked up once while a comment is split. A sentence then carries the OR of its words' flags,
// so a rule whose words are absent skips the sentence without scanning it again.
import { lexiconValence } from './lexicon.ts';

export const F_ENGAGEMENT = 1;
export const F_TALK = 2;
export const F_BIGRAM = 4;
export const F_ACTOR = 8;
export const F_PAIR = 16;
export const F_PHRASE = 32;
export const F_TRIGGER = 64;
export const F_CRITIC = 128;
/** VADER scores the word. */
export const F_LEXICON = 256;
export const F_DEICTIC = 512;
export const TARGET_FLAGS = F_ENGAGEMENT | F_TALK | F_BIGRAM | F_ACTOR | F_PAIR;

const registered = new Map<string, number>();
/** Distinct words remembered; past this the cache is cleared rather than grown without bound. */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, number>();

/** Registers words under a flag; called by the rule modules when they load, before any lookup. */
export function addVocabulary(words: Iterable<string>, flag: number): void {
  for (const w of words) registered.set(w, (registered.get(w) ?? 0) | flag);
  cache.clear();
}

/** The flags of one lowercase word. */
export function wordFlags(word: string): number {
  // Numbers ("2016", "#41") are an unbounded vocabulary that would crowd the cache out.
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    return (registered.get(word) ?? 0) | (lexiconValence(word) !== 0 ? F_LEXICON : 0);
  }
  let flags = cache.get(word);
  if (flags === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    flags = (registered.get(word) ?? 0) | (lexiconValence(word) !== 0 ? F_LEXICON : 0);
    cache.set(word, flags);
  }
  return flags;
}

addVocabulary(['this', 'that'], F_DEICTIC);
