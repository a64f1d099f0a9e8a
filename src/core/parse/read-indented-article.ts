import { joinBody } from './join-body.ts';
import { lineAt, lineEnd, lineStart, skipSpace, type LineIndex } from './line-index.ts';
import type { ArticleMeta } from '../types.ts';

const AUTHOR_LABEL = 'Author:';
/** A subtitle is one short headline-like line; longer is the article's first paragraph. */
const MAX_SUBTITLE_CHARS = 160;

/** Blank as splitLines' line would be: nothing but white space, or past the end. */
function isBlankLine(index: LineIndex, i: number): boolean {
  if (i >= index.count) return true;
  return skipSpace(index.text, lineStart(index, i), lineEnd(index, i)) === lineEnd(index, i);
}

/**
 * The article above an indented dump's first bullet, lines [0, end): title, a subtitle when the
 * first line under it is short and stands alone, the text, and an "Author:" byline with the bio.
 */
export function readIndentedArticle(index: LineIndex, end: number): ArticleMeta {
  const filled: number[] = [];
  for (let i = 0; i < end; i += 1) if (!isBlankLine(index, i)) filled.push(i);
  const trimmed = (i: number) => lineAt(index, i).trim();
  const titleAt = filled[0] ?? 0;
  const authorAt = filled.find(
    (i) => i > titleAt && trimmed(i).startsWith(AUTHOR_LABEL) && trimmed(i) !== AUTHOR_LABEL,
  );
  const bodyEnd = authorAt ?? end;
  const first = filled.find((i) => i > titleAt && i < bodyEnd);
  const firstText = first === undefined ? '' : trimmed(first);
  const standsAlone = first !== undefined && isBlankLine(index, first + 1);
  const isSubtitle =
    first !== undefined &&
    standsAlone &&
    firstText.length <= MAX_SUBTITLE_CHARS &&
    !/[.!?…"”’:]$/u.test(firstText);
  const bodyStart = isSubtitle && first !== undefined ? first + 1 : titleAt + 1;
  const body = joinBody(index, bodyStart, bodyEnd);
  const bio = authorAt === undefined ? '' : joinBody(index, authorAt + 1, end);
  return {
    title: trimmed(titleAt),
    subtitle: isSubtitle ? firstText : null,
    date: null,
    declaredCommentCount: null,
    byline: authorAt === undefined ? null : trimmed(authorAt).slice(AUTHOR_LABEL.length).trim(),
    body: body === '' ? null : body,
    bio: bio === '' ? null : bio,
  };
}
