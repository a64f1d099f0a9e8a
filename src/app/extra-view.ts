import type { ReactNode } from 'react';
import type { StanceLabel } from '../core/types.ts';
import type { ArticleIndex, CommentKey, ViewState } from '../core/view/view-types.ts';

/** What another view (e.g. Stats) gets from the explorer: the same data, view and navigation. */
export interface ExtraViewProps {
  readonly articles: readonly ArticleIndex[];
  /** The validated view of the URL. */
  readonly view: ViewState;
  /** Comments that pass the current search and filters. */
  readonly matches: ReadonlySet<CommentKey>;
  readonly stanceOf: (key: CommentKey) => StanceLabel;
  /** Go to another view (a history entry), e.g. `{ ...view, stance: ['oppose'] }`. */
  readonly navigate: (next: ViewState) => void;
  /** Back to the comments. */
  readonly showComments: () => void;
}

/** A view the switch above the comments offers besides them ("Comments | Stats"). */
export interface ExtraView {
  readonly id: string;
  readonly label: string;
  readonly render: (props: ExtraViewProps) => ReactNode;
}
