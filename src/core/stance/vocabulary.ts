// One lookup per distinct word: every word a rule gates on is registered here under a flag, and
// each word is described once, when the splitter first makes it an id (`vocabularyIds`). A sentence
// then carries the OR of its words' flags, so a rule whose words are absent skips the sentence
// without scanning it again.
import type { WordInfo } from './split-sentences.ts';
import { StanceWordIds } from './stance-word-ids.ts';
import { WordTable } from './word-table.ts';

export const F_ENGAGEMENT = 1;
export const F_TALK = 2;
export const F_BIGRAM = 4;
export const F_ACTOR = 8;
export const F_PAIR = 16;
export const F_PHRASE = 32;
export const F_TRIGGER = 64;
export const F_CRITIC = 128;
export const F_DEICTIC = 512;
/**
 * From `wordInfo` only: a word of three or more characters with one outside a–z, 0–9, ' and -,
 * which the domain cues split into pieces ("sham/farce").
 */
export const F_ODD = 1024;
export const TARGET_FLAGS = F_ENGAGEMENT | F_TALK | F_BIGRAM | F_ACTOR | F_PAIR;

const registered = new Map<string, number>();
const cueBits = new Map<string, number>();
/** Registered words only, asked once per distinct word the splitter meets (`ids`). */
let infos: WordTable<WordInfo> | null = null;
/** Every word the comments used, by id, each described by `wordInfo` once. */
let ids: StanceWordIds | null = null;
const ODD: WordInfo = { flags: F_ODD, cues: 0 };

/** Registers words under a flag; called by the rule modules when they load, before any lookup. */
export function addVocabulary(words: Iterable<string>, flag: number): void {
  for (const w of words) registered.set(w, (registered.get(w) ?? 0) | flag);
  infos = null;
  ids = null;
}

/** Registers a word as a trigger of the domain cues in `bits` (domain-cues.ts numbers them). */
export function addCueTrigger(word: string, bits: number): void {
  cueBits.set(word, (cueBits.get(word) ?? 0) | bits);
  infos = null;
  ids = null;
}

/** A word's registered flags, with F_ODD, and its domain-cue trigger bits. */
export function wordInfo(word: string): WordInfo | undefined {
  const info = (infos ??= buildInfos()).get(word);
  if (info !== undefined) return info;
  return word.length > 2 && isOdd(word) ? ODD : undefined;
}

/**
 * The word ids the splitter makes of a comment, each word described by `wordInfo` the first time
 * any comment uses it. A full table is replaced between comments, never while one is split.
 */
export function vocabularyIds(): StanceWordIds {
  if (ids === null || ids.full) ids = new StanceWordIds(wordInfo);
  return ids;
}

/** The flags one word was registered under. */
export function registeredFlags(word: string): number {
  return ((infos ??= buildInfos()).get(word)?.flags ?? 0) & ~F_ODD;
}

function buildInfos(): WordTable<WordInfo> {
  const table = new WordTable<WordInfo>();
  for (const w of new Set([...registered.keys(), ...cueBits.keys()])) {
    const odd = w.length > 2 && isOdd(w) ? F_ODD : 0;
    table.set(w, { flags: (registered.get(w) ?? 0) | odd, cues: cueBits.get(w) ?? 0 });
  }
  return table;
}

/** a–z, 0–9, apostrophe and hyphen make up trigger words ("photo-op", "won't"). */
export function isTriggerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
}

function isOdd(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) if (!isTriggerCode(word.charCodeAt(i))) return true;
  return false;
}

addVocabulary(['this', 'that'], F_DEICTIC);
