import { commentCsvRows } from '../../core/export/comment-csv-rows.ts';
import { toCsv } from '../../core/export/to-csv.ts';
import { toThreadJson } from '../../core/export/to-thread-json.ts';
import type { ExportSelection } from '../../core/view/derived-view.ts';
import { buildViewUrl } from '../../core/view/view-url.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import { exportName } from './export-name.ts';

export interface ExportInput {
  /** What the view shows (the core's derived view). */
  readonly selection: ExportSelection;
  readonly view: ViewState;
}

export interface ExportFile {
  readonly name: string;
  readonly text: string;
  readonly type: string;
  readonly count: number;
}

/**
 * The file for the view: THREAD_JSON (one object for one article, an array across articles) or
 * CSV. Loaded on the first click, so none of the serialisers weighs on the first view.
 */
export function runExport(ext: 'json' | 'csv', input: ExportInput): ExportFile {
  const { articles, matches, count, stance } = input.selection;
  const slug = articles.length === 1 ? (articles[0]?.slug ?? null) : null;
  const name = exportName(slug, matches !== null, ext);
  if (ext === 'json') {
    const docs = toThreadJson(articles, matches, stance, buildViewUrl(input.view));
    const text = `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
    return { name, text, type: 'application/json', count };
  }
  const text = toCsv(commentCsvRows(articles, matches, stance));
  return { name, text, type: 'text/csv;charset=utf-8', count };
}
