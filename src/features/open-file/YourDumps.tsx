import { useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { persistNotices } from '../library/index.ts';
import { useSources, useSourceStore } from '../library/index.ts';
import type { FileSource } from '../library/index.ts';
import { PRIVACY_NOTE } from './privacy-note.ts';
import { DumpText } from '../../shared/text/DumpText.tsx';
import { MessageText } from '../../shared/text/MessageText.tsx';
import { isolate } from '../../shared/text/isolate.ts';
import type { removalNote } from '../library/index.ts';
import { useStanceOverrides } from '../stance/index.ts';

const small =
  'rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:hover:bg-slate-800';

/**
 * The dumps the reader opened, each removable, and what saving them in this browser told us. The
 * list sits in the Tools menu; what saving said shows in `noticeTarget` (under the page header),
 * where it is seen with the menu closed, or inline when there is none.
 */
export function YourDumps({
  noticeTarget = null,
  note,
}: {
  noticeTarget?: HTMLElement | null;
  /** The library's removal note, handed down from the first-view chunk (see ReaderTools). */
  note: typeof removalNote;
}) {
  const store = useSourceStore();
  const files = useSources().filter((s): s is FileSource => s.kind === 'file');
  const notices = useSyncExternalStore(persistNotices.subscribe, persistNotices.getSnapshot);
  const errors = notices.filter((n) => n.kind === 'error');
  const plain = notices.filter((n) => n.kind === 'notice');
  const { overrides } = useStanceOverrides();
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = (f: FileSource) => {
    const labels = [...overrides.keys()].filter((k) => k.startsWith(`${f.hash}/`)).length;
    store.remove(f.key);
    setRemoved(note(f.name, labels));
  };

  const saved = notices.length > 0 && (
    <div className="basis-full space-y-1 text-sm">
      {errors.length > 0 && (
        <div
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {errors.map((n, i) => (
            <p key={i}>{n.message}</p>
          ))}
        </div>
      )}
      {plain.map((n, i) => (
        <p key={i} className="text-slate-700 dark:text-slate-300">
          {n.message}
        </p>
      ))}
      <button type="button" className={small} onClick={persistNotices.dismiss}>
        Dismiss
      </button>
    </div>
  );
  return (
    <>
      {files.length > 0 && (
        <details className="text-sm">
          <summary className={`${small} flex min-h-8 cursor-pointer list-none items-center`}>
            Your dumps ({files.length})
          </summary>
          <div className="mt-2 rounded border border-slate-300 p-2 dark:border-slate-600">
            <p className="text-slate-700 dark:text-slate-300">{PRIVACY_NOTE}</p>
            <ul className="mt-2 space-y-1">
              {files.map((f) => (
                <li key={f.key} className="flex items-center gap-2">
                  <span className="min-w-0 flex-1 truncate" title={isolate(f.name)}>
                    <DumpText>{f.name}</DumpText>
                  </span>
                  <button
                    type="button"
                    className={`${small} min-h-6`}
                    aria-label={`Remove ${f.name}`}
                    onClick={() => remove(f)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
      <p
        aria-live="polite"
        className="basis-full text-sm text-slate-700 empty:hidden dark:text-slate-300"
      >
        {removed !== null && <MessageText text={removed} />}
      </p>
      {noticeTarget === null ? saved : createPortal(saved, noticeTarget)}
    </>
  );
}
