import { describe, expect, it } from 'vitest';
import { fightinWords, topDistinctive } from '../../../src/core/stats/fightin-words.ts';
import type { WordCounts } from '../../../src/core/stats/word-counts.ts';

const counts = (words: Record<string, number>): WordCounts => ({
  counts: new Map(Object.entries(words)),
  total: Object.values(words).reduce((s, n) => s + n, 0),
});

describe('fightinWords', () => {
  it('should match a hand-checked example with a prior as heavy as the data (α₀ = 8)', () => {
    // A: peace ×3, war ×1 (nA = 4); B: peace ×1, war ×3 (nB = 4). Pooled: 8 words; with α₀ = 8,
    // α_peace = 8 · 4/8 = 4.
    // δ_peace = ln((3+4)/(4+8−3−4)) − ln((1+4)/(4+8−1−4)) = ln(7/5) − ln(5/7) = 2·ln 1.4 = 0.672944
    // σ² = 1/(3+4) + 1/(1+4) = 0.342857, z = 0.672944 / 0.585540 = 1.149271
    // "war" is the mirror image: δ = −0.672944, z = −1.149271.
    const scores = fightinWords(counts({ peace: 3, war: 1 }), counts({ peace: 1, war: 3 }), {
      alpha0: 8,
    });
    expect(scores.map((s) => s.word)).toEqual(['peace', 'war']);
    const [peace, war] = scores;
    expect(peace?.countA).toBe(3);
    expect(peace?.countB).toBe(1);
    expect(peace?.delta).toBeCloseTo(0.672944, 5);
    expect(peace?.z).toBeCloseTo(1.149271, 5);
    expect(war?.delta).toBeCloseTo(-0.672944, 5);
    expect(war?.z).toBeCloseTo(-1.149271, 5);
  });

  it('should match a hand-checked example with the default prior (α₀ = a tenth of the smaller side)', () => {
    // Same counts; α₀ = 0.1 · min(4, 4) = 0.4, α_peace = 0.4 · 4/8 = 0.2.
    // δ = ln(3.2/(4−3+0.2)) − ln(1.2/(4−1+0.2)) = ln(3.2/1.2) − ln(1.2/3.2) = 1.961659
    // σ² = 1/3.2 + 1/1.2 = 1.145833, z = 1.961659 / 1.070436 = 1.832579
    const [peace] = fightinWords(counts({ peace: 3, war: 1 }), counts({ peace: 1, war: 3 }));
    expect(peace?.delta).toBeCloseTo(1.961659, 5);
    expect(peace?.z).toBeCloseTo(1.832579, 5);
  });

  it('should not let a big side’s words drown a small side’s clear difference', () => {
    // 100,000 words against 1,000: "syria" is 0.5% of one and 1.2% of the other (12 where 5 were
    // expected; a binomial test puts that about 3 standard errors out).
    const big = counts({ syria: 500, other: 99_500 });
    const small = counts({ syria: 12, other: 988 });
    const z = (opts = {}) => fightinWords(big, small, opts).find((s) => s.word === 'syria')?.z;
    // α₀ = 100 (a tenth of the smaller side): z = −2.892122.
    expect(z()).toBeCloseTo(-2.892122, 5);
    // A prior a tenth of the pooled words (10,100) weighs ten times the small side: z ≈ −0.97.
    expect(z({ alpha0: 10_100 })).toBeCloseTo(-0.973925, 5);
  });

  it('should weigh the prior by α₀: a weaker prior gives a larger z', () => {
    // α₀ = 2: α_peace = 2 · 4/8 = 1.
    // δ = ln((3+1)/(4+2−3−1)) − ln((1+1)/(4+2−1−1)) = ln 2 − ln 0.5 = 1.386294
    // σ² = 1/4 + 1/2 = 0.75, z = 1.386294 / 0.866025 = 1.600755
    const [peace] = fightinWords(counts({ peace: 3, war: 1 }), counts({ peace: 1, war: 3 }), {
      alpha0: 2,
    });
    expect(peace?.delta).toBeCloseTo(1.386294, 5);
    expect(peace?.z).toBeCloseTo(1.600755, 5);
  });

  it('should give a word used equally on both sides (by share) a z of zero', () => {
    const scores = fightinWords(counts({ deal: 2, talks: 2 }), counts({ deal: 4, talks: 4 }));
    for (const s of scores) expect(s.z).toBeCloseTo(0, 10);
  });

  it('should score a word seen on one side only, towards that side', () => {
    const scores = fightinWords(counts({ sanctions: 5, deal: 5 }), counts({ deal: 5, puppet: 5 }));
    expect(scores[0]?.word).toBe('sanctions');
    expect(scores[0]?.z).toBeGreaterThan(0);
    expect(scores.at(-1)?.word).toBe('puppet');
    expect(scores.at(-1)?.z).toBeLessThan(0);
  });

  it('should return nothing for empty sides, and skip a vocabulary of one word', () => {
    expect(fightinWords(counts({}), counts({}))).toEqual([]);
    expect(fightinWords(counts({ only: 2 }), counts({ only: 3 }))).toEqual([]);
  });

  it('should split the top words by side, most distinctive first', () => {
    const scores = fightinWords(
      counts({ a1: 9, a2: 5, shared: 5 }),
      counts({ b1: 9, b2: 5, shared: 5 }),
    );
    const top = topDistinctive(scores, 2);
    expect(top.a.map((s) => s.word)).toEqual(['a1', 'a2']);
    expect(top.b.map((s) => s.word)).toEqual(['b1', 'b2']);
  });

  it('should not call a word distinctive of a side that used it fewer than three times', () => {
    // A small side against one 400 times its size: a word used once on each side scores high.
    const scores = fightinWords(
      counts({ syria: 60, enlarge: 1, twice: 2, talks: 40 }),
      counts({ syria: 12_000, enlarge: 1, twice: 1, talks: 28_000 }),
    );
    expect(scores.find((s) => s.word === 'enlarge')?.z).toBeGreaterThan(3);
    const top = topDistinctive(scores, 5);
    expect(top.a.map((s) => s.word)).toEqual(['syria']);
    expect(top.b.map((s) => s.word)).toEqual(['talks']);
  });
});
