import type { Ref } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import { plural } from '../../core/text/plural.ts';
import { DumpParagraphs } from '../../shared/text/DumpParagraphs.tsx';
import { MaybeLinked } from '../../shared/text/MaybeLinked.tsx';
import { DumpText } from '../../shared/text/DumpText.tsx';

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
            ? plural(total, 'comment')
            : `${count} of ${plural(total, 'comment')} in view`}
        </p>
        {meta.body !== null && meta.body.trim() !== '' && (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-sky-800 dark:text-sky-300">
              Article text
            </summary>
            <div className="mt-2 max-w-[70ch] space-y-2 leading-relaxed wrap-anywhere whitespace-pre-line text-slate-800 dark:text-slate-200">
              <DumpParagraphs text={meta.body} render={(p) => <MaybeLinked text={p} />} />
            </div>
          </details>
        )}
      </section>
    </div>
  );
}
