import { joinBody } from './join-body.ts';
import { BodyLines } from './body-lines.ts';
import {
  lineAt,
  lineEnd,
  lineIndex,
  lineStart,
  skipSpace,
  skipSpaceBack,
  type LineIndex,
} from './line-index.ts';
import { nameShape } from './name-shape.ts';
import type { ParsedDump } from './parsed-dump.ts';
import type { ArticleMeta, ParseError, RawComment, Result } from '../types.ts';

const BULLET = 0x2022; // •
/** One reply level: two more spaces. */
const LEVEL_COLUMNS = 2;
const AUTHOR_LABEL = 'Author:';
/** A subtitle is one short headline-like line; longer is the article's first paragraph. */
const MAX_SUBTITLE_CHARS = 160;

/** Columns of leading whitespace; a tab counts as one level (two columns), as copy-paste makes it. */
export function indentWidth(line: string, from = 0, to = line.length): number {
  let width = 0;
  for (let at = from; at < to; at += 1) {
    const code = line.charCodeAt(at);
    if (code === 0x20) width += 1;
    else if (code === 0x09) width += 2;
    else break;
  }
  return width;
}

/** Line i's first visible offset, or its end when the line is blank. */
function filledStart(index: LineIndex, i: number): number {
  return skipSpace(index.text, lineStart(index, i), lineEnd(index, i));
}

/** Blank as splitLines' line would be: nothing but white space, or past the end. */
function isBlankLine(index: LineIndex, i: number): boolean {
  return i >= index.count || filledStart(index, i) === lineEnd(index, i);
}

function isBulletLine(index: LineIndex, i: number): boolean {
  const at = filledStart(index, i);
  return at < lineEnd(index, i) && index.text.charCodeAt(at) === BULLET;
}

/** A named bullet has its text below it, indented deeper; without that the bullet text is the comment. */
function bodyFollows(index: LineIndex, at: number, indent: number): boolean {
  for (let j = at + 1; j < index.count; j += 1) {
    const first = filledStart(index, j);
    if (first === lineEnd(index, j)) continue;
    return index.text.charCodeAt(first) !== BULLET && lineIndent(index, j) > indent;
  }
  return false;
}

function lineIndent(index: LineIndex, i: number): number {
  return indentWidth(index.text, lineStart(index, i), lineEnd(index, i));
}

function readArticle(index: LineIndex, end: number): ArticleMeta {
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

/**
 * The "indented" antiwar.com layout: title, subtitle, article, "Author:" byline and bio, then
 * comments as `• Name` bullets whose indentation states the reply depth (two more spaces per level)
 * with their text indented below. A bullet whose text is not a name is an anonymous comment.
 */
export function parseIndented(
  input: string,
  index: LineIndex = lineIndex(input),
): Result<ParsedDump, ParseError> {
  const { text } = index;
  let firstFilled = 0;
  while (firstFilled < index.count && isBlankLine(index, firstFilled)) firstFilled += 1;
  if (firstFilled === index.count) {
    return { ok: false, error: { code: 'empty', message: 'the input is empty', line: null } };
  }
  if (isBulletLine(index, firstFilled)) {
    const message = 'a comment bullet comes before the article title, which must come first';
    return { ok: false, error: { code: 'malformed', message, line: firstFilled + 1 } };
  }
  let end = firstFilled + 1;
  while (end < index.count && !isBulletLine(index, end)) end += 1;
  const article = readArticle(index, end);

  const warnings: string[] = [];
  const comments: RawComment[] = [];
  const bodies = new BodyLines(text);
  // Indents of the open bullets, outermost first: their count is the next bullet's depth.
  const indents: number[] = [];
  // The open comment, kept in locals rather than an object per comment until it is closed.
  let line = 0;
  let author: string | null = null;
  let depth = 0;
  // Its bullet's indent; -1 before the first bullet.
  let indentAt = -1;
  let warnedShallow = false;
  // Writers comment many times under one name: each distinct bullet text is judged once.
  const names = new Map<string, boolean>();
  for (let i = end; i < index.count; i += 1) {
    const start = lineStart(index, i);
    const stop = lineEnd(index, i);
    // One pass over the indentation: its width, then past any other white space.
    let at = start;
    let indent = 0;
    for (; at < stop; at += 1) {
      const code = text.charCodeAt(at);
      if (code === 0x20) indent += 1;
      else if (code === 0x09) indent += 2;
      else break;
    }
    const first = skipSpace(text, at, stop);
    if (first === stop) {
      bodies.blank();
      continue;
    }
    if (text.charCodeAt(first) !== BULLET) {
      if (indent <= indentAt && !warnedShallow) {
        warnings.push(
          `line ${i + 1}: text indented no deeper than its bullet; kept with the comment above`,
        );
        warnedShallow = true;
      }
      bodies.line(first, skipSpaceBack(text, first, stop));
      continue;
    }
    if (line !== 0) comments.push({ author, rawLocation: null, depth, line, body: bodies.close() });
    const restFrom = skipSpace(text, first + 1, stop);
    const rest = text.slice(restFrom, skipSpaceBack(text, restFrom, stop));
    // The nearest earlier bullet indented less is the parent, so a skipped level cannot go deeper than one.
    while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
    const parentIndent = indents[indents.length - 1];
    if (parentIndent !== undefined && indent - parentIndent > LEVEL_COLUMNS) {
      warnings.push(
        `line ${i + 1}: bullet indented more than one level deeper than the one above; read as a reply to it`,
      );
    }
    // Decided by structure (text indented deeper below) and by what names look like.
    let looksNamed = names.get(rest);
    if (looksNamed === undefined) {
      looksNamed = nameShape(rest);
      names.set(rest, looksNamed);
    }
    const named = looksNamed && bodyFollows(index, i, indent);
    line = i + 1;
    author = named ? rest : null;
    depth = indents.length;
    // Its text: what its bullet line says when that is not a name, then its lines.
    bodies.open(named ? '' : rest);
    indentAt = indent;
    indents.push(indent);
    warnedShallow = false;
  }
  if (line !== 0) comments.push({ author, rawLocation: null, depth, line, body: bodies.close() });
  return { ok: true, value: { article, comments, warnings } };
}
