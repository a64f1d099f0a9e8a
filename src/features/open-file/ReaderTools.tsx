import { lazy, Suspense, useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { DerivedView } from '../../core/view/derived-view.ts';
// removalNote is only used in the lazy body, but imported here: a barrel export that only a lazy
// chunk uses makes the bundler (rolldown) split React and friends out of the entry chunk, which
// costs the first view more than these few bytes.
import { persistNotices, removalNote } from '../library/index.ts';
import { DropHint } from './DropHint.tsx';
import { ToolsMenu } from './ToolsMenu.tsx';
import { useFileDrop } from './use-file-drop.ts';
import type { OpenState } from './use-open-dump.ts';

// Opening, pasting and exporting load on first use: they are not part of the first view.
const ToolsBody = lazy(() => import('./ToolsBody.tsx').then((m) => ({ default: m.ToolsBody })));

export interface ReaderToolsProps {
  /** What the view shows: exports write exactly that. */
  readonly derived: DerivedView;
  /** A dump was opened and saved: its text hash. */
  onOpened(hash: string): void;
  /** Where what a file opened as goes, in the page's flow above the comments. */
  readonly resultTarget?: HTMLElement | null;
  /** More entries for the menu (the reader's labels, the theme); mounted once the menu is used. */
  readonly children?: ReactNode;
}

/**
 * The "Tools" menu of the page header: open a file, paste text, the reader's dumps, export, and
 * whatever the page adds. Out of reading's way: one quiet button. A file dropped anywhere on the
 * page opens without the menu; progress and errors show under the header, over the page, so the
 * comments the reader is looking at do not move; what a file opened as goes above the comments of
 * the view it switched to (OpenFile.tsx).
 */
export function ReaderTools({
  derived,
  onOpened,
  resultTarget = null,
  children,
}: ReaderToolsProps) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [pending, setPending] = useState<File | null>(null);
  const [statusTarget, setStatusTarget] = useState<HTMLElement | null>(null);
  const notices = useSyncExternalStore(persistNotices.subscribe, persistNotices.getSnapshot);
  // Until the body has loaded, this listener catches drops; the body opens the file it hands over.
  const dragging = useFileDrop((file) => {
    setPending(file);
    setUsed(true);
  });
  const onOpenChange = useCallback((next: boolean) => {
    setOpen(next);
    if (next) setUsed(true);
  }, []);
  const onPendingTaken = useCallback(() => setPending(null), []);
  const onPhase = useCallback((phase: OpenState['phase']) => {
    if (phase !== 'idle') setOpen(false);
  }, []);
  const active = used || notices.length > 0;
  return (
    <>
      <ToolsMenu label="Tools" open={open} onOpenChange={onOpenChange}>
        {active && (
          <Suspense fallback={<p className="text-sm">Loading…</p>}>
            <ToolsBody
              derived={derived}
              onOpened={onOpened}
              pending={pending}
              onPendingTaken={onPendingTaken}
              statusTarget={statusTarget}
              resultTarget={resultTarget}
              onPhase={onPhase}
              removalNote={removalNote}
            />
          </Suspense>
        )}
        {active && <Suspense fallback={null}>{children}</Suspense>}
      </ToolsMenu>
      <div
        ref={setStatusTarget}
        className="absolute inset-x-3 top-full z-30 mt-1 ml-auto max-w-lg space-y-2 rounded-lg border border-slate-300 bg-white p-3 shadow-lg empty:hidden sm:right-4 dark:border-slate-600 dark:bg-slate-800"
      />
      {dragging && <DropHint />}
    </>
  );
}
