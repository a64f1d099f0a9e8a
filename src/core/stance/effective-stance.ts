// "The label a reader sees", in one place: the reader's own label, else the one the model learned
// from their labels, else the machine's. Badges, filters, counts, Stats and exports all read it here.
import type { StanceLabel, ThreadComment } from '../types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import { splitCommentKey, type CommentKey } from '../article/comment-key.ts';
import type { LearnedStance } from './learn-stance.ts';

/** The reader's override for a comment, or null when the machine's label stands. */
export type OverrideOf = (key: CommentKey) => StanceLabel | null;
/** What the model learned from the reader's labels for a comment, or null. */
export type LearnedOf = (key: CommentKey) => LearnedStance | null;

/** The reader's labels and the labels learned from them, kept apart so exports can tell them apart. */
export interface StanceLayers {
  readonly overrideOf: OverrideOf;
  readonly learnedOf: LearnedOf;
}

export const MACHINE_ONLY: StanceLayers = { overrideOf: () => null, learnedOf: () => null };

export type StanceSource = 'machine' | 'learned' | 'reader';

export interface EffectiveStance {
  readonly label: StanceLabel;
  readonly source: StanceSource;
  readonly machineLabel: StanceLabel;
}

/** The label over the machine's, or null where the machine's stands. */
export function layeredLabelOf(layers: StanceLayers): OverrideOf {
  return (key) => layers.overrideOf(key) ?? layers.learnedOf(key)?.label ?? null;
}

export function effectiveStance(
  comment: ThreadComment,
  key: CommentKey,
  layers: StanceLayers,
): EffectiveStance {
  const machineLabel = comment.stance.label;
  const reader = layers.overrideOf(key);
  if (reader !== null) return { label: reader, source: 'reader', machineLabel };
  const learned = layers.learnedOf(key);
  if (learned !== null) return { label: learned.label, source: 'learned', machineLabel };
  return { label: machineLabel, source: 'machine', machineLabel };
}

/**
 * The label a reader sees for `key`. A caller walking the comments passes the comment too: at 50k
 * comments, finding each one again from its key was a third of Stats' first count.
 */
export type StanceOf = (key: CommentKey, comment?: ThreadComment) => StanceLabel;

/**
 * `stanceOf(key)` for filters, counts, Stats and the comparison ('neutral' for a key no loaded
 * article has).
 */
export function effectiveStanceOf(
  articles: readonly ArticleIndex[],
  layers: StanceLayers,
): StanceOf {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const over = layeredLabelOf(layers);
  const find = (key: CommentKey) => {
    const parts = splitCommentKey(key);
    return parts === null ? undefined : bySlug.get(parts.slug)?.byId.get(parts.id);
  };
  return (key, known) => over(key) ?? (known ?? find(key))?.stance.label ?? 'neutral';
}
