import { lazy, Suspense } from 'react';
import type { Tally } from '../../core/stats/compute-stats.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import { statsPicks } from './stats-picks.ts';

// The state outlines (projected ahead by `npm run us-shapes`, ~41 KB gzip) load only when a map is
// first drawn.
const UsMap = lazy(() => import('./UsMap.tsx').then((m) => ({ default: m.UsMap })));

export interface PlaceMapProps {
  readonly states: readonly Tally[];
  /** The discussion's stance is hidden (off-topic): states are coloured by comments alone. */
  readonly stanceHidden?: boolean;
  /** The view a click on a state narrows. */
  readonly base: ViewState;
  hrefOf(view: ViewState): string;
  onPick(view: ViewState): void;
}

/** The US map of a discussion, loaded on first use, each state a link to its comments. */
export function PlaceMap({ states, stanceHidden = false, base, hrefOf, onPick }: PlaceMapProps) {
  return (
    <Suspense
      fallback={
        <div className="aspect-[975/610] w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
      }
    >
      <UsMap
        states={states}
        stanceHidden={stanceHidden}
        hrefOf={(place) => hrefOf(statsPicks.place(base, place))}
        onPick={(place) => onPick(statsPicks.place(base, place))}
      />
    </Suspense>
  );
}
