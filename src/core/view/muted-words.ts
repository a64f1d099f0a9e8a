// Comments that mention a word (or phrase) the reader muted. Words are matched as a quoted search
// matches them (has-phrase.ts: the search tokenizer, case and accents folded), whole words only:
// muting "war" must not hide "software" or "Warsaw".
import type { ArticleIndex } from '../article/article-index.ts';
import { commentKey, type CommentKey } from '../article/comment-key.ts';
import { foldWords } from '../search/fold-words.ts';
import { hasPhrase } from '../search/has-phrase.ts';
import type { SearchPhrase } from '../search/search-phrases.ts';

/** Comment key → the muted word it mentions (as the reader typed it). */
export type MutedWordHits = ReadonlyMap<CommentKey, string>;

const NONE: MutedWordHits = new Map();

/**
 * Every comment of `articles` whose body or author mentions one of `words`, each as a closed
 * phrase: its words consecutive, within the author or the body. Runs once per change of the
 * articles or the words, not per render.
 */
export function mutedWords(
  articles: readonly ArticleIndex[],
  words: readonly string[],
): MutedWordHits {
  // An entry with no word in it ("!!!") mutes nothing.
  const entries = words
    .map((word): { word: string; phrase: SearchPhrase } => ({
      word,
      phrase: { tokens: foldWords(word), open: false },
    }))
    .filter((e) => e.phrase.tokens.length > 0);
  if (entries.length === 0) return NONE;
  const hits = new Map<CommentKey, string>();
  for (const article of articles) {
    for (const c of article.doc.comments) {
      const found = entries.find(
        ({ phrase }) =>
          hasPhrase(c.body, phrase) || (c.author !== null && hasPhrase(c.author, phrase)),
      );
      if (found !== undefined) hits.set(commentKey(article.slug, c.id), found.word);
    }
  }
  return hits;
}
