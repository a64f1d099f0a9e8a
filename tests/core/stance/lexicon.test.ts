import { readFileSync } from 'node:fs';
import { SentimentIntensityAnalyzer as Vader } from 'vader-sentiment';
import { describe, expect, it } from 'vitest';
import {
  compound,
  lexiconValence,
  sentenceSentiment,
  wordValences,
} from '../../../src/core/stance/lexicon.ts';
import { splitSentences } from '../../../src/core/stance/split-sentences.ts';
import { wordsOf } from '../../../src/core/stance/words-of.ts';

const NONE = new Set<string>();
function score(text: string): number {
  return compound(wordValences(wordsOf(text), NONE), text);
}

describe('lexicon (VADER rules over our tokens)', () => {
  it('should match vader-sentiment polarity_scores on every sentence of both seeds', () => {
    let total = 0;
    const differ: string[] = [];
    for (const seed of ['seeds/000_ee58b0036ea7db85.txt', 'seeds/002_2cf2c4a3a6e85ec2.txt']) {
      for (const s of splitSentences(readFileSync(seed, 'utf8'))) {
        // Same tokens for both: VADER strips only one punctuation mark per side, we strip runs.
        const text = wordsOf(s.text).join(' ') + (s.text.match(/[!?]+$/u)?.[0] ?? '');
        total += 1;
        if (Math.abs(score(text) - Vader.polarity_scores(text).compound) > 1e-3) differ.push(text);
      }
    }
    expect(total).toBeGreaterThan(700);
    // VADER's special-case idioms ("sort of", "kiss of death") are not restated: at most a handful.
    expect(differ.length).toBeLessThanOrEqual(Math.ceil(total * 0.01));
  });

  it('should read the package lexicon, not a hand-typed list', () => {
    expect(lexiconValence('applaud')).toBeGreaterThan(0);
    expect(lexiconValence('liar')).toBeLessThan(0);
    expect(lexiconValence('telephone')).toBe(0);
  });

  it('should flip negated words, boost capitals and weight the clause after "but"', () => {
    expect(score('this is good')).toBeGreaterThan(0);
    expect(score('this is not good')).toBeLessThan(0);
    expect(score('this is GOOD news')).toBeGreaterThan(score('this is good news'));
    expect(score('it was good but the deal is bad')).toBeLessThan(0);
  });

  it('should drop ignored words from the sentence score and list the words that carried it', () => {
    const sentence = splitSentences('This war needs to end, and a truce would be wonderful.')[0]!;
    const all = sentenceSentiment(sentence, NONE);
    const ignoring = sentenceSentiment(sentence, new Set(['war']));
    expect(ignoring.compound).toBeGreaterThan(all.compound);
    expect(ignoring.words.map((w) => w.word)).toEqual(['wonderful']);
  });

  it('should read a sentence split into word ids as it reads the same sentence by its words', () => {
    const ignore = new Set(['war']);
    for (const seed of ['seeds/000_ee58b0036ea7db85.txt', 'seeds/002_2cf2c4a3a6e85ec2.txt']) {
      for (const s of splitSentences(readFileSync(seed, 'utf8'))) {
        const byWords = {
          ...s,
          ids: null,
          table: null,
          words: s.words,
          casedWords: () => wordsOf(s.text),
        };
        expect(sentenceSentiment(s, ignore)).toEqual(sentenceSentiment(byWords, ignore));
      }
    }
  });
});
