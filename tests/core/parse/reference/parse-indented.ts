// The implementation before lines were read from a line index (afdaa0c), kept verbatim so the
// new one can be checked against it on generated dumps.
import { joinBody } from './join-body.ts';
import { nameShape } from '../../../../src/core/parse/name-shape.ts';
import type { ParsedDump } from '../../../../src/core/parse/parsed-dump.ts';
import { isBlank, splitLines } from '../../../../src/core/text/split-lines.ts';
import type { ArticleMeta, ParseError, RawComment, Result } from '../../../../src/core/types.ts';

const BULLET = '•';
/** One reply level: two more spaces. */
const LEVEL_COLUMNS = 2;
const AUTHOR_LABEL = 'Author:';
/** A subtitle is one short headline-like line; longer is the article's first paragraph. */
const MAX_SUBTITLE_CHARS = 160;

interface Open {
  readonly indent: number;
  readonly lines: string[];
  readonly comment: Omit<RawComment, 'body'>;
}

/** Columns of leading whitespace; a tab counts as one level (two columns), as copy-paste makes it. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += 2;
    else break;
  }
  return width;
}

function isBullet(line: string): boolean {
  return line.trimStart().startsWith(BULLET);
}

/** A named bullet has its text below it, indented deeper; without that the bullet text is the comment. */
function bodyFollows(lines: readonly string[], at: number, indent: number): boolean {
  for (let j = at + 1; j < lines.length; j += 1) {
    const line = lines[j] ?? '';
    if (isBlank(line)) continue;
    return !isBullet(line) && indentWidth(line) > indent;
  }
  return false;
}

function readArticle(lines: readonly string[], end: number): ArticleMeta {
  const filled = lines.slice(0, end).flatMap((line, i) => (isBlank(line) ? [] : [i]));
  const titleAt = filled[0] ?? 0;
  const authorAt = filled.find(
    (i) =>
      i > titleAt &&
      (lines[i] ?? '').trim().startsWith(AUTHOR_LABEL) &&
      (lines[i] ?? '').trim() !== AUTHOR_LABEL,
  );
  const bodyEnd = authorAt ?? end;
  const first = filled.find((i) => i > titleAt && i < bodyEnd);
  const firstText = first === undefined ? '' : (lines[first] ?? '').trim();
  const standsAlone = first !== undefined && isBlank(lines[first + 1] ?? '');
  const isSubtitle =
    first !== undefined &&
    standsAlone &&
    firstText.length <= MAX_SUBTITLE_CHARS &&
    !/[.!?…"”’:]$/u.test(firstText);
  const bodyStart = isSubtitle && first !== undefined ? first + 1 : titleAt + 1;
  const body = joinBody(lines.slice(bodyStart, bodyEnd));
  const bio = authorAt === undefined ? '' : joinBody(lines.slice(authorAt + 1, end));
  return {
    title: (lines[titleAt] ?? '').trim(),
    subtitle: isSubtitle ? firstText : null,
    date: null,
    declaredCommentCount: null,
    byline:
      authorAt === undefined
        ? null
        : (lines[authorAt] ?? '').trim().slice(AUTHOR_LABEL.length).trim(),
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
  text: string,
  lines: readonly string[] = splitLines(text),
): Result<ParsedDump, ParseError> {
  const firstFilled = lines.findIndex((line) => !isBlank(line));
  if (firstFilled < 0) {
    return { ok: false, error: { code: 'empty', message: 'the input is empty', line: null } };
  }
  if (isBullet(lines[firstFilled] ?? '')) {
    const message = 'a comment bullet comes before the article title, which must come first';
    return { ok: false, error: { code: 'malformed', message, line: firstFilled + 1 } };
  }
  const firstBullet = lines.findIndex(isBullet);
  const end = firstBullet < 0 ? lines.length : firstBullet;
  const article = readArticle(lines, end);

  const warnings: string[] = [];
  const done: Open[] = [];
  const stack: Open[] = [];
  let current: Open | undefined;
  let warnedShallow = false;
  for (let i = end; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const indent = indentWidth(line);
    if (isBullet(line)) {
      const rest = line.trim().slice(BULLET.length).trim();
      // The nearest earlier bullet indented less is the parent, so a skipped level cannot go deeper than one.
      while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
      const parentIndent = stack[stack.length - 1]?.indent;
      if (parentIndent !== undefined && indent - parentIndent > LEVEL_COLUMNS) {
        warnings.push(
          `line ${i + 1}: bullet indented more than one level deeper than the one above; read as a reply to it`,
        );
      }
      // Decided by structure (text indented deeper below) and by what names look like.
      const named = nameShape(rest) && bodyFollows(lines, i, indent);
      current = {
        indent,
        lines: named || rest === '' ? [] : [rest],
        comment: {
          author: named ? rest : null,
          rawLocation: null,
          depth: stack.length,
          line: i + 1,
        },
      };
      stack.push(current);
      done.push(current);
      warnedShallow = false;
    } else if (current !== undefined) {
      if (!isBlank(line) && indent <= current.indent && !warnedShallow) {
        warnings.push(
          `line ${i + 1}: text indented no deeper than its bullet; kept with the comment above`,
        );
        warnedShallow = true;
      }
      current.lines.push(line);
    }
  }
  // Fields spelled out: a spread plus one more key took V8's slow path for every comment.
  const comments = done.map(({ comment: c, lines: body }) => ({
    author: c.author,
    rawLocation: c.rawLocation,
    depth: c.depth,
    line: c.line,
    body: joinBody(body),
  }));
  return { ok: true, value: { article, comments, warnings } };
}
