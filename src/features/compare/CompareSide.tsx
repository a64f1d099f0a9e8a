import { plural } from '../../core/text/plural.ts';
import type { ArticleStats } from '../../core/stats/compute-stats.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import { BarList } from '../../shared/charts/BarList.tsx';
import { pickBarWith, statsBars } from '../../shared/charts/stats-bars.ts';
import { PlaceMap } from '../../shared/charts/PlaceMap.tsx';
import { StanceMixBar } from '../../shared/charts/StanceMixBar.tsx';
import { STANCE_SWATCH } from '../../shared/stance-palette.ts';
import { DUMP_TEXT, percent } from './compare-text.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';
import { STANCE_HIDDEN } from '../../shared/text/stance-hidden.ts';

/** Places and names listed per side before "Show all": the two sides stay side by side. */
const LIST_LIMIT = 8;
const THREADS: readonly [string, string] = ['thread', 'threads'];

export interface CompareSideProps {
  readonly stats: ArticleStats;
  readonly title: string;
  /** "first" / "second": keeps ids and region names unique with two sides on the page. */
  readonly side: 'first' | 'second';
  /** Hidden below the md breakpoint when the phone switch shows the other side. */
  readonly hiddenOnPhone: boolean;
  /** The article's stance is hidden (off-topic): its counts are stated, without the mix's chart. */
  readonly stanceHidden?: boolean;
  /** The view a chart click narrows: this side's article, with the comparison's filters. */
  readonly base: ViewState;
  hrefOf(view: ViewState): string;
  onPick(view: ViewState): void;
}

/** One discussion of the comparison: its count, stance mix, places, commenters, depth and threads. */
export function CompareSide({
  stats,
  title,
  side,
  hiddenOnPhone,
  stanceHidden = false,
  base,
  hrefOf,
  onPick,
}: CompareSideProps) {
  const total = stats.comments;
  const bars = statsBars(stats, base, hrefOf, stanceHidden);
  const pick = pickBarWith(onPick);
  const name = (what: string) => `${what}, ${side} discussion`;
  const headingId = `compare-${side}-title`;

  return (
    <section
      aria-labelledby={headingId}
      className={`${hiddenOnPhone ? 'hidden md:block' : ''} min-w-0 space-y-5 rounded-md border border-slate-300 p-3 dark:border-slate-600`}
    >
      <div>
        <h3 id={headingId} className="text-base font-semibold">
          <bdi className={DUMP_TEXT}>{title}</bdi>
        </h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {plural(total, 'comment')} in view
        </p>
      </div>

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Stance mix</h4>
        {stanceHidden ? (
          // LINKS.md: every side of a comparison states its stance counts, hidden or not.
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {STANCE_HIDDEN} Labels as read:{' '}
            {STANCE_LABELS.map((l) => `${l} ${stats.stance[l]}`).join(', ')}.
          </p>
        ) : (
          <StanceMix stats={stats} />
        )}
      </div>

      <div className="space-y-3">
        <h4 className="text-sm font-semibold">Where commenters are from</h4>
        {stats.usStates.length > 0 && (
          <PlaceMap
            states={stats.usStates}
            stanceHidden={stanceHidden}
            base={base}
            hrefOf={hrefOf}
            onPick={onPick}
          />
        )}
        <BarList
          title="US states"
          name={name('US states')}
          items={bars.usStates}
          onPick={pick}
          limit={LIST_LIMIT}
          empty="No commenter gave a US state."
        />
        <BarList
          title="Other countries"
          name={name('Other countries')}
          items={bars.countries}
          onPick={pick}
          limit={LIST_LIMIT}
          empty="No commenter from another country."
        />
      </div>

      <BarList
        title="Most active commenters"
        name={name('Most active commenters')}
        items={bars.commenters}
        onPick={pick}
        limit={LIST_LIMIT}
        empty="No named commenters."
      />
      <BarList
        title="Comments by reply depth (0 = top level)"
        name={name('Comments by reply depth')}
        items={bars.depth}
        onPick={pick}
        empty="No comments in view."
      />
      <BarList
        title="Threads by size (comments in a thread)"
        name={name('Threads by size')}
        unit={THREADS}
        items={bars.threadSizes}
        onPick={pick}
        empty="No threads start in view."
      />
    </section>
  );
}

/** The side's stance mix: a bar and each label's count and share. */
function StanceMix({ stats }: { stats: ArticleStats }) {
  const total = stats.comments;
  return (
    <>
      <StanceMixBar mix={stats.stance} />
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {STANCE_LABELS.map((l) => (
          <li key={l} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block h-3 w-3 rounded-sm ${STANCE_SWATCH[l]}`}
            />
            <span>
              {l} {stats.stance[l]}
            </span>
            <span className="text-slate-700 dark:text-slate-300">
              ({total === 0 ? '–' : percent(stats.stance[l] / total)})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
