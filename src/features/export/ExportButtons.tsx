import { useState } from 'react';
import { commentCsvRows } from '../../core/comment-csv-rows.ts';
import type { OverrideOf } from '../../core/effective-stance.ts';
import { toCsv } from '../../core/to-csv.ts';
import { toThreadJson } from '../../core/to-thread-json.ts';
import type { ArticleIndex, CommentKey } from '../../core/view-types.ts';
import { downloadFile } from './download-file.ts';
import { exportName } from './export-name.ts';

export interface ExportButtonsProps {
  /** Every loaded article; the view picks those in scope. */
  readonly articles: readonly ArticleIndex[];
  /** The view as the URL holds it. */
  readonly view: ViewState;
  readonly hits: readonly SearchHit[] | null;
  /** The effective label, for the stance filter (the same function the thread list uses). */
  stanceOf(key: CommentKey): StanceLabel;
  readonly overrideOf: OverrideOf;
  /** Injected in tests; the real one saves through a Blob URL. */
  readonly save?: typeof downloadFile;
}

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string } | null;

const button =
  'rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/**
 * "Export JSON" (../shared/THREAD_JSON.md: one object for one article, an array of them across
 * articles) and "Export CSV" (one row per comment) of exactly what the view shows.
 */
export function ExportButtons({
  articles,
  matches,
  overrideOf,
  viewUrl,
  save = downloadFile,
}: ExportButtonsProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const slug = articles.length === 1 ? (articles[0]?.slug ?? null) : null;
  const filtered = matches !== null;
  const count = articles.reduce(
    (n, a) =>
      n +
      (matches === null
        ? a.doc.comments.length
        : a.doc.comments.filter((c) => matches.has(`${a.slug}/${c.id}`)).length),
    0,
  );

  const run = (ext: 'json' | 'csv') => {
    const name = exportName(slug, filtered, ext);
    try {
      if (ext === 'json') {
        const docs = toThreadJson(articles, matches, overrideOf, viewUrl);
        const text = JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2);
        save(name, `${text}\n`, 'application/json');
      } else {
        save(name, toCsv(commentCsvRows(articles, matches, overrideOf)), 'text/csv;charset=utf-8');
      }
      setOutcome({
        kind: 'done',
        text: `Saved ${count} comment${count === 1 ? '' : 's'} to ${name}.`,
      });
    } catch (e) {
      setOutcome({
        kind: 'failed',
        text: `The export failed (${e instanceof Error ? e.message : String(e)}). Nothing was saved; try again, or narrow the view with a filter.`,
      });
    }
  };

  return (
    <>
      <button
        type="button"
        className={button}
        disabled={articles.length === 0}
        onClick={() => run('json')}
      >
        Export JSON
      </button>
      <button
        type="button"
        className={button}
        disabled={articles.length === 0}
        onClick={() => run('csv')}
      >
        Export CSV
      </button>
      {outcome?.kind === 'failed' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'done' && (
        <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
          {outcome.text}
        </p>
      )}
    </>
  );
}
