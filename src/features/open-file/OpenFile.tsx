import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { OpenDeps } from './open-deps.ts';
import { OpenStatus } from './OpenStatus.tsx';
import { useOpenDeps } from './use-open-deps.ts';
import { useOpenDump } from './use-open-dump.ts';
import { YourDumps } from './YourDumps.tsx';

const PasteDialog = lazy(() =>
  import('./PasteDialog.tsx').then((m) => ({ default: m.PasteDialog })),
);

const button =
  'rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:hover:bg-slate-800';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * "Open file…", "Paste text…" and a drop target covering the whole page. The status (progress,
 * error, result) renders on its own line below the toolbar row.
 */
export function OpenFile({ deps }: { deps: OpenDeps }) {
  const { state, openFile, openText, cancel, dismiss } = useOpenDump(deps);
  const inputRef = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element; counting them tells when the drag left the page.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file !== undefined) void openFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  return (
    <>
      <button type="button" className={button} onClick={() => inputRef.current?.click()}>
        Open file…
      </button>
      <input
        ref={inputRef}
        type="file"
        // No `accept` filter: dumps come as .txt, .md or no extension; the decoder judges the bytes.
        aria-label="Open a comment dump file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again still fires a change.
          e.target.value = '';
          if (file !== undefined) void openFile(file);
        }}
      />
      <button type="button" className={button} onClick={() => setPasting(true)}>
        Paste text…
      </button>
      <YourDumps />
      <div className="basis-full empty:hidden">
        <OpenStatus state={state} onCancel={cancel} onDismiss={dismiss} />
      </div>
      {pasting && (
        <Suspense fallback={null}>
          <PasteDialog
            onClose={() => setPasting(false)}
            onOpen={(text, name) => {
              setPasting(false);
              void openText(text, name);
            }}
          />
        </Suspense>
      )}
      {dragging && (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center border-4 border-dashed border-sky-600 bg-sky-50/80 text-lg font-semibold text-sky-900 dark:bg-sky-950/80 dark:text-sky-100"
        >
          Drop a comment dump to open it
        </div>
      )}
    </>
  );
}

/** The toolbar's control, wired to the thread worker and the library. */
export function OpenFileControl({ onOpened }: { onOpened?: (hash: string) => void }) {
  return <OpenFile deps={useOpenDeps(onOpened)} />;
}
