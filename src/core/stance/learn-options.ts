/**
 * The knobs of the reader-taught stance model (learn-stance.ts); tuned on the readable sets
 * (scripts/tune-learner.ts) and from a blind prior (scripts/blind-prior.ts).
 */
export interface LearnOptions {
  /** Starting weight of the rules' verdict for its own label: with few labels the model agrees with the rules. */
  readonly rulePrior: number;
  /** Pull of a word's weight back to 0: small sets stay cautious. */
  readonly l2: number;
  /**
   * The rules' verdict is on every comment: a weight learned on it moves all of them at once, so it
   * is held back harder than a word. Two "neutral → oppose" labels must not turn every neutral
   * comment of the dump into "oppose".
   */
  readonly l2Rule: number;
  /** Tone is on most comments too, but what it means differs by dump ("great" is sarcastic in some). */
  readonly l2Tone: number;
  /**
   * A word in more than this share of a dump's comments is its topic ("putin" under a Putin story),
   * not a position: it would act as a second bias and flip half the dump after two labels.
   */
  readonly topicShare: number;
  readonly epochs: number;
  readonly rate: number;
  /**
   * Three labels share the probability: a learned label must hold this much to replace a neutral
   * one. A majority (0.5, 0.4 until session 28): at 0.4, 40 reader labels undid about one and a half
   * of the rules' right neutrals per order on held-out 15 once its errors were read (others'
   * macro-F1 0.910 → 0.896), and the readable sets' curves after 10 and 20 labels rose at 0.5.
   */
  readonly minConfidence: number;
  /**
   * The rules' support and oppose verdicts are right far more often than their neutral ones (a
   * neutral is mostly "no cue fired"), so overturning one takes a surer model.
   */
  readonly minConfidenceDecided: number;
  /**
   * Weight of each pseudo-label (the rules' own confident verdicts on the dump) against a reader's
   * label (1): enough for the words of the dump's clear comments to count, not to outvote the reader.
   */
  readonly pseudoWeight: number;
  /** |score| a support or oppose verdict needs to serve as a pseudo-label. */
  readonly pseudoMinScore: number;
  /** At most this many pseudo-labels, spread evenly over the dump: training stays small on 50,000 comments. */
  readonly pseudoMax: number;
  /**
   * Weight of a neutral verdict with no cue at all as a pseudo-label (0 = none). It is the rules'
   * weakest verdict ("nothing fired"), so it counts for less than a confident support or oppose.
   */
  readonly pseudoNeutralWeight: number;
  /**
   * The share of no-cue comments taken to be neutral before the reader labels any (rule-trust.ts);
   * the neutral pseudo-labels' weight is scaled by that share as the reader's labels revise it.
   */
  readonly neutralTrustPrior: number;
}

export const LEARN_DEFAULTS: LearnOptions = {
  rulePrior: 1,
  l2: 0.003,
  l2Rule: 0.3,
  l2Tone: 0.01,
  topicShare: 0.2,
  epochs: 150,
  rate: 0.5,
  minConfidence: 0.5,
  minConfidenceDecided: 0.8,
  pseudoWeight: 0.2,
  pseudoMinScore: 0.5,
  pseudoMax: 300,
  pseudoNeutralWeight: 0.1,
  neutralTrustPrior: 0.7,
};
