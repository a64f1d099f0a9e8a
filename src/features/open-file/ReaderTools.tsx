import { useMemo } from 'react';
import type { SearchHit } from '../../core/search/search-index.ts';
import { effectiveStanceOf } from '../../core/stance/stance-overrides.ts';
import type { ArticleIndex, ViewState } from '../../core/view/view-types.ts';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { useTaughtStance } from '../stance/use-taught-stance.ts';
import { OpenFileControl } from './OpenFile.tsx';

export interface ReaderToolsProps {
  readonly articles: readonly ArticleIndex[];
  readonly view: ViewState;
  readonly hits: readonly SearchHit[] | null;
}

/**
 * The toolbar's "bring your own discussion" controls: open a file, export what the view shows.
 * Stance overrides come from the page-wide store, so exports use the reader's labels.
 */
export function ReaderTools({ articles, view, hits }: ReaderToolsProps) {
  // Learned labels export like the reader's own (labelOf: reader ?? learned).
  const { labelOf } = useTaughtStance();
  const stanceOf = useMemo(() => effectiveStanceOf(articles, labelOf), [articles, labelOf]);
  return (
    <>
      <OpenFileControl />
      <ExportButtons
        articles={articles}
        view={view}
        hits={hits}
        stanceOf={stanceOf}
        overrideOf={labelOf}
      />
    </>
  );
}
