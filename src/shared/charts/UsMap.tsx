import type { MouseEvent } from 'react';
import type { Tally } from '../../core/stats/compute-stats.ts';
import shapes from './data/us-state-shapes.json';
import { ANY_COMMENTS, LEAN_CLASSES, NO_COMMENTS, leanClass } from './lean-class.ts';
import { mixText } from './mix-text.ts';

// The outlines are projected by `npm run us-shapes` (scripts/build-us-shapes.ts): its MAP_WIDTH,
// MAP_HEIGHT and SHAPE_SCALE.
const WIDTH = 975;
const HEIGHT = 610;
/** The outlines are written at twice the map's units, in whole numbers. */
const SHAPE_SIZE = 'scale(0.5)';

interface StateShape {
  readonly name: string;
  readonly d: string;
  /** Where its count is written, or null for a state too small to hold it (the list has it). */
  readonly label: readonly [number, number] | null;
}

/**
 * US states coloured by the stance lean of their commenters (one colour for any comments when the
 * stance is hidden), each with its count written on it where it fits; a state with comments is a
 * link that sets the location filter. The "US states" list under the map is its text alternative,
 * with the same numbers.
 */
export function UsMap({
  states,
  stanceHidden = false,
  hrefOf,
  onPick,
}: {
  states: readonly Tally[];
  stanceHidden?: boolean;
  hrefOf(state: string): string;
  onPick(state: string): void;
}) {
  const byName = new Map(states.map((s) => [s.name.toLowerCase(), s]));
  const follow = (name: string) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onPick(name);
  };
  return (
    <figure className="min-w-0">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label="Map of the United States; each state with commenters is a link to its comments"
        className="h-auto w-full"
      >
        {(shapes as readonly StateShape[]).map(({ name, d, label }) => {
          const tally = byName.get(name.toLowerCase()) ?? null;
          const mix = stanceHidden ? null : (tally?.mix ?? null);
          const { fill } = stanceHidden && tally !== null ? ANY_COMMENTS : leanClass(mix);
          const shape = (
            <path
              d={d}
              transform={SHAPE_SIZE}
              className={`${fill} stroke-white dark:stroke-slate-900`}
              strokeWidth={2}
            >
              <title>{`${name}: ${tally === null ? 'no comments' : mixText(tally.comments, mix)}`}</title>
            </path>
          );
          return tally === null ? (
            <g key={name} aria-hidden="true">
              {shape}
            </g>
          ) : (
            <a
              key={name}
              href={hrefOf(tally.name)}
              onClick={follow(tally.name)}
              aria-label={`${tally.name}: ${mixText(tally.comments, mix)}`}
              data-state={tally.name}
              className="cursor-pointer outline-none hover:opacity-80 [&:focus-visible>path]:stroke-sky-500 [&:focus-visible>path]:stroke-[8]"
            >
              {shape}
              {label !== null && (
                <text
                  x={label[0]}
                  y={label[1]}
                  aria-hidden="true"
                  textAnchor="middle"
                  dominantBaseline="central"
                  // A halo of the page colour keeps the number readable on any fill.
                  className="pointer-events-none fill-slate-950 stroke-white text-[22px] font-semibold [paint-order:stroke] dark:fill-white dark:stroke-slate-950"
                  strokeWidth={5}
                  strokeLinejoin="round"
                >
                  {tally.comments}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-xs text-slate-700 dark:text-slate-300">
        <p className="mb-1">
          Numbers are comments per state; the “US states” list below has them all.
        </p>
        <span className="sr-only">Legend: </span>
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {[...(stanceHidden ? [ANY_COMMENTS] : LEAN_CLASSES), NO_COMMENTS].map((c) => (
            <li key={c.label} className="flex items-center gap-1">
              <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${c.swatch}`} />
              {c.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
