import { useState } from 'react';
import { compareFiguresRows, distinctiveWordsRows } from '../../core/export/compare-csv-rows.ts';
import { toCsv, type CsvCell } from '../../core/export/to-csv.ts';
import type { ComparisonFigures, WordComparison } from '../../core/stats/compare-articles.ts';
import { downloadFile } from '../../shared/download-file.ts';
import { compareExportName } from './compare-export-name.ts';
import { SaveOutcome, type Outcome } from '../../shared/SaveOutcome.tsx';

const BUTTON =
  'min-h-6 rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800';

/** "Export figures (CSV)" and "Export words (CSV)": the comparison as the reader sees it. */
export function CompareExports({
  comparison,
  words,
  filtered,
  save = downloadFile,
}: {
  comparison: ComparisonFigures;
  /** Null while the words of a big discussion are still being counted. */
  words: WordComparison | null;
  /** A search or filter is set: the file name says so. */
  filtered: boolean;
  save?: typeof downloadFile;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = (what: 'figures' | 'words', rowsOf: () => CsvCell[][]) => {
    const name = compareExportName(
      comparison.a.slug ?? '',
      comparison.b.slug ?? '',
      what,
      filtered,
    );
    try {
      save(name, toCsv(rowsOf()), 'text/csv;charset=utf-8');
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
      <button
        type="button"
        className={BUTTON}
        onClick={() => run('figures', () => compareFiguresRows(comparison))}
      >
        Export figures (CSV)
      </button>
      <button
        type="button"
        className={`${BUTTON} disabled:opacity-60`}
        disabled={words === null}
        onClick={() => {
          if (words !== null) run('words', () => distinctiveWordsRows({ ...comparison, ...words }));
        }}
      >
        {words === null ? 'Counting words…' : 'Export words (CSV)'}
      </button>
      <SaveOutcome outcome={outcome} />
    </div>
  );
}
