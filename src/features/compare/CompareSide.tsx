import { lazy, Suspense } from 'react';
import type { ArticleStats } from '../../core/stats/compute-stats.ts';
import { UNKNOWN_LOC } from '../../core/location/location-facets.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import { BarList, type BarItem } from '../../shared/charts/BarList.tsx';
import { StanceMixBar } from '../../shared/charts/StanceMixBar.tsx';
import { STANCE_SWATCH } from '../../shared/stance-palette.ts';
import { statsPicks } from '../../shared/charts/stats-picks.ts';
import { DUMP_TEXT, percent } from './compare-text.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';

const UsMap = lazy(() =>
  import('../../shared/charts/UsMap.tsx').then((m) => ({ default: m.UsMap })),
);

/** Places and names listed per side; the CSV export has them all. */
const LIST_LIMIT = 8;
const THREADS: readonly [string, string] = ['thread', 'threads'];

export interface CompareSideProps {
  readonly stats: ArticleStats;
  readonly title: string;
  /** "first" / "second": keeps ids and region names unique with two sides on the page. */
  readonly side: 'first' | 'second';
  /** Hidden below the md breakpoint when the phone switch shows the other side. */
  readonly hiddenOnPhone: boolean;
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
  base,
  hrefOf,
  onPick,
}: CompareSideProps) {
  const total = stats.comments;
  const item = (
    key: string,
    label: string,
    value: number,
    mix: BarItem['mix'],
    view: ViewState | null,
  ) => ({
    key,
    label,
    value,
    mix,
    href: view === null ? null : hrefOf(view),
    view,
  });
  const pick = (i: BarItem & { view?: ViewState | null }) => {
    if (i.view !== undefined && i.view !== null) onPick(i.view);
  };
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
          {total} {total === 1 ? 'comment' : 'comments'} in view
        </p>
      </div>

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Stance mix</h4>
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
      </div>

      <div className="space-y-3">
        <h4 className="text-sm font-semibold">Where commenters are from</h4>
        {stats.usStates.length > 0 && (
          <Suspense
            fallback={
              <div className="aspect-[975/610] w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
            }
          >
            <UsMap
              states={stats.usStates}
              hrefOf={(place) => hrefOf(statsPicks.place(base, place))}
              onPick={(place) => onPick(statsPicks.place(base, place))}
            />
          </Suspense>
        )}
        <BarList
          title="US states"
          name={name('US states')}
          items={[
            ...stats.usStates
              .slice(0, LIST_LIMIT)
              .map((t) =>
                item(`s-${t.name}`, t.name, t.comments, t.mix, statsPicks.place(base, t.name)),
              ),
            ...(stats.usNoState > 0
              ? [item('s-none', 'US, state not given', stats.usNoState, null, null)]
              : []),
          ]}
          onPick={pick}
          empty="No commenter gave a US state."
        />
        <BarList
          title="Other countries"
          name={name('Other countries')}
          items={[
            ...stats.countries
              .slice(0, LIST_LIMIT)
              .map((t) =>
                item(`c-${t.name}`, t.name, t.comments, t.mix, statsPicks.place(base, t.name)),
              ),
            ...(stats.unknownPlace > 0
              ? [
                  item(
                    'c-unknown',
                    'Unknown place',
                    stats.unknownPlace,
                    null,
                    statsPicks.place(base, UNKNOWN_LOC),
                  ),
                ]
              : []),
          ]}
          onPick={pick}
          empty="No commenter from another country."
        />
      </div>

      <BarList
        title="Most active commenters"
        name={name('Most active commenters')}
        items={stats.topCommenters
          .slice(0, LIST_LIMIT)
          .map((t) =>
            item(`a-${t.name}`, t.name, t.comments, t.mix, statsPicks.author(base, t.name)),
          )}
        onPick={pick}
        empty="No named commenters."
      />
      <BarList
        title="Comments by reply depth (0 = top level)"
        name={name('Comments by reply depth')}
        items={stats.depth.map((b) =>
          item(
            `d-${b.label}`,
            `depth ${b.label}`,
            b.count,
            null,
            b.example === null ? null : statsPicks.comment(b.example),
          ),
        )}
        onPick={pick}
        empty="No comments in view."
      />
      <BarList
        title="Threads by size (comments in a thread)"
        name={name('Threads by size')}
        unit={THREADS}
        items={stats.threadSizes
          .filter((b) => b.count > 0)
          .map((b) =>
            item(
              `t-${b.label}`,
              `${b.label} ${b.label === '1' ? 'comment' : 'comments'}`,
              b.count,
              null,
              b.example === null ? null : statsPicks.thread(b.example),
            ),
          )}
        onPick={pick}
        empty="No threads start in view."
      />
    </section>
  );
}
