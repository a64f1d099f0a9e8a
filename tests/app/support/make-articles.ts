import { buildArticleIndex } from '../../../src/core/article/build-article-index.ts';
import type { StanceLabel, ThreadComment, ThreadDocument } from '../../../src/core/types.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';

/** A comment spec: [id, parentId, author, body, stance?, city/region/country?, inferred?]. */
export interface Spec {
  id: string;
  parent?: string | null;
  author?: string | null;
  body?: string;
  stance?: StanceLabel;
  country?: string | null;
  region?: string | null;
  city?: string | null;
  inferred?: { reason: string; confidence: number };
}

/** Builds an ArticleIndex from a handful of comment specs, depths derived from the parents. */
export function makeArticle(slug: string, title: string, specs: readonly Spec[]): ArticleIndex {
  const depth = new Map<string, number>();
  const comments: ThreadComment[] = specs.map((s, i) => {
    const parentId = s.parent ?? null;
    const d = parentId === null ? 0 : (depth.get(parentId) ?? 0) + 1;
    depth.set(s.id, d);
    const hasPlace = s.country !== undefined || s.region !== undefined || s.city !== undefined;
    return {
      id: s.id,
      parentId,
      depth: d,
      author: s.author === undefined ? `Author ${s.id}` : s.author,
      location: hasPlace
        ? {
            raw: [s.city, s.region, s.country].filter(Boolean).join(', '),
            city: s.city ?? null,
            region: s.region ?? null,
            country: s.country ?? null,
          }
        : null,
      body: s.body ?? `Body of ${s.id}.`,
      stance: { label: s.stance ?? 'neutral', score: 0, cues: [] },
      reply:
        parentId === null
          ? null
          : s.inferred !== undefined
            ? { inferred: true, ...s.inferred }
            : { inferred: false, confidence: 1, reason: 'indentation' },
      line: i + 1,
    };
  });
  const doc: ThreadDocument = {
    format: 'indented',
    article: {
      title,
      subtitle: null,
      date: '2017-05-03',
      declaredCommentCount: comments.length,
      byline: 'A. Reporter',
      body: 'First paragraph of the article.\n\nSecond paragraph.',
    },
    comments,
    warnings: [],
  };
  return buildArticleIndex(doc, slug);
}

/** Two small articles: a thread with nested replies and an inferred reply, and a flat one. */
export function twoArticles(): ArticleIndex[] {
  return [
    makeArticle('peace-talks', 'Peace talks begin', [
      {
        id: 'a1',
        author: 'Vincent',
        body: 'Talking beats war.\n\nSecond thought here.',
        stance: 'support',
        country: 'United States',
        region: 'California',
        city: 'Oakland',
      },
      {
        id: 'a2',
        parent: 'a1',
        author: 'Gordon',
        body: 'Sanctions will stay, Vincent.',
        stance: 'oppose',
        country: 'Germany',
        inferred: { reason: 'addresses Vincent by name', confidence: 0.8 },
      },
      { id: 'a3', parent: 'a2', author: 'Vincent', body: 'We will see.', stance: 'neutral' },
      { id: 'a4', author: null, body: 'Are they on telephones?', stance: 'neutral' },
      {
        id: 'a5',
        author: 'Maria',
        body: 'Sanctions are theatre.',
        stance: 'oppose',
        country: 'United States',
        region: 'New York',
      },
    ]),
    makeArticle('cease-fire', 'Cease-fire agreed', [
      {
        id: 'b1',
        author: 'Ann',
        body: 'A cease-fire at last.',
        stance: 'support',
        country: 'Canada',
      },
      { id: 'b2', parent: 'b1', author: 'Bob', body: 'Sanctions first.', stance: 'oppose' },
    ]),
  ];
}
