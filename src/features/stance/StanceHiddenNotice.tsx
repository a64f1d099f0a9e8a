import type { ArticleIndex } from '../../core/article/article-index.ts';

export const STANCE_HIDDEN_TEXT =
  'Stance is hidden: this discussion barely mentions Trump, Putin or Russia.';

/**
 * Says why a discussion shows no stance badges, with the way to show them. One line per hidden
 * article in view; the article is named when more than one discussion is on the page.
 */
export function StanceHiddenNotice({
  articles,
  hidden,
  only,
  onShow,
}: {
  readonly articles: readonly ArticleIndex[];
  readonly hidden: ReadonlySet<string>;
  /** The article in view (`article=`), or null when every article is. */
  readonly only: string | null;
  onShow(slug: string): void;
}) {
  const shown = articles.filter((a) => hidden.has(a.slug) && (only === null || only === a.slug));
  if (shown.length === 0) return null;
  const named = only === null && articles.length > 1;
  return (
    <section
      aria-label="Stance notice"
      className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
    >
      <ul className="space-y-1">
        {shown.map((a) => (
          <li key={a.slug} className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="min-w-0 [overflow-wrap:anywhere]">
              {named && (
                <>
                  <bdi className="font-semibold">{a.doc.article.title}</bdi>:{' '}
                </>
              )}
              {STANCE_HIDDEN_TEXT}
            </span>
            <button
              type="button"
              onClick={() => onShow(a.slug)}
              className="min-h-8 rounded border border-slate-400 px-2 font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-700"
            >
              Show stance
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
