import type { DerivedView } from '../../core/view/derive-view.ts';
import { ExportButtons } from '../export/index.ts';
import { OpenFileControl } from './OpenFile.tsx';

export interface ReaderToolsProps {
  /** What the view shows: exports write exactly that. */
  readonly derived: DerivedView;
  /** A dump was opened and saved: its text hash. */
  onOpened(hash: string): void;
}

/** The toolbar's "bring your own discussion" controls: open a file, export what the view shows. */
export function ReaderTools({ derived, onOpened }: ReaderToolsProps) {
  return (
    <>
      <OpenFileControl onOpened={onOpened} />
      <ExportButtons selection={derived.exportSelection} view={derived.view} />
    </>
  );
}
