import type { ArticleMeta } from '../../types.ts';
import { nameVariants, splitDisplayName, type NameVariant } from './name-variants.ts';
import { normalizeWords, prepareComment, type PreparedComment } from './prepare-comment.ts';
import { contentStem, newVocabulary, type Vocabulary } from './rare-words.ts';
import { newNameMarks, type NameMarks } from './writes-author-name.ts';
import { newAddressAnswers, type AddressAnswers } from './addresses-opening-at.ts';
import { figuresOf } from './repeats-figures.ts';
import { usesAsWord } from './uses-as-word.ts';

/** What the cues know about a whole flat dump, computed once before any reply is guessed. */
export interface PreparedDump {
  readonly comments: readonly PreparedComment[];
  readonly vocabulary: Vocabulary;
  /** Per comment, its rare stems (few comments use them) and the word written for each. */
  readonly rare: readonly ReadonlyMap<string, string>[];
  /** The ways readers may write a commenter's name, cached per display name. */
  readonly variantsOf: (name: string) => readonly NameVariant[];
  /**
   * Per comment, the variants of its author's name (none when unnamed): read for every candidate
   * of every reply, so by index rather than by looking the name up each time.
   */
  readonly variantsAt: readonly (readonly NameVariant[])[];
  /** Per comment, its author's number (-1 when unnamed): the same for every comment of one name. */
  readonly authorAt: readonly number[];
  /**
   * The numbers of the authors one of whose variants starts with this word: a name is written from
   * one of those first words.
   */
  readonly authorsStartingWith: ReadonlyMap<string, readonly number[]>;
  /** Scratch of `writesAuthorName`, reused from one reply to the next. */
  readonly nameMarks: NameMarks;
  /** Scratch of `addressesOpeningAt`, reused from one reply to the next. */
  readonly addressAnswers: AddressAnswers;
  /** The content stems of the article's title: the subject every comment shares. */
  readonly titleStems: ReadonlySet<string>;
  /** The figures of the article's title ("Route 14"), which every comment may repeat. */
  readonly titleFigures: ReadonlySet<string>;
}

const NO_VARIANTS: never[] = [];
const NO_COMMENTS: never[] = [];

/**
 * Modal verbs that are given names too: in a title-cased headline ("Council Will Vote on Ferry
 * Fares") they are the verb, and say nothing of the commenter Will.
 */
const MODALS = new Set(['will', 'may']);
const headlineVerb = (x: NameVariant): boolean =>
  x.vocativeOnly === true && x.words.length === 1 && MODALS.has(x.words[0] ?? '');

export function prepareDump(
  comments: readonly { readonly author: string | null; readonly body: string }[],
  article: ArticleMeta,
): PreparedDump {
  const vocabulary = newVocabulary();
  // One string per author name, shared by all their comments: names are looked up by string for
  // every candidate of every reply, and a string met before is hashed and compared at once.
  const names = new Map<string, string>();
  const prepared = comments.map((c) => {
    let author = c.author;
    if (author !== null) {
      const known = names.get(author);
      if (known === undefined) names.set(author, author);
      else author = known;
    }
    return prepareComment(author, c.body, vocabulary);
  });
  // The table of words stays: cues look up the words they search comments for (`WordIds.run`).
  vocabulary.pool.trim();
  // "Rare" scales with the dump: in a big one a shared word must still be a small minority's.
  const rareLimit = Math.max(4, Math.ceil(comments.length / 500));
  const titleWords = new Set(normalizeWords(article.title).split(' '));
  // Whether each stem id is rare, read off the counts once: a map look-up by stem for each of the
  // million stems of a 50,000-comment dump was a tenth of preparing it.
  const { stems } = vocabulary.pool;
  const rareId = new Uint8Array(stems.length);
  for (const count of vocabulary.countOf.values()) {
    if (count.comments >= 2 && count.comments <= rareLimit) rareId[count.id] = 1;
  }
  // The article's own subject words are shared by everyone: no echo there.
  const titleStems = new Set<string>();
  for (const w of titleWords) {
    const stem = contentStem(w, vocabulary.stemOf);
    if (stem !== '') titleStems.add(stem);
    const id = vocabulary.countOf.get(stem)?.id;
    if (id !== undefined && id >= 0) rareId[id] = 0;
  }
  const none: ReadonlyMap<string, string> = new Map();
  const rare = prepared.map((c) => {
    let kept: Map<string, string> | null = null;
    for (let k = 0; k < c.distinctStems; k++) {
      const id = c.stemIdAt(k);
      if (rareId[id] !== 1) continue;
      kept ??= new Map();
      kept.set(stems[id] ?? '', c.stemWord(k));
    }
    return kept ?? none;
  });
  // A short form someone on the page goes by as their given name is theirs: "Mary, …" answers Mary
  // Roche, never Marcus.
  const givenNames = new Set<string>();
  // Given names two commenters share ("Mark_T_1971" and "Mark Vance"): each may speak of the other.
  const sharedGiven = new Set<string>();
  for (const name of names.keys()) {
    const given = splitDisplayName(name)[0]?.toLowerCase() ?? '';
    if (givenNames.has(given)) sharedGiven.add(given);
    givenNames.add(given);
  }
  const ownComments = new Map<string, PreparedComment[]>();
  for (const c of prepared) {
    if (c.author === null) continue;
    const own = ownComments.get(c.author);
    if (own === undefined) ownComments.set(c.author, [c]);
    else own.push(c);
  }
  const variantCache = new Map<string, NameVariant[]>();
  const variantsOf = (name: string): NameVariant[] => {
    let v = variantCache.get(name);
    if (v === undefined) {
      // Names the article is about ("Kim" under a Kim Jong-un story) are not read as commenters.
      v = nameVariants(name).filter(
        (x) =>
          !(x.words.every((w) => titleWords.has(w)) && !headlineVerb(x)) &&
          !(x.shortForm === true && givenNames.has(x.words[0] ?? '')) &&
          !usesAsWord(
            name,
            ownComments.get(name) ?? NO_COMMENTS,
            x,
            sharedGiven.has(x.words[0] ?? ''),
          ),
      );
      variantCache.set(name, v);
    }
    return v;
  };
  const authorIds = new Map<string, number>();
  const variantsAt: (readonly NameVariant[])[] = [];
  const authorAt: number[] = [];
  const authorsStartingWith = new Map<string, number[]>();
  for (const c of prepared) {
    if (c.author === null) {
      variantsAt.push(NO_VARIANTS);
      authorAt.push(-1);
      continue;
    }
    const variants = variantsOf(c.author);
    let id = authorIds.get(c.author);
    if (id === undefined) {
      id = authorIds.size;
      authorIds.set(c.author, id);
      for (const w of new Set(variants.map((v) => v.words[0] ?? ''))) {
        const ids = authorsStartingWith.get(w);
        if (ids === undefined) authorsStartingWith.set(w, [id]);
        else ids.push(id);
      }
    }
    variantsAt.push(variants);
    authorAt.push(id);
  }
  return {
    comments: prepared,
    vocabulary,
    rare,
    variantsOf,
    variantsAt,
    authorAt,
    authorsStartingWith,
    nameMarks: newNameMarks(prepared.length),
    addressAnswers: newAddressAnswers(prepared.length),
    titleStems,
    titleFigures: figuresOf(article.title),
  };
}
