import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { OpenDeps } from './open-deps.ts';
import { DropHint } from './DropHint.tsx';
import { OpenStatus } from './OpenStatus.tsx';
// Static: this whole control loads lazily with the Tools menu; a lazy import nested in a lazy chunk
// makes the bundler split React into a chunk of its own (more first-view bytes, not fewer).
import { PasteDialog } from './PasteDialog.tsx';
import { useFileDrop } from './use-file-drop.ts';
import { useOpenDeps } from './use-open-deps.ts';
import { useOpenDump, type OpenState } from './use-open-dump.ts';

export const TOOL_BUTTON =
  'min-h-8 rounded border border-slate-400 px-2 py-1 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

export interface OpenFileProps {
  readonly deps: OpenDeps;
  /** Listen for files dropped on the page; off when the Tools menu's own listener hands them over. */
  readonly listenForDrops?: boolean;
  /** A file dropped before this loaded: opened once on arrival, then `onPendingTaken`. */
  readonly pending?: File | null;
  onPendingTaken?(): void;
  /** Where progress and errors show (under the page header); inline when absent. */
  readonly statusTarget?: HTMLElement | null;
  /** Where a result shows, in the page's flow; `statusTarget` when absent. */
  readonly resultTarget?: HTMLElement | null;
  /** Told when opening starts or ends (the Tools menu closes so the progress shows). */
  onPhase?(phase: OpenState['phase']): void;
}

/**
 * "Open file…", "Paste text…", the reader's dumps and a drop target covering the whole page. The
 * status (progress, error, result) renders in `statusTarget`, or on its own line below the buttons.
 */
export function OpenFile({
  deps,
  listenForDrops = true,
  pending = null,
  onPendingTaken,
  statusTarget = null,
  resultTarget = null,
  onPhase,
}: OpenFileProps) {
  const { state, openFile, openText, cancel, dismiss } = useOpenDump(deps);
  const inputRef = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const dragging = useFileDrop((file) => void openFile(file), listenForDrops);

  useEffect(() => {
    if (pending === null) return;
    onPendingTaken?.();
    void openFile(pending);
  }, [pending, onPendingTaken, openFile]);
  const phase = state.phase;
  useEffect(() => onPhase?.(phase), [phase, onPhase]);

  const status = <OpenStatus state={state} onCancel={cancel} onDismiss={dismiss} />;
  // Progress and errors hang under the header, over the page. A result goes in the page's flow
  // (the view has just switched to that dump, so nothing moves under the reader): hung there, it
  // covered a quarter of a phone's screen until dismissed.
  const target = (phase === 'opened' ? resultTarget : null) ?? statusTarget;
  return (
    <>
      <button type="button" className={TOOL_BUTTON} onClick={() => inputRef.current?.click()}>
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
      <button type="button" className={TOOL_BUTTON} onClick={() => setPasting(true)}>
        Paste text…
      </button>
      {target === null ? (
        <div className="basis-full empty:hidden">{status}</div>
      ) : (
        createPortal(status, target)
      )}
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onOpen={(text, name) => {
            setPasting(false);
            void openText(text, name);
          }}
        />
      )}
      {dragging && <DropHint />}
    </>
  );
}

/** The toolbar's control, wired to the thread worker and the library. */
export function OpenFileControl({
  onOpened,
  ...rest
}: Omit<OpenFileProps, 'deps'> & { onOpened?: (hash: string) => void }) {
  return <OpenFile deps={useOpenDeps(onOpened)} {...rest} />;
}
