import type { NameTokens } from './name-tokens.ts';
import type { StemLookup } from './stem-pool.ts';
import type { WordIds, WordRun } from './word-ids.ts';

export interface PreparedComment {
  readonly author: string | null;
  /** Author folded for comparisons (`MyThreeCents` and `mythreecents` are the same person). */
  readonly authorKey: string | null;
  /** The first word, folded. */
  readonly firstWord: string;
  /** Folded words written with a capital (or first in the body): the only places a name can be. */
  readonly nameWords: ReadonlySet<string>;
  /** Whether `word` (folded) is one of `nameWords`, without building the set. */
  hasNameWord(word: string): boolean;
  /** The same words as `nameWords`, without building a set. */
  readonly nameWordList: readonly string[];
  /** Distinct content stems (see `contentStem`), and the word written for each, same order. */
  readonly stems: readonly string[];
  /** The `stemBit` of each of `stems`, ORed: a stem whose bit is missing is not among them. */
  readonly stemBits: number;
  /** How many `stems`, without building the list. */
  readonly distinctStems: number;
  /** `stems[k]`, without building the list. */
  stemAt(k: number): string;
  /** The vocabulary's id of `stems[k]` (its index in the pool's `stems`). */
  stemIdAt(k: number): number;
  /** Whether the body writes `my ${word}` or `My ${word}`, as `includes` finds them. */
  writesMy(word: string): boolean;
  /** The same stems as a set, built on first use. */
  readonly stemSet: ReadonlySet<string>;
  /**
   * The same stems, marked in the pool instead of put in a set: the look-up holds only until the
   * pool marks another comment's.
   */
  markStems(): StemLookup;
  readonly stemWords: readonly string[];
  /** The word written for `stems[k]`, cut from the body when asked. */
  stemWord(k: number): string;
  /**
   * Drops what was built on first use (tokens, the set of stems, the normalized text): a comment
   * that no reply can still reach need not hold them, and they are rebuilt if it is reached again.
   */
  releaseScratch(): void;
  /** Drops only what the comment built as the reply being placed (tokens, opening, first sentence). */
  releaseReplyScratch(): void;
  /** Tokens with their surroundings (the first 801), built on first use. */
  readonly tokens: NameTokens;
  /** Folded `words` (a quotation, a question) made ready to look for with `holdsRun`. */
  wordRun(words: readonly string[]): WordRun;
  /**
   * Whether the comment writes `run`'s words in a row: what searching its words normalized
   * (`normalizeWords`, padded with a space each side) for `` ` ${run} ` `` says.
   */
  holdsRun(run: WordRun): boolean;
  /** The table its words are numbered in (`wordIdsIn`), shared by the comments of a dump. */
  readonly wordTable: WordIds;
  /** Its words in order (the words of `normalizeWords(body)`), as ids in `table`. */
  wordIdsIn(table: WordIds): ArrayLike<number>;
  /** What the comment puts between double quotation marks (two words or more; the first 12). */
  readonly quotedSpans: readonly string[];
  /** The content stems of each quoted span, same order. */
  readonly quotedStems: readonly (readonly string[])[];
  /** Each quoted span is said to be the article's ("The article says "the county""), same order. */
  readonly citesArticle: readonly boolean[];
  /** Asks something, quotations aside. */
  readonly asks: boolean;
  /**
   * Asks the readers for news ("Does anyone know if…?"), quotations included; read on first use and
   * kept, as it is asked again with every reply the comment is a candidate for.
   */
  readonly asksForNews: boolean;
  /**
   * Opens about the comment section itself (about-comment-section.ts); read on first use and kept,
   * as it is asked of each question a reply may answer.
   */
  readonly aboutPage: boolean;
  /** The last sentence is a question (quotations aside): it invites an answer. */
  readonly endsWithQuestion: boolean;
  readonly wordCount: number;
  /** The start of the body as written (up to 240 characters), where openers and "you" are read. */
  readonly opening: string;
  /** The first sentence as written. */
  readonly firstSentence: string;
  /** The whole body as written. */
  readonly body: string;
}
