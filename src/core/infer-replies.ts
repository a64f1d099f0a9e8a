import type { ArticleMeta, ReplyGuess } from './types.ts';
import { addressesByName } from './reply-cues/addresses-by-name.ts';
import { answersQuestion } from './reply-cues/answers-question.ts';
import { backAndForth } from './reply-cues/back-and-forth.ts';
import type { CueHit } from './reply-cues/cue-hit.ts';
import { echoesRareWords } from './reply-cues/echoes-rare-words.ts';
import { nameVariants, type NameVariant } from './reply-cues/name-variants.ts';
import { opensWithReplyWord } from './reply-cues/opens-with-reply-word.ts';
import {
  normalizeWords,
  prepareComment,
  type PreparedComment,
} from './reply-cues/prepare-comment.ts';
import { quotesArticle } from './reply-cues/quotes-article.ts';
import { questionsClaim } from './reply-cues/questions-claim.ts';
import { quotesEarlier } from './reply-cues/quotes-earlier.ts';
import { contentStem, newVocabulary } from './reply-cues/rare-words.ts';
import { refersToComment } from './reply-cues/refers-to-comment.ts';
import { shortReaction } from './reply-cues/short-reaction.ts';
import { speaksToYou } from './reply-cues/speaks-to-you.ts';

export interface FlatCommentInput {
  readonly author: string | null;
  readonly rawLocation: string | null;
  readonly body: string;
}

/** A guess needs this much combined evidence; below it the comment is top level. */
const REPLY_THRESHOLD = 0.5;
/** A long comment usually opens its own subject: it needs more than a "you" or an opener. */
const LONG_COMMENT_WORDS = 90;
const LONG_THRESHOLD = 0.6;
/** A comment citing the article starts a subject unless it names or quotes a commenter. */
const ARTICLE_QUOTE_THRESHOLD = 0.85;
/** Replies in a thread seen as candidates: the root plus the latest ones (keeps inference linear). */
const THREAD_WINDOW = 15;
/** Comments before the current thread that a strong cue (a name, a quote) may still reach. */
const LOOKBACK = 6;
const LOOKBACK_THRESHOLD = 0.8;

interface Scored {
  readonly index: number;
  readonly score: number;
  readonly hits: readonly CueHit[];
}

const combine = (hits: readonly CueHit[]): number =>
  1 - hits.reduce((miss, h) => miss * (1 - h.score), 1);

/**
 * Guesses who answers whom in a flat dump, where the page showed each top-level comment followed by
 * its replies but the dump lost the nesting. Candidates are the current thread (since the last
 * top-level comment), scored by the cues people leave; the best above a threshold becomes the parent,
 * otherwise the comment starts a new thread.
 */
export function inferReplies(
  comments: readonly FlatCommentInput[],
  article: ArticleMeta,
): ReplyGuess[] {
  const vocabulary = newVocabulary();
  const prepared = comments.map((c) => prepareComment(c.author, c.body, vocabulary));
  const { df } = vocabulary;
  // "Rare" scales with the dump: in a big one a shared word must still be a small minority's.
  const rareLimit = Math.max(4, Math.ceil(comments.length / 500));
  const titleWords = new Set(normalizeWords(article.title).split(' '));
  // The article's own subject words are shared by everyone: no echo there.
  const titleStems = new Set([...titleWords].map((w) => contentStem(w, vocabulary.stemOf)));
  const none: ReadonlyMap<string, string> = new Map();
  const rare = prepared.map((c) => {
    let kept: Map<string, string> | null = null;
    c.stems.forEach((stem, k) => {
      const n = df.get(stem) ?? 0;
      if (n < 2 || n > rareLimit || titleStems.has(stem)) return;
      kept ??= new Map();
      kept.set(stem, c.stemWords[k] ?? stem);
    });
    return kept ?? none;
  });
  const variantCache = new Map<string, NameVariant[]>();
  const variantsOf = (name: string): NameVariant[] => {
    let v = variantCache.get(name);
    if (v === undefined) {
      // Names the article is about ("Kim" under a Kim Jong-un story) are not read as commenters.
      v = nameVariants(name).filter((x) => !x.words.every((w) => titleWords.has(w)));
      variantCache.set(name, v);
    }
    return v;
  };

  const guesses: ReplyGuess[] = [];
  const rootOf: number[] = [];
  let members: number[] = [];

  /** The cues that only look at the reply itself, read once per reply. */
  interface ReplyTraits {
    readonly you: number;
    readonly short: boolean;
    readonly opener: boolean;
    readonly refers: boolean;
    readonly found: boolean[];
    readonly opensWithQuestion: boolean;
  }

  // One buffer for every candidate: allocating per candidate dominated the cost on big dumps.
  const buf: CueHit[] = [];
  const add = (h: CueHit | null): void => {
    if (h !== null) buf.push(h);
  };

  const scoreCandidate = (
    i: number,
    j: number,
    reply: PreparedComment,
    t: ReplyTraits,
  ): Scored | null => {
    const cand = prepared[j];
    if (cand === undefined) return null;
    if (reply.authorKey !== null && reply.authorKey === cand.authorKey) return null;
    const name = cand.author ?? 'an unnamed commenter';
    const above = j === i - 1;
    buf.length = 0;
    if (cand.author !== null) add(addressesByName(reply, cand.author, variantsOf(cand.author)));
    if (reply.quotedSpans.length > 0) add(quotesEarlier(reply, cand, name, t.found));
    const replyRare = rare[i];
    const candRare = rare[j];
    if (
      replyRare !== undefined &&
      candRare !== undefined &&
      replyRare.size > 0 &&
      candRare.size > 0
    ) {
      add(echoesRareWords(reply, replyRare, candRare, df, name));
    }
    if (cand.asks) add(answersQuestion(reply, cand, name, above));
    if (t.opensWithQuestion) add(questionsClaim(reply, cand, name, vocabulary.stemOf));
    if (t.you > 0) {
      const root = j === rootOf[i - 1];
      buf.push({
        score: t.you * (above ? 1 : root ? 0.8 : 0.6),
        reason: `speaks to ${name} directly`,
      });
    }
    if (above && t.short)
      buf.push({ score: 0.62, reason: `short reaction to ${name}'s comment above` });
    if (above && t.opener)
      buf.push({ score: 0.55, reason: `opens as a reply to ${name}'s comment above` });
    if (above && t.refers) buf.push({ score: 0.72, reason: `refers to ${name}'s comment above` });
    const parent = guesses[j];
    if (
      parent != null &&
      backAndForth(reply.authorKey, prepared[parent.parentIndex]?.authorKey ?? null)
    ) {
      buf.push({ score: above ? 0.62 : 0.5, reason: `answers ${name} back in their exchange` });
    }
    if (buf.length === 0) return null;
    return { index: j, score: combine(buf), hits: [...buf].sort((a, b) => b.score - a.score) };
  };

  /** Only a name or a quotation reaches past the current thread; skip candidates that have neither. */
  const mayReachBack = (reply: PreparedComment, j: number): boolean => {
    if (reply.quotedSpans.length > 0) return true;
    const author = prepared[j]?.author;
    return author != null && variantsOf(author).some((v) => reply.nameWords.has(v.words[0] ?? ''));
  };

  prepared.forEach((reply, i) => {
    if (i === 0) {
      guesses.push(null);
      rootOf.push(0);
      members = [0];
      return;
    }
    const traits: ReplyTraits = {
      you: speaksToYou(reply),
      short: shortReaction(reply),
      opener: opensWithReplyWord(reply),
      refers: refersToComment(reply),
      found: reply.quotedSpans.map(() => false),
      opensWithQuestion: reply.firstSentence.trimEnd().endsWith('?'),
    };
    const root = rootOf[i - 1] ?? 0;
    let best: Scored | null = null;
    // Nearest first, so that a tie goes to the closer comment; `members` holds the thread's latest.
    for (let k = members.length - 1; k >= 0; k--) {
      const j = members[k] ?? root;
      if (j === root) continue;
      const s = scoreCandidate(i, j, reply, traits);
      if (s !== null && (best === null || s.score > best.score)) best = s;
    }
    const atRoot = scoreCandidate(i, root, reply, traits);
    if (atRoot !== null && (best === null || atRoot.score > best.score)) best = atRoot;
    const quiet: ReplyTraits = { ...traits, you: 0, short: false, opener: false, refers: false };
    for (let j = root - 1; j >= Math.max(0, root - LOOKBACK); j--) {
      if (!mayReachBack(reply, j)) continue;
      const s = scoreCandidate(i, j, reply, quiet);
      if (s === null) continue;
      const damped = { ...s, score: s.score * 0.92 };
      if (damped.score >= LOOKBACK_THRESHOLD && (best === null || damped.score > best.score))
        best = damped;
    }
    let threshold = reply.wordCount >= LONG_COMMENT_WORDS ? LONG_THRESHOLD : REPLY_THRESHOLD;
    if (reply.quotedSpans.length > 0 && quotesArticle(reply, traits.found, article)) {
      threshold = ARTICLE_QUOTE_THRESHOLD;
    }
    if (best === null || best.score < threshold) {
      guesses.push(null);
      rootOf.push(i);
      members = [i];
      return;
    }
    const reason = best.hits
      .slice(0, 2)
      .filter((h, k) => k === 0 || h.score >= 0.5)
      .map((h) => h.reason)
      .join('; ');
    guesses.push({
      parentIndex: best.index,
      confidence: Math.min(0.97, Number(best.score.toFixed(2))),
      reason,
    });
    const parentRoot = rootOf[best.index] ?? best.index;
    rootOf.push(parentRoot);
    if (parentRoot !== root) {
      rethread(best.index, parentRoot, i);
    } else {
      members.push(i);
      if (members.length > 2 * THREAD_WINDOW) members = members.slice(-THREAD_WINDOW);
    }
  });

  /** A reply reaching back past top-level guesses pulls them into its thread: the page kept threads whole. */
  function rethread(parent: number, threadRoot: number, i: number): void {
    const rootName = prepared[threadRoot]?.author ?? 'an unnamed commenter';
    for (let k = parent + 1; k < i; k++) {
      if (guesses[k] === null) {
        guesses[k] = {
          parentIndex: threadRoot,
          confidence: 0.3,
          reason: `sits in ${rootName}'s thread, before a later reply to it`,
        };
      }
      rootOf[k] = threadRoot;
    }
    members = [threadRoot];
    for (let k = Math.max(threadRoot + 1, i - THREAD_WINDOW); k <= i; k++) members.push(k);
  }

  return guesses;
}
