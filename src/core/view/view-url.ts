import { articleSlug } from '../article/article-slug.ts';
import {
  EMPTY_VIEW,
  type SortOrder,
  type ViewMode,
  type ViewNotice,
  type ViewState,
} from './view-types.ts';
import { isStanceLabel, STANCE_LABELS } from '../stance/stance-labels.ts';

// Values longer than this are not something a person typed or a link needs; they are dropped so a
// hostile link cannot make the page search or render megabytes.
export const MAX_PARAM_LENGTH = 500;
const SORTS: readonly SortOrder[] = ['page', 'replies', 'longest'];
const MODES: readonly ViewMode[] = ['comments', 'stats'];
// THREAD_JSON.md promises URL-safe ids.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
// C0/C1 control characters never belong in a name or a search.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// One character is at most 12 characters percent-encoded (4 UTF-8 bytes × "%XX").
const MAX_RAW_LENGTH = MAX_PARAM_LENGTH * 12;
// A link with thousands of junk parameters should not flood the page with notices.
const MAX_NOTICES = 10;

type Param =
  | 'article'
  | 'q'
  | 'stance'
  | 'loc'
  | 'author'
  | 'thread'
  | 'comment'
  | 'view'
  | 'compare'
  | 'sort';
/** The fixed order `buildViewUrl` writes parameters in. */
const VIEW_PARAMS: readonly Param[] = [
  'article',
  'q',
  'stance',
  'loc',
  'author',
  'thread',
  'comment',
  'view',
  'compare',
  'sort',
];

/** Reads `?article=…&q=…` (leading `?` optional). Never throws: whatever it cannot use becomes a notice. */
export function parseViewUrl(search: string): { view: ViewState; notices: ViewNotice[] } {
  const notices: ViewNotice[] = [];
  const view: { -readonly [K in keyof ViewState]: ViewState[K] } = { ...EMPTY_VIEW };
  const seen = new Set<string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const name = decode(rawName) ?? rawName;
    const shown = clip(name);
    if (!isParam(name)) {
      notices.push({ param: shown, message: `Ignored the unknown link parameter “${shown}”.` });
      continue;
    }
    if (seen.has(name)) {
      notices.push({
        param: name,
        message: `Ignored a repeated “${name}”; the first one is used.`,
      });
      continue;
    }
    seen.add(name);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    const value = raw.length > MAX_RAW_LENGTH ? 'x'.repeat(MAX_PARAM_LENGTH + 1) : decode(raw);
    if (value === null) {
      notices.push({
        param: name,
        message: `Ignored “${name}”: its value is not valid URL encoding.`,
      });
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH) {
      notices.push({
        param: name,
        message: `Ignored “${name}”: longer than ${MAX_PARAM_LENGTH} characters.`,
      });
      continue;
    }
    if (CONTROL.test(value)) {
      notices.push({ param: name, message: `Ignored “${name}”: it contains control characters.` });
      continue;
    }
    const problem = assign(view, name, value.trim());
    if (problem !== null) notices.push({ param: name, message: problem });
  }
  if (notices.length > MAX_NOTICES) {
    const more = notices.length - (MAX_NOTICES - 1);
    notices.splice(MAX_NOTICES - 1, Infinity, {
      param: '',
      message: `Ignored ${more} more link parameters.`,
    });
  }
  return { view, notices };
}

/** '' for the default view, else `?a=b&…` in `VIEW_PARAMS` order, defaults omitted. */
export function buildViewUrl(view: ViewState): string {
  const parts: string[] = [];
  for (const name of VIEW_PARAMS) {
    const value = valueOf(view, name);
    if (value === null) continue;
    // Commas stay literal in `stance=support,neutral` and `compare=a,b`, as LINKS.md writes them.
    const encoded = encodeURIComponent(value);
    parts.push(
      `${name}=${name === 'stance' || name === 'compare' ? encoded.replace(/%2C/g, ',') : encoded}`,
    );
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function valueOf(view: ViewState, name: Param): string | null {
  switch (name) {
    case 'article':
    case 'loc':
    case 'author':
    case 'thread':
    case 'comment':
      return nonEmpty(view[name]);
    case 'q':
      return nonEmpty(view.q);
    case 'stance': {
      const labels = STANCE_LABELS.filter((s) => view.stance.includes(s));
      return labels.length === 0 ? null : labels.join(',');
    }
    case 'view':
      return view.mode === EMPTY_VIEW.mode ? null : view.mode;
    case 'compare':
      return view.compare === null ? null : view.compare.join(',');
    case 'sort':
      return view.sort === EMPTY_VIEW.sort ? null : view.sort;
    default:
      return name satisfies never;
  }
}

function assign(
  view: { -readonly [K in keyof ViewState]: ViewState[K] },
  name: Param,
  value: string,
): string | null {
  if (value === '') return null;
  switch (name) {
    case 'article':
      if (articleSlug(value) !== value)
        return `Ignored “article”: “${value}” is not an article slug.`;
      view.article = value;
      return null;
    case 'q':
      view.q = value;
      return null;
    case 'loc':
      view.loc = value;
      return null;
    case 'author':
      view.author = value;
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

function assignCompare(
  view: { -readonly [K in keyof ViewState]: ViewState[K] },
  value: string,
): string | null {
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

function nonEmpty(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Form-style decoding (`+` is a space); null on a malformed `%` sequence instead of a URIError. */
function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function isParam(name: string): name is Param {
  return (VIEW_PARAMS as readonly string[]).includes(name);
}

function isMode(s: string): s is ViewMode {
  return (MODES as readonly string[]).includes(s);
}

function isSort(s: string): s is SortOrder {
  return (SORTS as readonly string[]).includes(s);
}
