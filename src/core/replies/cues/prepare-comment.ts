import {
  contentStem,
  newVocabulary,
  NOT_CONTENT,
  stemCount,
  type Vocabulary,
} from './rare-words.ts';
import { isUpperCode } from '../../text/char-codes.ts';
import { folded, normalizeWords, scanWords } from './scan-words.ts';
import { nameTokens, type Token } from './name-tokens.ts';
import type { StemPool } from './stem-pool.ts';

export { foldWord, normalizeWords, splitWords } from './scan-words.ts';
export type { Token } from './name-tokens.ts';

// Everything the reply cues read from one comment, in one pass over its characters. What only a
// few cues need (tokens with their surroundings, the normalized text) is built on first use, so
// inference stays linear and cheap on dumps of tens of thousands of comments.

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
  /** Distinct content stems (see `contentStem`), and the word written for each, same order. */
  readonly stems: readonly string[];
  /** How many `stems`, without building the list. */
  readonly distinctStems: number;
  /** `stems[k]`, without building the list. */
  stemAt(k: number): string;
  /** The same stems as a set, built on first use. */
  readonly stemSet: ReadonlySet<string>;
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
  /** Tokens with their surroundings (the first 800), built on first use. */
  readonly tokens: readonly Token[];
  /** Folded words joined by single spaces, padded with a space each side; built on first use. */
  readonly normText: string;
  /** What the comment puts between double quotation marks (two words or more; the first 12). */
  readonly quotedSpans: readonly string[];
  /** The content stems of each quoted span, same order. */
  readonly quotedStems: readonly (readonly string[])[];
  /** Each quoted span is said to be the article's ("The article says "the county""), same order. */
  readonly citesArticle: readonly boolean[];
  /** Asks something, quotations aside. */
  readonly asks: boolean;
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

// Straight and curly double quotes; single quotes are too often apostrophes to pair reliably.
const QUOTED = /["“”„]([^"“”„]{3,}?)["“”]/g;
// Right before a quotation: "The article says", "the story calls it", "the mayor's office told the
// paper": the words quoted are the article's, not a commenter's.
const CITES_ARTICLE =
  /\b(?:article|story|piece|report|headline|reporter|paper)\b[^.!?"“”]{0,20}\b(?:says?|said|calls?|called|writes?|wrote|quotes?|quoted|puts? it)\b[^.!?"“”]{0,12}$/i;
// Bounds that keep a pathological comment (a megabyte of quotes or names) from stalling the
// inference: people quote a few passages and name people early, not thousands of times.
const MAX_QUOTED_SPANS = 12;
/** Up to this many name words a linear scan answers `hasNameWord`; past it, a set built on demand. */
const NAME_SCAN_LIMIT = 16;

/** Pass one `vocabulary` to every comment of a dump: it counts the comments using each stem. */
export function prepareComment(
  author: string | null,
  body: string,
  vocabulary: Vocabulary = newVocabulary(),
): PreparedComment {
  let wordCount = 0;
  let firstWord = '';
  const nameWords: string[] = [];
  const serial = ++vocabulary.comments;
  const { df, names, pool } = vocabulary;
  // Where each stem's word is written rides along in the pool: a string per content word of every
  // comment, kept for the whole dump, was a third of what preparing a 50,000-comment dump held.
  const from = pool.length;
  scanWords(body, (start, end, upper, apostrophe) => {
    wordCount++;
    const first = wordCount === 1;
    const capital = isUpperCode(body.charCodeAt(start));
    // Short lower-case words are neither names nor content: count them, nothing more.
    if (!first && !capital && end - start < 4) return;
    const w = folded(body, start, end, upper, apostrophe);
    if (first) firstWord = w;
    if (first || capital) {
      // One shared string per distinct name word, and a short array instead of a Set per comment.
      let entry = names.get(w);
      if (entry === undefined) names.set(w, (entry = { word: w, serial: 0 }));
      if (entry.serial !== serial) nameWords.push(entry.word);
      entry.serial = serial;
    }
    const count = stemCount(w, vocabulary);
    if (count === NOT_CONTENT || count.serial === serial) return;
    count.serial = serial;
    df.set(count.stem, ++count.comments);
    // The end times four (under 2^32: strings stop at 2^29), plus the scan's two flags: folding
    // the slice again is then exact.
    pool.push(count.id, start, end * 4 + (upper ? 1 : 0) + (apostrophe ? 2 : 0));
  });
  const hasQuotes = /["“”„]/.test(body);
  // Most comments quote nothing: they share one empty list instead of two each.
  let quotedSpans: string[] = NONE;
  let quotedStems: string[][] = NONE;
  let citesArticle: boolean[] = NONE;
  if (hasQuotes) {
    quotedSpans = [];
    quotedStems = [];
    citesArticle = [];
    for (const m of body.matchAll(QUOTED)) {
      if (quotedSpans.length >= MAX_QUOTED_SPANS) break;
      const span = normalizeWords(m[1] ?? '');
      if (!span.includes(' ')) continue;
      quotedSpans.push(span);
      citesArticle.push(CITES_ARTICLE.test(body.slice(Math.max(0, m.index - 40), m.index)));
      quotedStems.push(span.split(' ').flatMap((w) => contentStem(w, vocabulary.stemOf) || []));
    }
  }
  // Questions inside quotations are somebody else's.
  const ownText = hasQuotes ? body.replace(QUOTED, ' ') : body;
  const asks = ownText.includes('?');
  return new Prepared(author, body, firstWord, nameWords, pool, from, {
    quotedSpans,
    quotedStems,
    citesArticle,
    asks,
    endsWithQuestion: asks && /\?+\W*(?:heh|lol|ha|eh)?\W*$/i.test(ownText.slice(-40)),
    wordCount,
  });
}

const NONE: never[] = [];

type EagerPart = Pick<
  PreparedComment,
  'quotedSpans' | 'quotedStems' | 'citesArticle' | 'asks' | 'endsWithQuestion' | 'wordCount'
>;

/**
 * A class, not an object literal with getters: a literal with accessors is built on V8's slow path
 * (fresh closures and accessor pairs per comment), which showed up on 50,000-comment dumps.
 */
class Prepared implements PreparedComment {
  readonly authorKey: string | null;
  readonly quotedSpans: readonly string[];
  readonly quotedStems: readonly (readonly string[])[];
  readonly citesArticle: readonly boolean[];
  readonly asks: boolean;
  readonly endsWithQuestion: boolean;
  readonly wordCount: number;
  readonly distinctStems: number;
  #stems: string[] | null = null;
  #opening: string | null = null;
  #firstSentence: string | null = null;
  #tokens: Token[] | null = null;
  #normText: string | null = null;
  #stemSet: Set<string> | null = null;
  #nameSet: Set<string> | null = null;

  constructor(
    readonly author: string | null,
    readonly body: string,
    readonly firstWord: string,
    private readonly names: readonly string[],
    private readonly pool: StemPool,
    /** Where the comment's triples start in the pool. */
    private readonly from: number,
    eager: EagerPart,
  ) {
    this.distinctStems = (pool.length - from) / 3;
    this.authorKey = author === null ? null : author.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    this.quotedSpans = eager.quotedSpans;
    this.quotedStems = eager.quotedStems;
    this.citesArticle = eager.citesArticle;
    this.asks = eager.asks;
    this.endsWithQuestion = eager.endsWithQuestion;
    this.wordCount = eager.wordCount;
  }

  // The opening and first sentence are read only while the comment is the reply being placed.
  get opening(): string {
    this.#opening ??= this.body.trimStart().slice(0, 240);
    return this.#opening;
  }

  get firstSentence(): string {
    this.#firstSentence ??= (/^[^.!?\n]*[.!?]*/.exec(this.body.trimStart().slice(0, 400)) ?? [
      '',
    ])[0];
    return this.#firstSentence;
  }

  get nameWords(): Set<string> {
    return new Set(this.names);
  }

  hasNameWord(word: string): boolean {
    // A scan beats a Set for the handful of capitalised words most comments have.
    if (this.names.length <= NAME_SCAN_LIMIT) return this.names.includes(word);
    this.#nameSet ??= new Set(this.names);
    return this.#nameSet.has(word);
  }

  get stemWords(): string[] {
    return this.stems.map((_, k) => this.stemWord(k));
  }

  stemAt(k: number): string {
    return this.pool.stems[this.pool.data[this.from + 3 * k] ?? -1] ?? '';
  }

  // Built on first use: the pool holds them for the whole dump, the list only while it is read.
  get stems(): string[] {
    if (this.#stems === null) {
      this.#stems = [];
      for (let k = 0; k < this.distinctStems; k++) this.#stems.push(this.stemAt(k));
    }
    return this.#stems;
  }

  stemWord(k: number): string {
    const { data } = this.pool;
    const start = data[this.from + 3 * k + 1] ?? 0;
    const end = data[this.from + 3 * k + 2] ?? 4 * start;
    return folded(this.body, start, end >>> 2, (end & 1) === 1, (end & 2) === 2);
  }

  releaseScratch(): void {
    this.releaseReplyScratch();
    this.#normText = null;
    this.#stemSet = null;
    this.#stems = null;
  }

  releaseReplyScratch(): void {
    this.#tokens = null;
    this.#nameSet = null;
    this.#opening = null;
    this.#firstSentence = null;
  }

  get tokens(): Token[] {
    this.#tokens ??= nameTokens(this.body.replace(/’/g, "'"));
    return this.#tokens;
  }

  get stemSet(): Set<string> {
    this.#stemSet ??= new Set(this.stems);
    return this.#stemSet;
  }

  get normText(): string {
    this.#normText ??= ` ${normalizeWords(this.body)} `;
    return this.#normText;
  }
}
