import { useMemo } from 'react';
import type { SearchHit } from '../../core/search-index.ts';
import { effectiveStanceOf } from '../../core/stance-overrides.ts';
import type { ArticleIndex, ViewState } from '../../core/view-types.ts';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { useStanceOverrides } from '../stance/use-stance-overrides.ts';
import { StatsButton } from '../stats/StatsButton.tsx';
import { OpenFileControl } from './OpenFile.tsx';

export interface ReaderToolsProps {
  readonly articles: readonly ArticleIndex[];
  readonly view: ViewState;
  readonly hits: readonly SearchHit[] | null;
  navigate(view: ViewState): void;
}

/**
 * The toolbar's "bring your own discussion" controls: open a file, export the view, see its stats.
 * Stance overrides come from the page-wide store, so exports and stats use the reader's labels.
 */
export function ReaderTools({ articles, view, hits, navigate }: ReaderToolsProps) {
  const { overrideOf } = useStanceOverrides();
  const stanceOf = useMemo(() => effectiveStanceOf(articles, overrideOf), [articles, overrideOf]);
  return (
    <>
      <OpenFileControl />
      <ExportButtons
        articles={articles}
        view={view}
        hits={hits}
        stanceOf={stanceOf}
        overrideOf={overrideOf}
      />
      <StatsButton
        articles={articles}
        stanceOf={stanceOf}
        article={view.article}
        navigate={navigate}
      />
    </>
  );
}
