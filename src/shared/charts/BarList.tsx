import { useState, type MouseEvent } from 'react';
import type { StanceMix } from '../../core/stats/compute-stats.ts';
import { CountBar, StanceMixBar } from './StanceMixBar.tsx';
import { COMMENTS, mixText, type Unit } from './mix-text.ts';

export interface BarItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly mix: StanceMix | null;
  /** Where clicking the bar goes (a view URL), null when the bar links nowhere. */
  readonly href: string | null;
}

/**
 * A chart as a list of links: each row is the label, a bar and the numbers in text, so the text is
 * the chart's own text alternative and every bar is a real link (keyboard, middle-click, screen reader).
 */
export function BarList<T extends BarItem>({
  title,
  items,
  onPick,
  empty = 'Nothing to show.',
  unit = COMMENTS,
  name = title,
  limit = Infinity,
}: {
  title: string;
  /** The region's accessible name when `title` is not unique on the page (two sides compared). */
  name?: string;
  unit?: Unit;
  items: readonly T[];
  onPick(item: T): void;
  empty?: string;
  /** Rows shown before "Show all": a long tail must not leave the chart beside it in blank space. */
  limit?: number;
}) {
  const [all, setAll] = useState(false);
  const max = items.reduce((m, i) => Math.max(m, i.value), 0);
  // One row hidden behind a button is no saving: show it.
  const cut = all || items.length <= limit + 1 ? items.length : limit;
  const follow = (item: T) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onPick(item);
  };
  return (
    <section aria-label={name} className="min-w-0">
      <h3 className="mb-1 text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ol className="space-y-1">
          {items.slice(0, cut).map((item) => {
            const row = (
              <>
                <bdi className="truncate">{item.label}</bdi>{' '}
                <StanceMixBarOrCount item={item} scale={max === 0 ? 0 : item.value / max} />{' '}
                <span className="text-right text-slate-600 tabular-nums dark:text-slate-400">
                  {item.value}
                </span>
              </>
            );
            const cls =
              'grid grid-cols-[minmax(6rem,12rem)_1fr_3rem] items-center gap-2 rounded px-1 py-0.5 text-sm';
            return (
              <li key={item.key}>
                {item.href === null ? (
                  <div className={cls}>{row}</div>
                ) : (
                  <a
                    href={item.href}
                    onClick={follow(item)}
                    // Begins with the visible text ("support 58"), as WCAG 2.5.3 asks of a label.
                    aria-label={`${item.label} ${mixText(item.value, item.mix, unit)}`}
                    className={`${cls} text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-100 dark:hover:bg-slate-800`}
                  >
                    {row}
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {(cut < items.length || all) && (
        <button
          type="button"
          aria-expanded={all}
          // Begins with the visible words; says which list, as there are two side by side.
          aria-label={`${all ? 'Show fewer' : `Show all ${items.length}`} in ${title}`}
          onClick={() => setAll((a) => !a)}
          className="mt-1 min-h-8 rounded px-1 text-sm text-sky-800 underline hover:bg-slate-100 dark:text-sky-300 dark:hover:bg-slate-800"
        >
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}

function StanceMixBarOrCount({ item, scale }: { item: BarItem; scale: number }) {
  return item.mix === null ? (
    <CountBar scale={scale} />
  ) : (
    <StanceMixBar mix={item.mix} scale={scale} />
  );
}
