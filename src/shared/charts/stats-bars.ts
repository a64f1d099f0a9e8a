// The bars of a discussion's Stats, built once for the Stats view and for each side of a
// comparison, so both label, link and order them the same way.
import { UNKNOWN_LOC } from '../../core/location/location-facets.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';
import type { ArticleStats } from '../../core/stats/compute-stats.ts';
import { plural } from '../../core/text/plural.ts';
import type { StanceLabel } from '../../core/types.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import type { BarItem } from './BarList.tsx';
import { statsPicks } from './stats-picks.ts';

/** A bar that narrows the view when picked; `view` null when there is nothing to narrow to. */
export interface PickBar extends BarItem {
  readonly view: ViewState | null;
}

export interface StatsBars {
  readonly stance: readonly PickBar[];
  readonly usStates: readonly PickBar[];
  readonly countries: readonly PickBar[];
  readonly commenters: readonly PickBar[];
  readonly mostReplied: readonly PickBar[];
  readonly depth: readonly PickBar[];
  readonly threadSizes: readonly PickBar[];
}

/**
 * Every list of `stats` as bars; a click narrows `base` (its article, search and filters). With
 * `stanceHidden` (an off-topic discussion) no bar is split by stance: plain counts.
 */
export function statsBars(
  stats: ArticleStats,
  base: ViewState,
  hrefOf: (view: ViewState) => string,
  stanceHidden = false,
): StatsBars {
  const bar = (
    key: string,
    label: string,
    value: number,
    mix: BarItem['mix'],
    view: ViewState | null,
  ): PickBar => ({
    key,
    label,
    value,
    mix: stanceHidden ? null : mix,
    href: view === null ? null : hrefOf(view),
    view,
  });
  const only = (label: StanceLabel) => ({
    support: 0,
    oppose: 0,
    neutral: 0,
    [label]: stats.stance[label],
  });
  return {
    stance: STANCE_LABELS.map((l) =>
      bar(l, l, stats.stance[l], only(l), statsPicks.stance(base, l)),
    ),
    usStates: [
      ...stats.usStates.map((t) =>
        bar(`s-${t.name}`, t.name, t.comments, t.mix, statsPicks.place(base, t.name)),
      ),
      ...(stats.usNoState > 0
        ? [bar('s-none', 'US, state not given', stats.usNoState, null, null)]
        : []),
    ],
    countries: [
      ...stats.countries.map((t) =>
        bar(`c-${t.name}`, t.name, t.comments, t.mix, statsPicks.place(base, t.name)),
      ),
      ...(stats.unknownPlace > 0
        ? [
            bar(
              'c-unknown',
              'Unknown place',
              stats.unknownPlace,
              null,
              statsPicks.place(base, UNKNOWN_LOC),
            ),
          ]
        : []),
    ],
    commenters: stats.topCommenters.map((t) =>
      bar(`a-${t.name}`, t.name, t.comments, t.mix, statsPicks.author(base, t.name)),
    ),
    mostReplied: stats.mostReplied.map((r) =>
      bar(
        r.key,
        `${r.author ?? 'Anonymous'}: ${r.excerpt}`,
        r.replies,
        null,
        statsPicks.comment(r),
      ),
    ),
    depth: stats.depth.map((b) =>
      bar(
        `d-${b.label}`,
        `depth ${b.label}`,
        b.count,
        null,
        b.example === null ? null : statsPicks.comment(b.example),
      ),
    ),
    threadSizes: stats.threadSizes.map((b) =>
      bar(
        `t-${b.label}`,
        b.label === '1' ? plural(1, 'comment') : `${b.label} comments`,
        b.count,
        null,
        b.example === null ? null : statsPicks.thread(b.example),
      ),
    ),
  };
}

/** The `onPick` of a BarList of pick bars: follows the bar's view, if it has one. */
export function pickBarWith(onPick: (view: ViewState) => void): (item: PickBar) => void {
  return (item) => {
    if (item.view !== null) onPick(item.view);
  };
}
