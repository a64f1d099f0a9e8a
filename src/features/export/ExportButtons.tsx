import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ExportSelection } from '../../core/view/derived-view.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import { downloadFile } from '../../shared/download-file.ts';
// Static: the buttons load with the Tools menu, which is lazy already (see OpenFile.tsx).
import { runExport } from './run-export.ts';
import { SaveOutcome, type Outcome } from '../../shared/SaveOutcome.tsx';

export interface ExportButtonsProps {
  /** What the view shows, as the core's derived view worked it out. */
  readonly selection: ExportSelection;
  /** The validated view, recorded in the export. */
  readonly view: ViewState;
  /** Injected in tests; the real one saves through a Blob URL. */
  readonly save?: typeof downloadFile;
}

const button =
  'min-h-8 rounded border border-slate-400 px-2 py-1 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/**
 * "Export JSON" (../shared/THREAD_JSON.md: one object for one article, an array of them across
 * articles) and "Export CSV" (one row per comment) of exactly the comments the view shows.
 */
export function ExportButtons({ selection, view, save = downloadFile }: ExportButtonsProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Exports record each comment's stance: just opened, a dump's are still being read (a big one's
  // for seconds). An export asked for meanwhile runs once they are, rather than a line that comes
  // and goes in the Tools menu while they are read (it moved what was under it).
  const unread = selection.articles.some((a) => a.stancesPending === true);
  const queued = useRef<'json' | 'csv' | null>(null);

  const run = (ext: 'json' | 'csv') => {
    if (unread) {
      queued.current = ext;
      setOutcome({ failed: false, text: 'Exporting once the stances are read…' });
      return;
    }
    try {
      const file = runExport(ext, { selection, view });
      save(file.name, file.text, file.type);
      setOutcome({
        failed: false,
        text: `Saved ${file.count} comment${file.count === 1 ? '' : 's'} to ${file.name}.`,
      });
    } catch (e) {
      setOutcome({
        failed: true,
        text: `The export failed (${e instanceof Error ? e.message : String(e)}). Nothing was saved; try again, or narrow the view with a filter.`,
      });
    }
  };

  const runQueued = useEffectEvent(() => {
    const ext = queued.current;
    queued.current = null;
    if (ext !== null) run(ext);
  });
  useEffect(() => {
    if (!unread) runQueued();
  }, [unread]);

  const disabled = selection.articles.length === 0;
  return (
    <>
      <button type="button" className={button} disabled={disabled} onClick={() => run('json')}>
        Export JSON
      </button>
      <button type="button" className={button} disabled={disabled} onClick={() => run('csv')}>
        Export CSV
      </button>
      <SaveOutcome outcome={outcome} />
    </>
  );
}
