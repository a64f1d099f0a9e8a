import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { StanceLabel } from '../../core/types.ts';
import { buildViewUrl } from '../../core/view-url.ts';
import type { ArticleIndex, CommentKey, ViewState } from '../../core/view-types.ts';

// The whole Stats view (charts, stats code, and through it the map) is a lazy chunk: nothing of it
// is in the first-view bundle.
const StatsView = lazy(() => import('./StatsView.tsx').then((m) => ({ default: m.StatsView })));

export interface StatsButtonProps {
  readonly articles: readonly ArticleIndex[];
  stanceOf(key: CommentKey): StanceLabel;
  /** The article in view, where the stats start; null for all articles. */
  readonly article: string | null;
  /** Shows the thread view with this view (a chart element was clicked). */
  navigate(view: ViewState): void;
}

const button =
  'rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/** "Stats" opens the Stats view over the page; a chart click closes it on the filtered threads. */
export function StatsButton({ articles, stanceOf, article, navigate }: StatsButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={button}
        disabled={articles.length === 0}
        onClick={() => setOpen(true)}
      >
        Stats
      </button>
      {open && (
        <StatsDialog
          articles={articles}
          stanceOf={stanceOf}
          article={article}
          navigate={(view) => {
            setOpen(false);
            navigate(view);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function StatsDialog({
  articles,
  stanceOf,
  article,
  navigate,
  onClose,
}: StatsButtonProps & { onClose(): void }) {
  const [scope, setScope] = useState<string | null>(
    article !== null && articles.some((a) => a.slug === article) ? article : null,
  );
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);

  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-modal="true"
      aria-label="Stats"
      className="fixed inset-0 z-50 overflow-y-auto bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        } else if (e.key === 'Tab') {
          // Focus stays in the modal: wrap around its first and last focusable elements.
          const all = dialogRef.current?.querySelectorAll<HTMLElement>(
            'a[href], button:not([disabled]), select',
          );
          const first = all?.[0];
          const last = all?.[all.length - 1];
          if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first?.focus();
          } else if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last?.focus();
          }
        }
      }}
    >
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-4">
        <button ref={closeRef} type="button" className={button} onClick={onClose}>
          ← Back to comments
        </button>
        <Suspense fallback={<p className="text-sm">Loading stats…</p>}>
          <StatsView
            articles={articles}
            stanceOf={stanceOf}
            scope={scope}
            onScope={setScope}
            hrefOf={(view) => window.location.pathname + buildViewUrl(view)}
            onPick={navigate}
          />
        </Suspense>
      </div>
    </div>
  );
}
