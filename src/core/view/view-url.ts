import { assignViewParam, type MutableView } from './assign-view-param.ts';
import { isParam, VIEW_PARAMS, type Param } from './view-params.ts';
import { EMPTY_VIEW, type ViewNotice, type ViewState } from './view-types.ts';
import { STANCE_LABELS } from '../stance/stance-labels.ts';

// Values longer than this are not something a person typed or a link needs; they are dropped so a
// hostile link cannot make the page search or render megabytes.
export const MAX_PARAM_LENGTH = 500;
// C0/C1 control characters never belong in a name or a search.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// One character is at most 12 characters percent-encoded (4 UTF-8 bytes × "%XX").
const MAX_RAW_LENGTH = MAX_PARAM_LENGTH * 12;
// A link with thousands of junk parameters should not flood the page with notices.
const MAX_NOTICES = 10;

/** Reads `?article=…&q=…` (leading `?` optional). Never throws: whatever it cannot use becomes a notice. */
export function parseViewUrl(search: string): { view: ViewState; notices: ViewNotice[] } {
  const notices: ViewNotice[] = [];
  const view: MutableView = { ...EMPTY_VIEW };
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
    const problem = assignViewParam(view, name, value.trim());
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
