import type { DumpWords } from './dump-words.ts';
import { STANCE_LABELS } from './stance-labels.ts';
import { ruleFeature, visitFeatures, wordFeature, type LearnInput } from './stance-features.ts';
import type { SparseVector } from './stance-model.ts';

/**
 * The model's feature ids for one dump. The rules' three verdicts come first, so their ids are the
 * labels' indices. Words are reached by their id in the dump (no string lookup per word when
 * predicting); the dump's topic words and the words of a single comment are left out.
 */
export class FeatureIndex {
  readonly names: string[] = STANCE_LABELS.map(ruleFeature);
  private readonly ids = new Map<string, number>(this.names.map((f, k) => [f, k]));
  /** Dump word id → feature id of the word, and of "not word"; −1 = no feature (yet). */
  private readonly plain: Int32Array;
  private readonly negated: Int32Array;
  /** Dump word id → 1 when it is the topic or is used by one comment only. */
  private readonly blocked: Uint8Array;
  private stamp = new Int32Array(64);
  private round = 0;

  /**
   * `topicShare`: a word used by more than that share of the comments (and by more than four) is
   * the dump's topic ("putin" under a Putin story), not a position — it would act as a second bias
   * and flip half the dump after two labels. A word of one comment cannot carry a label to any
   * other, and as a pseudo-label's word it would only pin that comment to the rules' label.
   */
  constructor(
    private readonly dump: DumpWords,
    topicShare: number,
  ) {
    const limit = Math.max(4, dump.tokens.length * topicShare);
    this.blocked = Uint8Array.from(dump.df, (n) => (n > limit || n < 2 ? 1 : 0));
    this.plain = new Int32Array(dump.words.length).fill(-1);
    this.negated = new Int32Array(dump.words.length).fill(-1);
  }

  get size(): number {
    return this.names.length;
  }

  private idOf(feature: string, grow: boolean): number {
    let id = this.ids.get(feature);
    if (id === undefined && grow) {
      id = this.names.length;
      this.ids.set(feature, id);
      this.names.push(feature);
    }
    return id ?? -1;
  }

  /** Appends a feature to a vector once (a repeated word counts once); −1 = no feature. */
  private add(id: number, value: number, ids: number[], values: number[]): void {
    if (id < 0) return;
    if (this.stamp.length <= id) {
      const grown = new Int32Array(id * 2);
      grown.set(this.stamp);
      this.stamp = grown;
    }
    if (this.stamp[id] === this.round) return;
    this.stamp[id] = this.round;
    ids.push(id);
    values.push(value);
  }

  /**
   * Comment `c` as feature ids. With `grow`, unseen features get ids (training); else they are
   * dropped (prediction: an unseen feature's weight is its prior, 0). `wordsOnly` leaves out the
   * rules' side, so that a pseudo-label copied from the rules has to be explained by its words.
   */
  vector(c: number, input: LearnInput, grow: boolean, wordsOnly = false): SparseVector {
    this.round += 1;
    const ids: number[] = [];
    const values: number[] = [];
    visitFeatures(
      this.dump,
      c,
      input,
      (f, v) => {
        if (!wordsOnly) this.add(this.idOf(f, grow), v, ids, values);
      },
      (w, negated) => {
        if (this.blocked[w] === 1) return;
        const table = negated ? this.negated : this.plain;
        let id = table[w] ?? -1;
        if (id < 0 && grow) table[w] = id = this.idOf(wordFeature(this.dump, w, negated), true);
        this.add(id, 1, ids, values);
      },
    );
    return { ids, values };
  }
}
