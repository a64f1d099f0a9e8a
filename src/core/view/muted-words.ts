// Comments that mention a word (or phrase) the reader muted. Words are matched as search matches
// them (the search tokenizer, case and accents folded), whole words only: muting "war" must not
// hide "software" or "Warsaw". Not with has-phrase.ts, which is faster at 50k comments (163
// against 945 ms) but added 613 bytes gzip to the first view, where this runs: over its budget.
import type { ArticleIndex } from '../article/article-index.ts';
import { commentKey, type CommentKey } from '../article/comment-key.ts';
import { foldWords } from '../search/fold-words.ts';
import { normalizeTerm } from '../search/normalize-term.ts';
import { searchTokens } from '../search/search-tokens.ts';

/** Comment key → the muted word it mentions (as the reader typed it). */
export type MutedWordHits = ReadonlyMap<CommentKey, string>;

const NONE: MutedWordHits = new Map();

/**
 * Every comment of `articles` whose body or author mentions one of `words`. A phrase matches only
 * as consecutive words. Runs once per change of the articles or the words, not per render.
 */
export function mutedWords(
  articles: readonly ArticleIndex[],
  words: readonly string[],
): MutedWordHits {
  const entries = words
    // An entry with no word in it ("!!!") mutes nothing.
    .map((word) => ({ word, tokens: foldWords(word) }))
    .filter((e) => e.tokens.length > 0);
  if (entries.length === 0) return NONE;
  const firsts = new Set(entries.map((e) => e.tokens[0] as string));
  const hits = new Map<CommentKey, string>();
  for (const article of articles) {
    for (const c of article.doc.comments) {
      const tokens = searchTokens(`${c.author ?? ''} ${c.body}`).map(normalizeTerm);
      const found = findEntry(tokens, firsts, entries);
      if (found !== null) hits.set(commentKey(article.slug, c.id), found);
    }
  }
  return hits;
}

function findEntry(
  tokens: readonly string[],
  firsts: ReadonlySet<string>,
  entries: readonly { readonly word: string; readonly tokens: readonly string[] }[],
): string | null {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!firsts.has(tokens[i] as string)) continue;
    for (const e of entries) {
      if (e.tokens.every((t, k) => tokens[i + k] === t)) return e.word;
    }
  }
  return null;
}
