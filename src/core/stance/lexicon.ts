import { SentimentIntensityAnalyzer as Vader } from 'vader-sentiment';
import type { Sentence } from './tokenize.ts';

export interface WordValence {
  readonly word: string;
  readonly valence: number;
}

export interface SentenceSentiment {
  /** VADER's compound score in [-1, 1]. */
  readonly compound: number;
  /** Words that carried valence after VADER's negation, booster, caps and "but" rules. */
  readonly words: readonly WordValence[];
}

/** Booster words and "kind of" carry no valence of their own in VADER (mirrors polarity_scores). */
const BOOSTERS = new Set([
  'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply',
  'effing', 'enormously', 'entirely', 'especially', 'exceptionally', 'extremely', 'fabulously',
  'flipping', 'flippin', 'fricking', 'frickin', 'frigging', 'friggin', 'fully', 'fucking',
  'greatly', 'hella', 'highly', 'hugely', 'incredibly', 'intensely', 'majorly', 'more', 'most',
  'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially', 'thoroughly',
  'totally', 'tremendously', 'uber', 'unbelievably', 'unusually', 'utterly', 'very', 'almost',
  'barely', 'hardly', 'just enough', 'kind of', 'kinda', 'kindof', 'kind-of', 'less', 'little',
  'marginally', 'occasionally', 'partly', 'scarcely', 'slightly', 'somewhat', 'sort of', 'sorta',
  'sortof', 'sort-of',
]);

function isAllCaps(word: string): boolean {
  return /^[^a-z]*[A-Z]+[^a-z]*$/u.test(word);
}

/**
 * VADER's valence for one sentence, scored with the package's own rules but our tokens:
 * `polarity_scores` re-tokenises by building a word×punctuation map (about 0.8 ms a line), far too
 * slow for 50,000 comments, while the per-word rules it applies afterwards are cheap.
 * `ignore` lists words whose valence describes the situation rather than a position (e.g. "war").
 */
export function sentenceSentiment(
  sentence: Sentence,
  ignore: ReadonlySet<string>,
): SentenceSentiment {
  const words = sentence.words;
  if (words.length === 0) return { compound: 0, words: [] };
  let caps = 0;
  for (const w of words) if (isAllCaps(w)) caps += 1;
  const sentiText = { words_and_emoticons: words, is_cap_diff: caps > 0 && caps < words.length };
  let sentiments: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const lower = (words[i] ?? '').toLowerCase();
    if (BOOSTERS.has(lower) || (lower === 'kind' && words[i + 1]?.toLowerCase() === 'of')) {
      sentiments.push(0);
      continue;
    }
    sentiments = Vader.sentiment_valence(0, sentiText, words[i] ?? '', i, sentiments);
    if (ignore.has(lower)) sentiments[sentiments.length - 1] = 0;
  }
  sentiments = Vader.but_check(words, sentiments);
  const carried: WordValence[] = [];
  for (let i = 0; i < sentiments.length; i += 1) {
    const valence = sentiments[i] ?? 0;
    if (valence !== 0) carried.push({ word: (words[i] ?? '').toLowerCase(), valence });
  }
  if (carried.length === 0) return { compound: 0, words: [] };
  return { compound: Vader.score_valence(sentiments, sentence.text).compound, words: carried };
}
