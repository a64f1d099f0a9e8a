import { nameTokens, type NameTokens } from './name-tokens.ts';
import { foldedName } from './name-matches.ts';
import { asksForNews } from './asks-for-news.ts';
import { aboutCommentSection } from './about-comment-section.ts';
import { afterMy } from './after-my.ts';
import type { PreparedComment } from './prepared-comment.ts';
import type { StemLookup, StemPool } from './stem-pool.ts';
import type { WordIds, WordRun } from './word-ids.ts';

/** Up to this many name words a linear scan answers `hasNameWord`; past it, a set built on demand. */
const NAME_SCAN_LIMIT = 16;
/** Module constants, not literals: a literal is a new object each time it is reached. */
const FIRST_SENTENCE = /^[^.!?\n]*[.!?]*/;

export type EagerPart = Pick<
  PreparedComment,
  | 'quotedSpans'
  | 'quotedStems'
  | 'citesArticle'
  | 'asks'
  | 'endsWithQuestion'
  | 'wordCount'
  | 'stemBits'
>;

/**
 * A class, not an object literal with getters: a literal with accessors is built on V8's slow path
 * (fresh closures and accessor pairs per comment), which showed up on 50,000-comment dumps.
 */
export class Prepared implements PreparedComment {
  readonly authorKey: string | null;
  readonly quotedSpans: readonly string[];
  readonly quotedStems: readonly (readonly string[])[];
  readonly citesArticle: readonly boolean[];
  readonly asks: boolean;
  readonly endsWithQuestion: boolean;
  readonly wordCount: number;
  readonly stemBits: number;
  readonly distinctStems: number;
  #stems: string[] | null = null;
  #opening: string | null = null;
  #firstSentence: string | null = null;
  #tokens: NameTokens | null = null;
  #stemSet: Set<string> | null = null;
  #nameSet: Set<string> | null = null;
  #afterMy: readonly number[] | null = null;
  #asksForNews: boolean | null = null;
  #aboutPage: boolean | null = null;

  constructor(
    readonly author: string | null,
    readonly body: string,
    readonly firstWord: string,
    private readonly names: readonly string[],
    private readonly pool: StemPool,
    /** Where the comment's stems start in the pool. */
    private readonly from: number,
    readonly wordTable: WordIds,
    /** The buffer of `wordTable` holding the comment's words, from `wordFrom` (`wordCount`). */
    private readonly wordData: Uint32Array,
    private readonly wordFrom: number,
    eager: EagerPart,
  ) {
    this.distinctStems = pool.length - from;
    this.authorKey = author === null ? null : foldedName(author);
    this.quotedSpans = eager.quotedSpans;
    this.quotedStems = eager.quotedStems;
    this.citesArticle = eager.citesArticle;
    this.asks = eager.asks;
    this.endsWithQuestion = eager.endsWithQuestion;
    this.wordCount = eager.wordCount;
    this.stemBits = eager.stemBits;
  }

  // The opening and first sentence are read only while the comment is the reply being placed.
  get opening(): string {
    this.#opening ??= this.body.trimStart().slice(0, 240);
    return this.#opening;
  }

  get firstSentence(): string {
    this.#firstSentence ??= (FIRST_SENTENCE.exec(this.body.trimStart().slice(0, 400)) ?? [''])[0];
    return this.#firstSentence;
  }

  get asksForNews(): boolean {
    this.#asksForNews ??= asksForNews(this.body);
    return this.#asksForNews;
  }

  get aboutPage(): boolean {
    this.#aboutPage ??= aboutCommentSection(this.opening);
    return this.#aboutPage;
  }

  get nameWords(): Set<string> {
    return new Set(this.names);
  }

  get nameWordList(): readonly string[] {
    return this.names;
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
    return this.pool.stems[this.pool.stemIdAt(this.from + k)] ?? '';
  }

  stemIdAt(k: number): number {
    return this.pool.stemIdAt(this.from + k);
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
    return this.wordTable.wordOf(this.pool.data[this.from + k] ?? -1);
  }

  writesMy(word: string): boolean {
    // Where each "my " or "My " ends, found once: asked of every candidate of a reply saying "your
    // X", two searches of the whole body each time were most of what that cue cost.
    this.#afterMy ??= afterMy(this.body);
    for (const at of this.#afterMy) if (this.body.startsWith(word, at)) return true;
    return false;
  }

  releaseScratch(): void {
    this.releaseReplyScratch();
    this.#afterMy = null;
    this.#stemSet = null;
    this.#stems = null;
  }

  releaseReplyScratch(): void {
    this.#tokens = null;
    this.#nameSet = null;
    this.#opening = null;
    this.#firstSentence = null;
  }

  get tokens(): NameTokens {
    // Curly apostrophes stay: tokens are cut and folded alike at either, and the name cues' tests of
    // the text around a token look at neither.
    this.#tokens ??= nameTokens(this.body);
    return this.#tokens;
  }

  markStems(): StemLookup {
    return this.pool.mark(this.from, this.distinctStems);
  }

  get stemSet(): Set<string> {
    if (this.#stemSet === null) {
      // Straight from the pool: most comments asked for the set never build the list.
      const set = new Set<string>();
      for (let k = 0; k < this.distinctStems; k++) set.add(this.stemAt(k));
      this.#stemSet = set;
    }
    return this.#stemSet;
  }

  wordRun(words: readonly string[]): WordRun {
    return this.wordTable.run(words);
  }

  holdsRun(run: WordRun): boolean {
    return this.wordTable.holds(this.wordData, this.wordFrom, this.wordCount, run);
  }

  wordIdsIn(table: WordIds): ArrayLike<number> {
    return this.wordTable.idsIn(this.wordData, this.wordFrom, this.wordCount, table);
  }
}
