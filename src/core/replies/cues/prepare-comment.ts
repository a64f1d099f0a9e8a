import {
  contentStem,
  newVocabulary,
  NOT_CONTENT,
  countOfEntry,
  type Vocabulary,
} from './rare-words.ts';
import { isUpperCode } from '../../text/char-codes.ts';
import { normalizeWords, scanHashedWords } from './scan-words.ts';
import { Prepared } from './prepared.ts';
import type { PreparedComment } from './prepared-comment.ts';

export { foldWord, normalizeWords, splitWords } from './scan-words.ts';
export type { NameTokens, Token } from './name-tokens.ts';
export type { PreparedComment } from './prepared-comment.ts';

// Everything the reply cues read from one comment, in one pass over its characters. What only a
// few cues need (tokens with their surroundings, the normalized text) is built on first use, so
// inference stays linear and cheap on dumps of tens of thousands of comments.

// Straight and curly double quotes; single quotes are too often apostrophes to pair reliably.
const QUOTED = /["“”„]([^"“”„]{3,}?)["“”]/g;
// Right before a quotation: "The article says", "the story calls it", "the mayor's office told the
// paper": the words quoted are the article's, not a commenter's.
const CITES_ARTICLE =
  /\b(?:article|story|piece|report|headline|reporter|paper)\b[^.!?"“”]{0,20}\b(?:says?|said|calls?|called|writes?|wrote|quotes?|quoted|puts? it)\b[^.!?"“”]{0,12}$/i;
// Bounds that keep a pathological comment (a megabyte of quotes or names) from stalling the
// inference: people quote a few passages and name people early, not thousands of times.
const MAX_QUOTED_SPANS = 12;
// Module constants, not literals: a literal is a new object for each comment of the dump.
const QUOTE_MARK = /["“”„]/;
const ENDS_ASKING = /\?+\W*(?:heh|lol|ha|eh)?\W*$/i;
// "I'd like to know whether that changes anything.": a question asked without its mark, closing the
// comment and waiting for an answer as "Does that change anything?" would.
const ENDS_ASKING_PLAINLY =
  /\b(?:i['’]d|i would) (?:like|love|really like) to know (?:whether|if|why|how|what|who|when|where)\b[^.!?]*[.!]?\s*$/i;

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
  const { words, pool, wordIds } = vocabulary;
  wordIds.begin();
  // Where each stem's word is written rides along in the pool: a string per content word of every
  // comment, kept for the whole dump, was a third of what preparing a 50,000-comment dump held.
  const from = pool.length;
  let bits = 0;
  scanHashedWords(body, (start, end, upper, apostrophe, ascii, hash) => {
    wordCount++;
    const first = wordCount === 1;
    const capital = isUpperCode(body.charCodeAt(start));
    // Short lower-case words are neither names nor content: count them, nothing more.
    if (!first && !capital && end - start < 4) {
      wordIds.push(
        ascii && !apostrophe
          ? words.shortId(body, start, end, upper, hash)
          : words.atHashed(body, start, end, upper, apostrophe, ascii, hash).id,
      );
      return;
    }
    const entry = words.atHashed(body, start, end, upper, apostrophe, ascii, hash);
    wordIds.push(entry.id);
    if (first) firstWord = entry.word;
    if ((first || capital) && entry.nameSerial !== serial) {
      // One shared string per distinct name word, and a short array instead of a Set per comment.
      nameWords.push(entry.word);
      entry.nameSerial = serial;
    }
    const count = countOfEntry(entry, vocabulary);
    if (count === NOT_CONTENT || count.serial === serial) return;
    count.serial = serial;
    count.comments++;
    bits |= count.bit;
    // The word's id says both its stem and the word written for it (`stemWord`).
    pool.push(entry.id, count.id);
  });
  const hasQuotes = QUOTE_MARK.test(body);
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
      const stems: string[] = [];
      for (const w of span.split(' ')) {
        const stem = contentStem(w, vocabulary.stemOf);
        if (stem !== '') stems.push(stem);
      }
      quotedStems.push(stems);
    }
  }
  // Questions inside quotations are somebody else's.
  const ownText = hasQuotes ? body.replace(QUOTED, ' ') : body;
  const asksPlainly = ownText.includes('to know') && ENDS_ASKING_PLAINLY.test(ownText.slice(-200));
  const asks = asksPlainly || ownText.includes('?');
  const ids = wordIds.chunk;
  const idsFrom = wordIds.start;
  return new Prepared(author, body, firstWord, nameWords, pool, from, wordIds, ids, idsFrom, {
    quotedSpans,
    quotedStems,
    citesArticle,
    asks,
    endsWithQuestion: asksPlainly || (asks && ENDS_ASKING.test(ownText.slice(-40))),
    wordCount,
    stemBits: bits,
  });
}

const NONE: never[] = [];
