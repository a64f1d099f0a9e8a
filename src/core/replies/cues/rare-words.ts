import { StemPool } from './stem-pool.ts';
import { stemBit } from './stem-bit.ts';
import { FoldedWords, type WordEntry } from './folded-words.ts';
import { WordIds } from './word-ids.ts';

// Frequent words say nothing about who answers whom; only words few comments use do.
const STOP = new Set(
  (
    'about above after again against also although because been before being below between both ' +
    'could does doing down during each even ever every from further have having here just least ' +
    'like made make many more most much must never only other over same should since some such ' +
    'than that their them then there these they thing think this those though through under until ' +
    'very want were what when where which while will with would your yours into onto upon well ' +
    'really actually still already people going know said says sure first last years year time ' +
    // Everyday words: two comments sharing one of these have not echoed each other.
    'keep open week weeks days back good right long work works worked life need needs want wants ' +
    'look looks come comes came give gives take takes taken call called find found tell told ' +
    'seem seems part place point case fact hand hands home kind sort idea things mean means ' +
    'better best worse worst less little great same different whole every everyone everything ' +
    'anyone anything someone something nothing nobody always often maybe perhaps probably ' +
    'course doing done gone getting give given next around away again ever used using ' +
    'today yesterday tomorrow night morning money price cost costs free full open close closed ' +
    'start started stop stopped help helps change changes problem problems question reason ' +
    'world country state states city town area side group number money power public real true ' +
    'high large small young old new big able enough quite rather almost also however another ' +
    // Spans of time and distance measure anything: "a fourteen-hour drive" has not echoed "for an
    // hour or so".
    'hour hours minute minutes month months mile miles ' +
    // The page itself ("this thread", "the comments"): shared by talk about it, not by an exchange.
    'thread threads comment comments commenter commenters section'
  ).split(' '),
);

/** A crude stem, enough to hear "hamstringing" echo "hamstring" and "withdrawing" echo "withdraw". */
export function stemWord(word: string): string {
  let w = word.replace(/'.*$/, '');
  // Stripped until stable, so "hamstring" and "hamstringing" land on the same stem.
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of ['ing', 'ed', 'es', 'ly', 's']) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
        w = w.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  // "notice" and "noticed" both end up "notic".
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** The stem of a content word (four letters or more, not a function word), else ''. */
export function contentStem(word: string, cache: Map<string, string>): string {
  if (word.length < 4) return '';
  let stem = cache.get(word);
  if (stem === undefined) {
    // A contraction is its first word: "they'd" and "don't" are as empty as "they" and "don".
    const base = word.replace(/'.*$/, '');
    stem = base.length < 4 || STOP.has(base) || /^\d+$/.test(word) ? '' : stemWord(word);
    cache.set(word, stem);
  }
  return stem;
}

/** A content stem as counted while a dump is prepared, shared by every word with that stem. */
export interface StemCount {
  readonly stem: string;
  /** Its id in the vocabulary's pool. */
  readonly id: number;
  /** Its `stemBit`. */
  readonly bit: number;
  /** The comment that last counted it, so a stem counts once per comment. */
  serial: number;
  /** How many comments use it, as `df` has it. */
  comments: number;
}

/** What words too short or too common to be content share: no stem, never counted. */
export const NOT_CONTENT: StemCount = { stem: '', id: -1, bit: 0, serial: 0, comments: 0 };

/**
 * What a dump's comments share, filled while they are prepared: the stem of each word seen (a
 * cache, words repeat a lot) and how many comments use each stem.
 */
export interface Vocabulary {
  readonly stemOf: Map<string, string>;
  /**
   * How many comments use each stem: read off the counts, where a map written per stem of every
   * comment cost a tenth of preparing a dump.
   */
  readonly df: { get(stem: string): number | undefined };
  /**
   * Each distinct word seen, with its id, its stem's count and the comment that last named it: one
   * look-up per word of every comment, where the stem, the comment that last counted it and its count were
   * three maps read (and two written) per word.
   */
  readonly words: FoldedWords;
  /** The shared count of each stem, kept for `df`. */
  readonly countOf: Map<string, StemCount>;
  /** The stems of every comment prepared, with where each is written. */
  readonly pool: StemPool;
  /** The words of every comment prepared, in order, as ids in `words`. */
  readonly wordIds: WordIds;
  comments: number;
}

export function newVocabulary(): Vocabulary {
  const countOf = new Map<string, StemCount>();
  const words = new FoldedWords();
  return {
    stemOf: new Map(),
    df: { get: (stem) => countOf.get(stem)?.comments },
    words,
    wordIds: new WordIds(words),
    countOf,
    pool: new StemPool(),
    comments: 0,
  };
}

/** The count of `word`'s content stem (`NOT_CONTENT` when it has none), met once per word. */
export function stemCount(word: string, vocabulary: Vocabulary): StemCount {
  return countOfEntry(vocabulary.words.of(word), vocabulary);
}

/** `stemCount` of a word already found in the vocabulary's table. */
export function countOfEntry(entry: WordEntry, vocabulary: Vocabulary): StemCount {
  if (entry.count !== null) return entry.count;
  const stem = contentStem(entry.word, vocabulary.stemOf);
  let count = stem === '' ? NOT_CONTENT : vocabulary.countOf.get(stem);
  if (count === undefined) {
    count = { stem, id: vocabulary.pool.add(stem), bit: stemBit(stem), serial: 0, comments: 0 };
    vocabulary.countOf.set(stem, count);
  }
  entry.count = count;
  return count;
}
