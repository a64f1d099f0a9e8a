// vader-sentiment ships a CommonJS bundle without types. Only what src/core/stance/lexicon.ts uses
// is declared: the static helpers that score one token at a time, so we can tokenise once ourselves.
declare module 'vader-sentiment' {
  export interface VaderSentiText {
    readonly words_and_emoticons: string[];
    readonly is_cap_diff: boolean;
  }
  export interface VaderScores {
    readonly neg: number;
    readonly neu: number;
    readonly pos: number;
    readonly compound: number;
  }
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): VaderScores;
    sentiment_valence(
      valence: number,
      sentiText: VaderSentiText,
      item: string,
      index: number,
      sentiments: number[],
    ): number[];
    but_check(words: string[], sentiments: number[]): number[];
    score_valence(sentiments: number[], text: string): VaderScores;
  };
}
