import { articleSlug } from '../article/article-slug.ts';
import { isStanceLabel, STANCE_LABELS } from '../stance/stance-labels.ts';
import type { Param } from './view-params.ts';
import type { SortOrder, ViewMode, ViewState } from './view-types.ts';

const SORTS: readonly SortOrder[] = ['page', 'replies', 'longest'];
const MODES: readonly ViewMode[] = ['comments', 'stats'];
// THREAD_JSON.md promises URL-safe ids.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type MutableView = { -readonly [K in keyof ViewState]: ViewState[K] };

/**
 * Sets one link parameter's decoded, trimmed value on `view`; the notice text when it cannot be
 * used (the rest of the link still applies), else null.
 */
export function assignViewParam(view: MutableView, name: Param, value: string): string | null {
  if (value === '') return null;
  switch (name) {
    case 'article':
      if (articleSlug(value) !== value)
        return `Ignored “article”: “${value}” is not an article slug.`;
      view.article = value;
      return null;
    case 'q':
    case 'loc':
    case 'author':
      // Free text: any value a person could type is kept as given.
      view[name] = value;
      return null;
    case 'thread':
    case 'comment':
      if (!ID_PATTERN.test(value)) return `Ignored “${name}”: “${value}” is not a comment id.`;
      view[name] = value;
      return null;
    case 'stance': {
      const labels = value.split(',').map((s) => s.trim().toLowerCase());
      const bad = labels.filter((s) => s !== '' && !isStanceLabel(s));
      const good = STANCE_LABELS.filter((s) => labels.includes(s));
      view.stance = good;
      return bad.length === 0
        ? null
        : `Ignored stance “${bad.join('”, “')}”: use support, oppose or neutral.`;
    }
    case 'view': {
      const mode = value.toLowerCase();
      if (!isMode(mode)) return `Ignored view “${value}”: use comments or stats.`;
      view.mode = mode;
      return null;
    }
    case 'compare':
      return assignCompare(view, value);
    case 'sort': {
      const sort = value.toLowerCase();
      if (!isSort(sort)) return `Ignored sort “${value}”: use page, replies or longest.`;
      view.sort = sort;
      return null;
    }
    default:
      return name satisfies never;
  }
}

function assignCompare(view: MutableView, value: string): string | null {
  const slugs = value.split(',').map((s) => s.trim());
  const bad = slugs.filter((s) => s === '' || articleSlug(s) !== s);
  if (bad.length > 0) {
    return `Ignored “compare”: “${bad.join('”, “') || ','}” is not an article slug.`;
  }
  const [a, b] = slugs;
  if (slugs.length !== 2 || a === undefined || b === undefined) {
    return `Ignored “compare”: it takes two article slugs separated by a comma, not ${slugs.length}.`;
  }
  if (a === b) return `Ignored “compare”: “${a}” is named twice; name two different articles.`;
  view.compare = [a, b];
  return null;
}

function isMode(s: string): s is ViewMode {
  return (MODES as readonly string[]).includes(s);
}

function isSort(s: string): s is SortOrder {
  return (SORTS as readonly string[]).includes(s);
}
