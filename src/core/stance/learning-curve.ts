import type { StanceLabel } from '../types.ts';
import { evaluate } from './evaluate.ts';
import { learnStance } from './learn-stance.ts';
import type { LearnInput } from './stance-features.ts';

export interface CurvePoint {
  /** Reader labels given (simulated from the gold labels). */
  readonly labels: number;
  /** Mean macro-F1 over the orders, on the comments the reader did not label. */
  readonly othersMacroF1: number;
  /** Mean macro-F1 over the whole set as the reader sees it (their own labels count as right). */
  readonly seenMacroF1: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same reader orders everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/**
 * How macro-F1 grows as a reader labels comments in a random order: for each size, the first `size`
 * comments of each order get their gold label, the model learns from them, and the rest are scored.
 */
export function learningCurve(
  items: readonly { readonly input: LearnInput; readonly gold: StanceLabel }[],
  sizes: readonly number[],
  orders: number,
  seed = 13,
  learn: typeof learnStance = learnStance,
): CurvePoint[] {
  const next = random(seed);
  const perms = Array.from({ length: orders }, () => shuffled(items.length, next));
  const inputs = items.map((i) => i.input);
  return sizes.map((size) => {
    let others = 0;
    let seen = 0;
    for (const order of perms) {
      const taught = new Map<number, StanceLabel>();
      for (const i of order.slice(0, size)) taught.set(i, items[i]?.gold ?? 'neutral');
      const learned = learn(inputs, taught);
      const shown = items.map(
        (it, i) => taught.get(i) ?? learned.get(i)?.label ?? it.input.machine.label,
      );
      const rest = items.map((_, i) => i).filter((i) => !taught.has(i));
      others += evaluate(
        rest.map((i) => items[i]?.gold ?? 'neutral'),
        rest.map((i) => shown[i] ?? 'neutral'),
      ).macroF1;
      seen += evaluate(
        items.map((i) => i.gold),
        shown,
      ).macroF1;
    }
    return { labels: size, othersMacroF1: others / orders, seenMacroF1: seen / orders };
  });
}
