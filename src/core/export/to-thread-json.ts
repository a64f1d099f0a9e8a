import {
  effectiveStance,
  type StanceLayers,
  type StanceSource,
} from '../stance/effective-stance.ts';
import type { Stance, StanceLabel, ThreadComment, ThreadDocument } from '../types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import { commentKey, type CommentKey } from '../article/comment-key.ts';

/**
 * The contract's stance plus who decided it: the machine, the reader, or the model that learned
 * from the reader's labels; `machineLabel` only when the label is not the machine's.
 */
export interface ExportedStance extends Stance {
  readonly source: StanceSource;
  readonly machineLabel?: StanceLabel;
}

export interface ExportedComment extends Omit<ThreadComment, 'stance'> {
  readonly stance: ExportedStance;
}

/** ../shared/THREAD_JSON.md, field for field, plus `slug` and `view` (added fields). */
export interface ThreadJson extends Omit<ThreadDocument, 'comments'> {
  readonly slug: string;
  readonly comments: readonly ExportedComment[];
  /** What the export holds: `url` is the view's query string, `comments` of `totalComments` kept. */
  readonly view: {
    readonly url: string;
    readonly comments: number;
    readonly totalComments: number;
  };
}

/**
 * One THREAD_JSON object per article, for the comments in view (`matches`, null = all) in document
 * order. Comments keep their ids, parentId and depth from the full thread, so a reply whose parent
 * was filtered out still names it. A reader's label (or one learned
 * from theirs) replaces `label` and is marked.
 */
export function toThreadJson(
  articles: readonly ArticleIndex[],
  matches: ReadonlySet<CommentKey> | null,
  layers: StanceLayers,
  viewUrl = '',
): ThreadJson[] {
  return articles.map((article) => {
    const comments: ExportedComment[] = [];
    for (const c of article.doc.comments) {
      const key = commentKey(article.slug, c.id);
      if (matches !== null && !matches.has(key)) continue;
      const stance = effectiveStance(c, key, layers);
      comments.push({
        ...c,
        stance:
          stance.source === 'machine'
            ? { ...c.stance, source: 'machine' }
            : {
                ...c.stance,
                label: stance.label,
                source: stance.source,
                machineLabel: stance.machineLabel,
              },
      });
    }
    // Spread, not picked: fields the parser adds to the document travel with it, as in the CLI.
    return {
      ...article.doc,
      comments,
      slug: article.slug,
      view: { url: viewUrl, comments: comments.length, totalComments: article.doc.comments.length },
    };
  });
}
