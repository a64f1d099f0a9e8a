import { useMemo, useState } from 'react';
import { compareFigures, inView } from '../../core/stats/compare-articles.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import { hrefOf as hrefOfView } from '../../shared/href-of.ts';
import { CompareDifferencesSection } from './CompareDifferencesSection.tsx';
import type { ComparePanelProps } from './ComparePanel.tsx';
import { CompareExports } from './CompareExports.tsx';
import { CompareSide } from './CompareSide.tsx';
import { wordSearchView } from './compare-links.ts';
import { useWordComparison } from './use-word-comparison.ts';
import { useArticleStats } from '../../shared/stats/use-article-stats.ts';
import { DUMP_TEXT } from './compare-text.ts';

type Side = 'first' | 'second';

const TOGGLE =
  'min-h-6 min-w-0 flex-1 rounded-md border border-slate-400 px-2 py-1 text-left text-sm font-medium hover:bg-slate-100 aria-pressed:border-slate-800 aria-pressed:bg-slate-800 aria-pressed:text-white dark:hover:bg-slate-800 dark:aria-pressed:border-slate-200 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-950';

/** Two discussions side by side (stacked, with a switch, on a phone) and what sets them apart. */
export function CompareView({
  articleA,
  articleB,
  view,
  matches,
  stanceOf,
  stanceHidden,
  navigate,
}: ComparePanelProps & { articleA: ArticleIndex; articleB: ArticleIndex }) {
  const [phoneSide, setPhoneSide] = useState<Side>('first');
  const [sideA, sideB] = useMemo(
    () => [inView(articleA, matches), inView(articleB, matches)] as const,
    [articleA, articleB, matches],
  );
  // One list per side, each kept while its side is: a new list would start its count again.
  const listA = useMemo(() => [sideA], [sideA]);
  const listB = useMemo(() => [sideB], [sideB]);
  const countA = useArticleStats(listA, sideA.slug, stanceOf, null);
  const countB = useArticleStats(listB, sideB.slug, stanceOf, null);
  // While a big side is counted again, the last figures stay up, dimmed, as Stats keeps its own.
  const counting = countA.counting || countB.counting;
  const [statsA, statsB] = [countA.stats, countB.stats];
  const comparison = useMemo(
    () =>
      statsA === null || statsB === null ? null : compareFigures(sideA, sideB, statsA, statsB),
    [sideA, sideB, statsA, statsB],
  );
  const words = useWordComparison(sideA, sideB);
  const hrefOf = (next: typeof view) => hrefOfView(next);
  const filtered =
    view.q.trim() !== '' || view.stance.length > 0 || view.loc !== null || view.author !== null;
  const hiddenA = stanceHidden?.has(articleA.slug) === true;
  const hiddenB = stanceHidden?.has(articleB.slug) === true;
  const titles: Record<Side, string> = {
    first: sideA.doc.article.title,
    second: sideB.doc.article.title,
  };

  return (
    <section aria-labelledby="compare-heading" className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="compare-heading" className="text-lg font-semibold">
          Comparing two discussions
        </h2>
        <button
          type="button"
          onClick={() => navigate({ ...view, compare: null })}
          className="min-h-6 rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
        >
          Stop comparing
        </button>
      </div>
      {filtered && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The search and filters apply to both discussions.
        </p>
      )}
      {counting && (
        <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
          Counting comments…
        </p>
      )}
      {comparison !== null && (
        <div
          aria-busy={counting}
          inert={counting}
          className={`space-y-6 ${counting ? 'opacity-60' : ''}`}
        >
          <CompareExports comparison={comparison} words={words} filtered={filtered} />

          <div role="group" aria-label="Discussion to show" className="flex gap-1 md:hidden">
            {(['first', 'second'] as const).map((side) => (
              <button
                key={side}
                type="button"
                aria-pressed={phoneSide === side}
                onClick={() => setPhoneSide(side)}
                className={TOGGLE}
              >
                <bdi className={`line-clamp-2 ${DUMP_TEXT}`}>{titles[side]}</bdi>
              </button>
            ))}
          </div>

          <div className="grid gap-6 md:grid-cols-2">
            {(['first', 'second'] as const).map((side) => (
              <CompareSide
                key={side}
                side={side}
                stats={side === 'first' ? comparison.a : comparison.b}
                title={titles[side]}
                hiddenOnPhone={phoneSide !== side}
                stanceHidden={side === 'first' ? hiddenA : hiddenB}
                base={{
                  ...view,
                  compare: null,
                  mode: 'comments',
                  article: (side === 'first' ? comparison.a : comparison.b).slug,
                }}
                hrefOf={hrefOf}
                onPick={navigate}
              />
            ))}
          </div>

          <CompareDifferencesSection
            comparison={comparison}
            words={words}
            slugA={articleA.slug}
            slugB={articleB.slug}
            stanceHidden={hiddenA || hiddenB}
            hrefOf={(slug, word) => hrefOf(wordSearchView(view, slug, word))}
            onPick={(slug, word) => navigate(wordSearchView(view, slug, word))}
          />
        </div>
      )}
    </section>
  );
}
