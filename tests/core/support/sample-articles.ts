// Small hand-built articles for the export and stats tests: the tree lookups are derived here the
// plain way, so the tests do not depend on the engine's index builder.
import type {
  NormalizedLocation,
  StanceLabel,
  ThreadComment,
  ThreadDocument,
} from '../../../src/core/types.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';

export interface CommentSpec {
  id: string;
  parent?: string;
  author?: string | null;
  place?: Partial<NormalizedLocation> & { raw: string };
  body?: string;
  stance?: StanceLabel;
}

export function makeArticle(slug: string, specs: CommentSpec[], title = slug): ArticleIndex {
  const depthOf = new Map<string, number>();
  const comments: ThreadComment[] = specs.map((s, i) => {
    const depth = s.parent === undefined ? 0 : (depthOf.get(s.parent) ?? 0) + 1;
    depthOf.set(s.id, depth);
    return {
      id: s.id,
      parentId: s.parent ?? null,
      depth,
      author: s.author === undefined ? `Author ${s.id}` : s.author,
      location:
        s.place === undefined ? null : { city: null, region: null, country: null, ...s.place },
      body: s.body ?? `Body of ${s.id}.`,
      stance: { label: s.stance ?? 'neutral', score: 0.1, cues: ['a cue'] },
      reply:
        s.parent === undefined
          ? null
          : { inferred: true, confidence: 0.8, reason: `addresses ${s.parent} by name` },
      line: i * 2 + 4,
    };
  });
  const doc: ThreadDocument = {
    format: 'nyt',
    article: {
      title,
      subtitle: null,
      date: '2017-05-02',
      declaredCommentCount: specs.length,
      byline: null,
      body: null,
    },
    comments,
    warnings: [],
  };
  const byId = new Map(comments.map((c) => [c.id, c]));
  const children = new Map<string | null, string[]>();
  for (const c of comments) {
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const descendantCount = new Map<string, number>();
  for (const c of [...comments].reverse()) {
    const below = (children.get(c.id) ?? []).reduce(
      (sum, id) => sum + 1 + (descendantCount.get(id) ?? 0),
      0,
    );
    descendantCount.set(c.id, below);
  }
  return { slug, doc, byId, children, descendantCount };
}

/** `n` top-level comments of one label: a discussion too big to count in one task. */
export function bigArticle(
  slug: string,
  n: number,
  stance: StanceLabel,
  title = slug,
): ArticleIndex {
  return makeArticle(
    slug,
    Array.from({ length: n }, (_, i) => ({ id: `c${i}`, stance })),
    title,
  );
}
