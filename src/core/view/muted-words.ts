// Comments that mention a word (or phrase) the reader muted. Words are matched as search matches
// them (the search tokenizer, case and accents folded), whole words only: muting "war" must not
// hide "software" or "Warsaw". Not with has-phrase.ts's hasPhrase: a muted comment is named by the
// word it mentions first, where it stands, and hasPhrase only says whether a phrase is there.
import type { ArticleIndex } from '../article/article-index.ts';
import { commentKey, type CommentKey } from '../article/comment-key.ts';
import { foldWords } from '../search/fold-words.ts';
import { asPlainText } from '../search/as-plain-text.ts';
import { normalizeTerm } from '../search/normalize-term.ts';
import { plainPhrasePattern } from '../search/plain-phrase-pattern.ts';
import { searchTokens } from '../search/search-tokens.ts';

/** Comment key → the muted word it mentions (as the reader typed it). */
export type MutedWordHits = ReadonlyMap<CommentKey, string>;

const NONE: MutedWordHits = new Map();

interface Entry {
  readonly word: string;
  readonly tokens: readonly string[];
  /** Matches the entry in a plain text; null when a token holds a letter no plain text has. */
  readonly plain: RegExp | null;
}

function entryOf(word: string): Entry {
  const tokens = foldWords(word);
  return { word, tokens, plain: plainPhrasePattern(tokens, false) };
}

/** mutedWords a slice at a time: at 50,000 comments the whole is 60–190 ms, with as much collection. */
export interface MutedWordScan {
  /** Reads up to `count` more comments; true once every comment has been read. */
  step(count: number): boolean;
  /** What the comments read so far mention. */
  readonly hits: MutedWordHits;
}

/**
 * Every comment of `articles` whose body or author mentions one of `words`. A phrase matches only
 * as consecutive words of one of them; the author's name is read first.
 */
export function mutedWords(
  articles: readonly ArticleIndex[],
  words: readonly string[],
): MutedWordHits {
  const scan = scanMutedWords(articles, words);
  scan.step(Infinity);
  return scan.hits;
}

/** mutedWords, read in steps. */
export function scanMutedWords(
  articles: readonly ArticleIndex[],
  words: readonly string[],
): MutedWordScan {
  // An entry with no word in it ("!!!") mutes nothing.
  const entries = words.map(entryOf).filter((e) => e.tokens.length > 0);
  if (entries.length === 0) return { step: () => true, hits: NONE };
  const firsts = new Set(entries.map((e) => e.tokens[0] as string));
  const hits = new Map<CommentKey, string>();
  // A text plain once its accents are folded (every comment of the 50,000-comment bench dump) is
  // read by regular expressions; any other is split and folded.
  const find = (text: string): string | null => {
    const plain = asPlainText(text);
    return plain !== null
      ? findPlain(plain, entries)
      : findEntry(searchTokens(text).map(normalizeTerm), firsts, entries);
  };
  let a = 0;
  let i = 0;
  const step = (count: number): boolean => {
    for (let n = 0; n < count; n += 1) {
      const article = articles[a];
      if (article === undefined) return true;
      const c = article.doc.comments[i];
      if (c === undefined) {
        [a, i] = [a + 1, 0];
        continue;
      }
      i += 1;
      // Each on its own: a phrase does not run from the name into the body, and joining the two
      // copied every comment (150 of 180 ms at 50,000 comments).
      const found = (c.author === null ? null : find(c.author)) ?? find(c.body);
      if (found !== null) hits.set(commentKey(article.slug, c.id), found);
    }
    return a >= articles.length;
  };
  return { step, hits };
}

/** The entry mentioned first in a plain text, as findEntry would find it in its words. */
function findPlain(text: string, entries: readonly Entry[]): string | null {
  let best: string | null = null;
  let at = Infinity;
  for (const e of entries) {
    const i = e.plain?.exec(text)?.index ?? Infinity;
    if (i < at) [best, at] = [e.word, i];
  }
  return best;
}

function findEntry(
  tokens: readonly string[],
  firsts: ReadonlySet<string>,
  entries: readonly Entry[],
): string | null {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!firsts.has(tokens[i] as string)) continue;
    for (const e of entries) {
      if (e.tokens.every((t, k) => tokens[i + k] === t)) return e.word;
    }
  }
  return null;
}
