import { useEffect, useMemo, useState } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import { compareWords, type WordComparison } from '../../core/stats/compare-articles.ts';
import { createWordCounter, wordCounts } from '../../core/stats/word-counts.ts';
import { runInSlices } from '../../shared/tasks/run-in-slices.ts';
import { splitRange } from '../../shared/tasks/split-range.ts';

/**
 * Comments counted per task. 5,000 made tasks of 55–80 ms in Chromium on the bench dump (370
 * characters a comment), before counting took one map lookup a word; 2,000 keeps them shorter.
 */
const SLICE = 2_000;

interface Counted {
  readonly sideA: ArticleIndex;
  readonly sideB: ArticleIndex;
  readonly words: WordComparison;
}

const bodies = (side: ArticleIndex) => side.doc.comments.map((c) => c.body);

/**
 * The words that set two sides apart (each side already narrowed to its comments in view). Up to
 * SLICE comments in all they are counted at once; beyond, a slice per task, and null until done:
 * reading every word of a 50,000-comment discussion was one task of about 1.5 s in Chromium.
 */
export function useWordComparison(sideA: ArticleIndex, sideB: ArticleIndex): WordComparison | null {
  const small = sideA.doc.comments.length + sideB.doc.comments.length <= SLICE;
  const atOnce = useMemo(
    () => (small ? compareWords(wordCounts(bodies(sideA)), wordCounts(bodies(sideB))) : null),
    [small, sideA, sideB],
  );
  const [counted, setCounted] = useState<Counted | null>(null);
  useEffect(() => {
    if (small) return undefined;
    // Side A's comments, then side B's, as one run of positions; the figures are drawn first.
    const lists = [sideA.doc.comments, sideB.doc.comments] as const;
    const counters = [createWordCounter(), createWordCounter()] as const;
    const lengths = [lists[0].length, lists[1].length];
    return runInSlices(
      lists[0].length + lists[1].length,
      SLICE,
      (from, to) => {
        for (const r of splitRange(lengths, from, to)) {
          const [list, counter] = [lists[r.list], counters[r.list]];
          for (let at = r.from; at < r.to; at += 1) counter?.add(list?.[at]?.body ?? '');
        }
      },
      () =>
        setCounted({
          sideA,
          sideB,
          words: compareWords(counters[0].result(), counters[1].result()),
        }),
    );
  }, [small, sideA, sideB]);
  if (small) return atOnce;
  return counted?.sideA === sideA && counted.sideB === sideB ? counted.words : null;
}
