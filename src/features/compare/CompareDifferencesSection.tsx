import { plural } from '../../core/text/plural.ts';
import type { ComparisonFigures, WordComparison } from '../../core/stats/compare-articles.ts';
import { SharedCommenters, StanceDifferenceTable } from './CompareDifferences.tsx';
import { DistinctiveWords } from './DistinctiveWords.tsx';

/** "What sets them apart": stance difference, distinctive words, commenters in both. */
export function CompareDifferencesSection({
  comparison: c,
  words,
  slugA,
  slugB,
  stanceHidden = false,
  hrefOf,
  onPick,
}: {
  comparison: ComparisonFigures;
  /** Null while the words of a big discussion are still being counted. */
  words: WordComparison | null;
  slugA: string;
  slugB: string;
  /** Either article's stance is hidden (off-topic): no stance difference is measured. */
  stanceHidden?: boolean;
  hrefOf(slug: string, word: string): string;
  onPick(slug: string, word: string): void;
}) {
  return (
    <section aria-labelledby="compare-apart" className="space-y-6">
      <h2 id="compare-apart" className="text-lg font-semibold">
        What sets them apart
      </h2>
      {stanceHidden ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          No stance difference: stance is hidden for a discussion that barely mentions Trump, Putin
          or Russia.
        </p>
      ) : (
        <>
          <StanceDifferenceTable rows={c.stance} titleA={c.titleA} titleB={c.titleB} />
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Shares of each discussion’s comments in view; the difference is in percentage points
            with a 95% confidence interval (Newcombe’s method from Wilson intervals, which stays
            accurate for small discussions). An interval that includes 0 shows no clear difference.
          </p>
        </>
      )}
      {words === null ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Counting the words of {plural(c.a.comments + c.b.comments, 'comment')}…
        </p>
      ) : (
        <DistinctiveWords
          a={{ slug: slugA, title: c.titleA, words: words.distinctive.a }}
          b={{ slug: slugB, title: c.titleB, words: words.distinctive.b }}
          hrefOf={hrefOf}
          onPick={onPick}
        />
      )}
      <SharedCommenters shared={c.shared} />
    </section>
  );
}
