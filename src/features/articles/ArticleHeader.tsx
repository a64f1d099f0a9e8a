import type { Ref } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import { DumpText } from '../../shared/text/DumpText.tsx';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An article's heading row in the thread list: title, date, byline, counts and its text, collapsible. */
export function ArticleHeader({
  article,
  count,
  index,
  measureRef,
}: {
  article: ArticleIndex;
  count: number;
  index?: number;
  measureRef?: Ref<HTMLDivElement>;
}) {
  const meta = article.doc.article;
  const total = article.doc.comments.length;
  const headingId = `article-${article.slug}`;
  return (
    <div
      ref={measureRef}
      data-index={index}
      data-key={`article:${article.slug}`}
      className="pt-3 pb-3 sm:pt-6"
    >
      <section aria-labelledby={headingId}>
        <h2
          id={headingId}
          className="text-lg leading-snug font-semibold sm:text-xl text-slate-950 dark:text-white"
        >
          <DumpText>{meta.title}</DumpText>
        </h2>
        {meta.subtitle !== null && (
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            <DumpText>{meta.subtitle}</DumpText>
          </p>
        )}
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {[meta.date, meta.byline].filter((x) => x !== null && x !== '').join(' · ')}
          {meta.date !== null || meta.byline !== null ? ' · ' : ''}
          {count === total
            ? plural(total, 'comment', 'comments')
            : `${count} of ${plural(total, 'comment', 'comments')} in view`}
        </p>
        {meta.body !== null && meta.body.trim() !== '' && (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-sky-800 dark:text-sky-300">
              Article text
            </summary>
            <div className="mt-2 max-w-[70ch] space-y-2 leading-relaxed whitespace-pre-line text-slate-800 dark:text-slate-200">
              {meta.body
                .split(/\n[ \t]*\n+/)
                .filter((p) => p.trim() !== '')
                .map((p, i) => (
                  <p key={i} dir="auto" className="wrap-anywhere">
                    {p}
                  </p>
                ))}
            </div>
          </details>
        )}
      </section>
    </div>
  );
}
