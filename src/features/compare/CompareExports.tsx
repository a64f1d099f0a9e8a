import { useState } from 'react';
import { compareFiguresRows, distinctiveWordsRows } from '../../core/export/compare-csv-rows.ts';
import { toCsv } from '../../core/export/to-csv.ts';
import type { Comparison } from '../../core/stats/compare-articles.ts';
import { downloadFile } from '../../shared/download-file.ts';
import { compareExportName } from './compare-export-name.ts';
import { SaveOutcome, type Outcome } from '../../shared/SaveOutcome.tsx';

const BUTTON =
  'min-h-6 rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800';

/** "Export figures (CSV)" and "Export words (CSV)": the comparison as the reader sees it. */
export function CompareExports({
  comparison,
  filtered,
  save = downloadFile,
}: {
  comparison: Comparison;
  /** A search or filter is set: the file name says so. */
  filtered: boolean;
  save?: typeof downloadFile;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = (what: 'figures' | 'words') => {
    const name = compareExportName(
      comparison.a.slug ?? '',
      comparison.b.slug ?? '',
      what,
      filtered,
    );
    try {
      const rows =
        what === 'figures' ? compareFiguresRows(comparison) : distinctiveWordsRows(comparison);
      save(name, toCsv(rows), 'text/csv;charset=utf-8');
      setOutcome({ failed: false, text: `Saved ${name}.` });
    } catch (e) {
      setOutcome({
        failed: true,
        text: `The export failed (${e instanceof Error ? e.message : String(e)}). Nothing was saved; try again.`,
      });
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={BUTTON} onClick={() => run('figures')}>
        Export figures (CSV)
      </button>
      <button type="button" className={BUTTON} onClick={() => run('words')}>
        Export words (CSV)
      </button>
      <SaveOutcome outcome={outcome} />
    </div>
  );
}
