import { lazy, Suspense, useState } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';

// The picker loads when "Compare with…" is first opened: it is not part of the first view.
const CompareForm = lazy(() =>
  import('./CompareForm.tsx').then((m) => ({ default: m.CompareForm })),
);

/**
 * "Compare with…": pick two discussions and open them side by side. It sits in the article
 * switcher and in Stats, so only this disclosure is in the first-view bundle; the picker and the
 * comparison are not.
 */
export interface CompareWithProps {
  readonly articles: readonly ArticleIndex[];
  /** The article in view, offered as the first side; null picks the first article. */
  readonly from: string | null;
  onCompare(a: string, b: string): void;
}

export function CompareWith({ articles, from, onCompare }: CompareWithProps) {
  const [opened, setOpened] = useState(false);
  if (articles.length < 2) return null;
  return (
    <details className="text-sm" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="min-h-6 rounded-md px-2 py-1 font-medium hover:bg-slate-100 dark:hover:bg-slate-800">
        Compare with…
      </summary>
      {opened && (
        <Suspense fallback={<p className="mt-2 px-2">Loading…</p>}>
          <CompareForm articles={articles} from={from} onCompare={onCompare} />
        </Suspense>
      )}
    </details>
  );
}
