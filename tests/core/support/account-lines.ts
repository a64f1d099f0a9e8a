import { parseDateline } from '../../../src/core/parse/parse-dateline.ts';
import { isBlank, splitLines } from '../../../src/core/text/split-lines.ts';
import type { ArticleMeta, DumpFormat, Result } from '../../../src/core/types.ts';

/** What accountLines needs of a parse: a ThreadDocument and a LayoutParse both fit. */
export interface AccountableParse {
  readonly format: DumpFormat;
  readonly article: ArticleMeta;
  readonly comments: readonly {
    readonly author: string | null;
    readonly body: string;
    readonly rawLocation?: string | null;
    readonly location?: { readonly raw: string } | null;
  }[];
}

export type LinePlaceKind =
  'title' | 'dateline' | 'subtitle' | 'article-body' | 'byline' | 'bio' | 'header' | 'body';

/** Where one non-blank input line ended up; `comment` is the index in `doc.comments`. */
export interface LinePlace {
  readonly line: number;
  readonly kind: LinePlaceKind;
  readonly comment: number | null;
}

/** The first input line (or missing output) that breaks the one-to-one correspondence. */
export interface LineMismatch {
  readonly line: number | null;
  readonly message: string;
}

interface Slot {
  readonly kind: LinePlaceKind;
  readonly comment: number | null;
  readonly matches: (trimmed: string) => boolean;
  readonly shows: string;
  /** An anonymous bullet standing alone ("•"): its whole body then follows on later lines. */
  readonly bare?: readonly Slot[];
  /** The rest of an anonymous body, expected only when the bullet line carried its first line. */
  readonly skipIfBare?: boolean;
}

/** Whitespace differences the parser is allowed to drop inside a header: runs, and padding in brackets. */
function squeeze(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/^•\s*/, '•')
    .replace(/^Author:\s*/, 'Author: ')
    .trim();
}

function textSlots(
  text: string | null | undefined,
  kind: LinePlaceKind,
  comment: number | null,
): Slot[] {
  if (text === null || text === undefined) return [];
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ({ kind, comment, matches: (t) => t === line, shows: line }));
}

function exact(text: string, kind: LinePlaceKind, comment: number | null = null): Slot {
  return { kind, comment, matches: (t) => squeeze(t) === squeeze(text), shows: text };
}

/** Every output field that carries input text, in the order the layout writes it. */
function slotsOf(doc: AccountableParse): Slot[] {
  const a = doc.article;
  const slots: Slot[] = [exact(a.title, 'title')];
  if (a.date !== null || a.declaredCommentCount !== null) {
    slots.push({
      kind: 'dateline',
      comment: null,
      matches: (t) => {
        const d = parseDateline(t);
        return d !== null && d.date === a.date && d.count === a.declaredCommentCount;
      },
      shows: `dateline ${a.date ?? ''} ${a.declaredCommentCount ?? ''}`,
    });
  }
  if (a.subtitle !== null) slots.push(exact(a.subtitle, 'subtitle'));
  slots.push(...textSlots(a.body, 'article-body', null));
  if (a.byline !== null) slots.push(exact(`Author: ${a.byline}`, 'byline'));
  slots.push(...textSlots(a.bio, 'bio', null));
  doc.comments.forEach((c, i) => {
    if (doc.format === 'nyt') {
      const place = c.rawLocation ?? c.location?.raw ?? '';
      const header = exact(`${c.author ?? ''} (${place})`, 'header', i);
      // A writer who gave no place may head their comment with the name alone (bare-name-headers.ts).
      const bare = place === '' ? squeeze(c.author ?? '') : null;
      slots.push({ ...header, matches: (t) => header.matches(t) || squeeze(t) === bare });
      slots.push(...textSlots(c.body, 'body', i));
    } else if (c.author !== null) {
      slots.push(exact(`• ${c.author}`, 'header', i));
      slots.push(...textSlots(c.body, 'body', i));
    } else {
      // An anonymous bullet's own line is the first line of its body, unless the bullet stands bare.
      const [first = '', ...rest] = c.body === '' ? [] : c.body.split('\n');
      slots.push({ ...exact(`• ${first}`, 'header', i), bare: textSlots(c.body, 'body', i) });
      slots.push(
        ...textSlots(rest.join('\n'), 'body', i).map((slot) => ({ ...slot, skipIfBare: true })),
      );
    }
  });
  return slots;
}

/**
 * Checks a parse against its input, from the content alone: the non-blank input lines and the
 * text-carrying output fields must correspond one to one, in order. On success says, for every
 * non-blank input line, where it went; otherwise names the first line lost, added or altered.
 */
export function accountLines(
  text: string,
  doc: AccountableParse,
): Result<LinePlace[], LineMismatch> {
  const lines = splitLines(text);
  const slots = slotsOf(doc);
  const places: LinePlace[] = [];
  let next = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    if (isBlank(raw)) continue;
    const slot = slots[next];
    const trimmed = raw.trim();
    if (slot === undefined) {
      return {
        ok: false,
        error: { line: i + 1, message: `line ${i + 1} landed nowhere in the output` },
      };
    }
    if (slot.bare !== undefined && squeeze(trimmed) === '•' && !slot.matches(trimmed)) {
      let end = next + 1;
      while (slots[end]?.skipIfBare === true) end += 1;
      slots.splice(next + 1, end - next - 1, ...slot.bare);
      places.push({ line: i + 1, kind: slot.kind, comment: slot.comment });
      next += 1;
      continue;
    }
    if (!slot.matches(trimmed)) {
      const message = `line ${i + 1} (${JSON.stringify(trimmed.slice(0, 60))}) does not match the output's next ${slot.kind} (${JSON.stringify(slot.shows.slice(0, 60))})`;
      return { ok: false, error: { line: i + 1, message } };
    }
    places.push({ line: i + 1, kind: slot.kind, comment: slot.comment });
    next += 1;
  }
  const extra = slots[next];
  if (extra !== undefined) {
    const message = `the output's ${extra.kind} ${JSON.stringify(extra.shows.slice(0, 60))} comes from no input line`;
    return { ok: false, error: { line: null, message } };
  }
  return { ok: true, value: places };
}
