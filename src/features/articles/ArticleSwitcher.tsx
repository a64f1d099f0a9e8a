import type { ArticleIndex } from '../../core/article/article-index.ts';
import { CompareWith } from '../compare/index.ts';
import { DumpText } from '../../shared/text/DumpText.tsx';

/** Choose one article or all of them; each entry shows its title, date, byline and comment count. */
export function ArticleSwitcher({
  articles,
  selected,
  onSelect,
  onCompare,
}: {
  articles: readonly ArticleIndex[];
  selected: string | null;
  onSelect(slug: string | null): void;
  /** Offers "Compare with…" (two articles side by side) when given. */
  onCompare?(a: string, b: string): void;
}) {
  const total = articles.reduce((n, a) => n + a.doc.comments.length, 0);
  const itemClass =
    'block w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 aria-pressed:bg-sky-100 aria-pressed:text-sky-950 dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-900 dark:aria-pressed:text-sky-50';
  return (
    <nav aria-label="Articles">
      <ul className="space-y-1">
        <li>
          <button
            type="button"
            aria-pressed={selected === null}
            onClick={() => onSelect(null)}
            className={itemClass}
          >
            <span className="font-semibold">All articles</span>
            <span className="block text-xs text-slate-700 dark:text-slate-300">
              {total} comments
            </span>
          </button>
        </li>
        {articles.map((a) => {
          const meta = a.doc.article;
          return (
            <li key={a.slug}>
              <button
                type="button"
                aria-pressed={selected === a.slug}
                onClick={() => onSelect(a.slug)}
                className={itemClass}
              >
                <span className="line-clamp-2 font-semibold">
                  <DumpText>{meta.title}</DumpText>
                </span>
                <span className="block text-xs text-slate-700 dark:text-slate-300">
                  {[meta.date, meta.byline, `${a.doc.comments.length} comments`]
                    .filter((x) => x !== null && x !== '')
                    .join(' · ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {onCompare !== undefined && (
        <div className="mt-2">
          <CompareWith articles={articles} from={selected} onCompare={onCompare} />
        </div>
      )}
    </nav>
  );
}
