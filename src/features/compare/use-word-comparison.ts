import { useEffect, useMemo, useState } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import { compareWords, type WordComparison } from '../../core/stats/compare-articles.ts';
import { createWordCounter, wordCounts } from '../../core/stats/word-counts.ts';

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
    // Side A's comments, then side B's, as one run of positions.
    const [listA, listB] = [sideA.doc.comments, sideB.doc.comments];
    const total = listA.length + listB.length;
    const [a, b] = [createWordCounter(), createWordCounter()];
    let at = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      for (const end = Math.min(total, at + SLICE); at < end; at += 1) {
        if (at < listA.length) a.add(listA[at]?.body ?? '');
        else b.add(listB[at - listA.length]?.body ?? '');
      }
      if (at < total) timer = setTimeout(run, 0);
      else setCounted({ sideA, sideB, words: compareWords(a.result(), b.result()) });
    };
    // The figures are drawn first; the counting starts in the next task.
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }, [small, sideA, sideB]);
  if (small) return atOnce;
  return counted?.sideA === sideA && counted.sideB === sideB ? counted.words : null;
}
