import type { StanceOf } from '../../core/stance/effective-stance.ts';
import type { ArticleStats } from '../../core/stats/compute-stats.ts';
import { plural } from '../../core/text/plural.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { CompareWith } from '../compare/index.ts';
import { STANCE_SWATCH } from '../../shared/stance-palette.ts';
import { BarList } from '../../shared/charts/BarList.tsx';
import { isolate } from '../../shared/text/isolate.ts';
import { pickBarWith, statsBars } from '../../shared/charts/stats-bars.ts';
import { StatsPlaces } from './StatsPlaces.tsx';
import { useArticleStats } from '../../shared/stats/use-article-stats.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';
import { STANCE_HIDDEN } from '../../shared/text/stance-hidden.ts';

const THREADS: readonly [string, string] = ['thread', 'threads'];
const REPLIES: readonly [string, string] = ['direct reply', 'direct replies'];

export interface StatsViewProps {
  /** The articles in scope. */
  readonly articles: readonly ArticleIndex[];
  /** Every loaded article, for the article menu. */
  readonly all: readonly ArticleIndex[];
  /** Comments that pass the view's search and filters; null when all of them count. */
  readonly matches: ReadonlySet<CommentKey> | null;
  /** The view the stats are about: a chart click narrows it. */
  readonly base: ViewState;
  /** The effective label (the reader's override when there is one). */
  readonly stanceOf: StanceOf;
  /** The articles in scope have their stance hidden (off-topic): their mix is not shown. */
  readonly stanceHidden?: boolean;
  /** The article the stats are about; null for all articles together. */
  readonly scope: string | null;
  onScope(slug: string | null): void;
  hrefOf(view: ViewState): string;
  /** Go to the thread view with this view (a chart element was clicked). */
  onPick(view: ViewState): void;
  /** Offers "Compare with…" (two articles side by side) when given. */
  onCompare?(a: string, b: string): void;
}

/** The shape of a discussion: who, where, how it leans, how deep it goes. */
export function StatsView(props: StatsViewProps) {
  const { articles, all, matches, stanceOf, scope, onScope, onCompare } = props;
  const known = scope !== null && articles.some((a) => a.slug === scope);
  const slug = known ? scope : null;
  const { stats, counting } = useArticleStats(articles, slug, stanceOf, matches);
  const titleOf = (s: string) => all.find((a) => a.slug === s)?.doc.article.title ?? s;
  const hidden = props.stanceHidden === true;

  return (
    <section aria-labelledby="stats-heading" className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id="stats-heading" className="text-lg font-semibold">
          Stats: {slug === null ? 'all articles' : <bdi>{titleOf(slug)}</bdi>}
        </h2>
        <label className="flex max-w-full min-w-0 items-center text-sm">
          <span className="mr-1">Show</span>
          <select
            value={slug ?? ''}
            onChange={(e) => onScope(e.target.value === '' ? null : e.target.value)}
            className="min-h-8 max-w-full min-w-0 rounded border border-slate-400 bg-white px-1 py-0.5 dark:bg-slate-900"
          >
            <option value="">All articles</option>
            {all.map((a) => (
              <option key={a.slug} value={a.slug}>
                {isolate(a.doc.article.title)}
              </option>
            ))}
          </select>
        </label>
        <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
          {counting || stats === null ? 'Counting comments…' : plural(stats.comments, 'comment')}
        </p>
        {onCompare !== undefined && (
          <CompareWith articles={all} from={slug} onCompare={onCompare} />
        )}
      </div>

      {stats !== null && (
        <StatsFigures {...props} stats={stats} counting={counting} hidden={hidden} />
      )}
    </section>
  );
}

interface StatsFiguresProps extends StatsViewProps {
  readonly stats: ArticleStats;
  /** The figures are the last ones shown while new ones are counted: dimmed, not clickable. */
  readonly counting: boolean;
  readonly hidden: boolean;
}

/** The charts of one count. */
function StatsFigures({ stats, counting, hidden, base, hrefOf, onPick }: StatsFiguresProps) {
  const bars = statsBars(stats, base, hrefOf, hidden);
  const pick = pickBarWith(onPick);
  return (
    <div
      aria-busy={counting}
      inert={counting}
      className={`space-y-6 ${counting ? 'opacity-60' : ''}`}
    >
      <div className="grid gap-6 md:grid-cols-2">
        <BarList
          title="Stance mix"
          items={hidden ? [] : bars.stance}
          onPick={pick}
          empty={STANCE_HIDDEN}
        />
        {!hidden && (
          <ul aria-label="Colours" className="flex flex-wrap gap-3 self-end text-xs">
            {STANCE_LABELS.map((l) => (
              <li key={l} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className={`inline-block h-3 w-3 rounded-sm ${STANCE_SWATCH[l]}`}
                />
                {l}
              </li>
            ))}
          </ul>
        )}
      </div>

      <StatsPlaces
        stats={stats}
        bars={bars}
        stanceHidden={hidden}
        base={base}
        hrefOf={hrefOf}
        onPick={onPick}
      />

      <div className="grid gap-6 md:grid-cols-2">
        <BarList
          title="Most active commenters"
          items={bars.commenters}
          onPick={pick}
          empty="No named commenters."
        />
        <BarList
          title="Most replied-to comments"
          unit={REPLIES}
          items={bars.mostReplied}
          onPick={pick}
          empty="No comment has replies."
        />
        <BarList title="Comments by reply depth (0 = top level)" items={bars.depth} onPick={pick} />
        <BarList
          title="Threads by size (comments in a thread)"
          unit={THREADS}
          items={bars.threadSizes}
          onPick={pick}
        />
      </div>
    </div>
  );
}
