import type { MouseEvent } from 'react';
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopology from 'us-atlas/states-10m.json';
import type { Tally } from '../../core/stats/compute-stats.ts';
import { ANY_COMMENTS, LEAN_CLASSES, NO_COMMENTS, leanClass } from './lean-class.ts';
import { mixText } from './mix-text.ts';

const WIDTH = 975;
const HEIGHT = 610;

interface StateShape {
  readonly name: string;
  readonly d: string;
  /** Where its count is written, or null for a state too small to hold it (the list has it). */
  readonly label: readonly [number, number] | null;
}

/** About a 40 × 30 box in map units: Connecticut and smaller get no written count. */
const MIN_LABEL_AREA = 1200;

let shapes: readonly StateShape[] | null = null;

/** Projected once per page: 56 outlines, the territories geoAlbersUsa leaves out drop away. */
function stateShapes(): readonly StateShape[] {
  if (shapes !== null) return shapes;
  const topology = statesTopology as unknown as Topology<{
    states: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.states);
  const path = geoPath(geoAlbersUsa().fitSize([WIDTH, HEIGHT], collection));
  shapes = collection.features.flatMap((f) => {
    const d = path(f);
    if (d === null || d === '' || f.properties === null) return [];
    const [x, y] = path.centroid(f);
    const label = path.area(f) >= MIN_LABEL_AREA && Number.isFinite(x) ? ([x, y] as const) : null;
    return [{ name: f.properties.name, d, label }];
  });
  return shapes;
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
        {stateShapes().map(({ name, d, label }) => {
          const tally = byName.get(name.toLowerCase()) ?? null;
          const mix = stanceHidden ? null : (tally?.mix ?? null);
          const { fill } = stanceHidden && tally !== null ? ANY_COMMENTS : leanClass(mix);
          const shape = (
            <path d={d} className={`${fill} stroke-white dark:stroke-slate-900`} strokeWidth={1}>
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
              className="cursor-pointer outline-none hover:opacity-80 [&:focus-visible>path]:stroke-sky-500 [&:focus-visible>path]:stroke-[4]"
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
