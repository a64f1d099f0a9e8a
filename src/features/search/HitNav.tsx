import { useMemo } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { hitGroups } from './hit-groups.ts';

/** "Hit 3 of 17" with previous/next buttons that move through the matching comments in page order. */
export function HitNav({
  position,
  hitKeys,
  articles,
  onPrev,
  onNext,
  searching = false,
}: {
  /** 0-based index of the current hit, or null before the reader moved. */
  position: number | null;
  /** The hits in page order. */
  hitKeys: readonly CommentKey[];
  articles: ReadonlyMap<string, ArticleIndex>;
  onPrev(): void;
  onNext(): void;
  /** The first answer is on its way: no hits are known, not even none. */
  searching?: boolean;
}) {
  const total = hitKeys.length;
  // Counted here, in the chunk that loads on the first search, not in the first view's code.
  const groups = useMemo(() => hitGroups(hitKeys, articles), [hitKeys, articles]);
  return (
    <section
      aria-label="Search results"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
    >
      <span className="tabular-nums">{hitLabel(searching, total, position)}</span>
      <button
        type="button"
        onClick={onPrev}
        disabled={total === 0}
        className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Previous hit
      </button>
      <button
        type="button"
        onClick={onNext}
        disabled={total === 0}
        className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Next hit
      </button>
      {groups.length > 0 && (
        <ul
          aria-label="Hits per article"
          // Hidden on a phone: in the sticky header it would take a quarter of the screen.
          className="flex w-full flex-wrap gap-x-3 text-slate-700 max-sm:hidden dark:text-slate-300"
        >
          {groups.map((g) => (
            <li key={g.slug}>
              <span className="font-medium">{g.count}</span> in <cite>{g.title}</cite>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the hit line says: nothing is counted before the first answer, not even none. */
function hitLabel(searching: boolean, total: number, position: number | null): string {
  if (searching) return 'Searching…';
  if (total === 0) return 'No matching comments';
  if (position === null) return `${total} ${total === 1 ? 'hit' : 'hits'}`;
  return `Hit ${position + 1} of ${total}`;
}
