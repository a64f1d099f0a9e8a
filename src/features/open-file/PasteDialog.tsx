import { useEffect, useId, useRef, useState } from 'react';
import { PRIVACY_NOTE } from './privacy-note.ts';
import { handleModalKey } from '../../shared/modal-keys.ts';

/** A modal to paste a dump as text; Escape or Cancel closes it and focus returns where it was. */
export function PasteDialog({
  onOpen,
  onClose,
}: {
  onOpen(text: string, name: string): void;
  onClose(): void;
}) {
  const [text, setText] = useState('');
  const [name, setName] = useState('Pasted discussion');
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    areaRef.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);

  const field =
    'w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-950/50 p-4">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className="w-full max-w-2xl rounded-lg bg-white p-5 text-slate-900 shadow-xl dark:bg-slate-800 dark:text-slate-100"
        onKeyDown={(e) => handleModalKey(e, dialogRef.current, onClose)}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Paste a comment dump
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{PRIVACY_NOTE}</p>
        <form
          className="mt-3 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            onOpen(text, name.trim() === '' ? 'Pasted discussion' : name.trim());
          }}
        >
          <label className="block text-sm">
            Dump text
            <textarea
              ref={areaRef}
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={12}
              spellCheck={false}
              className={`${field} mt-1 font-mono`}
            />
          </label>
          <label className="block text-sm">
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              className={`${field} mt-1`}
            />
          </label>
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={onClose}
              className="rounded-md border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-700"
            >
              Cancel
            </button>
            <button
              type="submit"
              disabled={text.trim() === ''}
              className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-slate-200 dark:text-slate-950 dark:hover:bg-white"
            >
              Open
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
