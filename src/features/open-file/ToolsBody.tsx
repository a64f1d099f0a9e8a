import type { DerivedView } from '../../core/view/derived-view.ts';
import { ExportButtons } from '../export/index.ts';
import type { removalNote } from '../library/index.ts';
import { OpenFileControl } from './OpenFile.tsx';
import { YourDumps } from './YourDumps.tsx';
import type { OpenState } from './use-open-dump.ts';

export interface ToolsBodyProps {
  readonly derived: DerivedView;
  onOpened(hash: string): void;
  readonly pending: File | null;
  onPendingTaken(): void;
  readonly statusTarget: HTMLElement | null;
  readonly resultTarget: HTMLElement | null;
  onPhase(phase: OpenState['phase']): void;
  readonly removalNote: typeof removalNote;
}

/**
 * The Tools menu's contents, loaded on first use (the menu opened, a file dropped, a saving notice
 * to show): open a file or pasted text, the reader's dumps, export what the view shows.
 */
export function ToolsBody({ derived, removalNote, ...open }: ToolsBodyProps) {
  return (
    <>
      <OpenFileControl listenForDrops={false} {...open} />
      <YourDumps noticeTarget={open.statusTarget} note={removalNote} />
      <hr className="border-slate-200 dark:border-slate-700" />
      <ExportButtons selection={derived.exportSelection} view={derived.view} />
      <hr className="border-slate-200 dark:border-slate-700" />
    </>
  );
}
