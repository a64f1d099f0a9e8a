// Hand-built trees for the view tests: `tree('a', [['b', 'a'], ['c', null]])` style specs.
import { buildArticleIndex } from '../../../src/core/article/build-article-index.ts';
import type {
  NormalizedLocation,
  StanceLabel,
  ThreadComment,
  ThreadDocument,
} from '../../../src/core/types.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';

export interface CommentSpec {
  readonly id: string;
  readonly parent?: string | null;
  readonly author?: string | null;
  readonly body?: string;
  readonly stance?: StanceLabel;
  readonly loc?: Partial<Omit<NormalizedLocation, 'raw'>> | null;
}

export function makeDoc(title: string, specs: readonly CommentSpec[]): ThreadDocument {
  const depthOf = new Map<string, number>();
  const comments: ThreadComment[] = specs.map((s, i) => {
    const parentId = s.parent ?? null;
    const depth = parentId === null ? 0 : (depthOf.get(parentId) ?? 0) + 1;
    depthOf.set(s.id, depth);
    const loc = s.loc ?? null;
    return {
      id: s.id,
      parentId,
      depth,
      author: s.author === undefined ? `user-${s.id}` : s.author,
      location:
        loc === null
          ? null
          : {
              raw: [loc.city, loc.region, loc.country].filter(Boolean).join(', '),
              city: loc.city ?? null,
              region: loc.region ?? null,
              country: loc.country ?? null,
            },
      body: s.body ?? `comment ${s.id}`,
      stance: { label: s.stance ?? 'neutral', score: 0, cues: [] },
      reply: parentId === null ? null : { inferred: false, confidence: 1, reason: 'indented' },
      line: i + 1,
    };
  });
  return {
    format: 'indented',
    article: {
      title,
      subtitle: null,
      date: null,
      declaredCommentCount: null,
      byline: null,
      body: null,
    },
    comments,
    warnings: [],
  };
}

export function makeArticle(slug: string, specs: readonly CommentSpec[]): ArticleIndex {
  return buildArticleIndex(makeDoc(slug, specs), slug);
}

/** A single reply chain `n` deep: c0 ← c1 ← … ← c(n-1). */
export function chain(slug: string, n: number): ArticleIndex {
  const specs: CommentSpec[] = [];
  for (let i = 0; i < n; i += 1) specs.push({ id: `c${i}`, parent: i === 0 ? null : `c${i - 1}` });
  return makeArticle(slug, specs);
}

/**
 * The parent of generated comment `c${i}` from an arbitrary number: none for about a third (and
 * for the first), else any earlier comment. Property tests build their random trees with it.
 */
export function generatedParent(i: number, pick: number): string | null {
  return i === 0 || pick % 3 === 0 ? null : `c${pick % i}`;
}
