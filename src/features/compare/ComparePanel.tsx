import type { StanceOf } from '../../core/stance/effective-stance.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { CompareView } from './CompareView.tsx';

export interface ComparePanelProps {
  readonly articles: readonly ArticleIndex[];
  /** The validated view; `compare` names the two articles. */
  readonly view: ViewState;
  /**
   * Comments that pass the search and filters (both sides are filtered the same way); null when the
   * view filters nothing and every comment counts.
   */
  readonly matches: ReadonlySet<CommentKey> | null;
  readonly stanceOf: StanceOf;
  /** Articles whose stance is hidden (off-topic): their side shows no stance mix. */
  readonly stanceHidden?: ReadonlySet<string>;
  readonly navigate: (next: ViewState) => void;
}

/**
 * Two discussions side by side (`compare=a,b`); renders nothing when the view compares nothing.
 * The app loads it lazily, like Stats, with its stats, word counts and map: nothing of it is in
 * the first-view bundle.
 */
export function ComparePanel(props: ComparePanelProps) {
  const [a, b] = props.view.compare ?? [];
  const articleA = props.articles.find((x) => x.slug === a);
  const articleB = props.articles.find((x) => x.slug === b);
  if (articleA === undefined || articleB === undefined) return null;
  return <CompareView {...props} articleA={articleA} articleB={articleB} />;
}
