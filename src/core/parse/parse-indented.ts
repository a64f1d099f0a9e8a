import { BodyLines } from './body-lines.ts';
import { lfLineIndex, lfText, skipSpace, skipSpaceBack } from './line-index.ts';
import { nameShape } from './name-shape.ts';
import type { ParsedDump } from './parsed-dump.ts';
import { readIndentedArticle } from './read-indented-article.ts';
import type { ParseError, RawComment, Result } from '../types.ts';

const BULLET = 0x2022; // •
/** One reply level: two more spaces. */
const LEVEL_COLUMNS = 2;

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

/** The offset of the LF that ends the line starting at `start`, or the text's end. */
function endOfLine(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/**
 * The "indented" antiwar.com layout: title, subtitle, article, "Author:" byline and bio, then
 * comments as `• Name` bullets whose indentation states the reply depth (two more spaces per level)
 * with their text indented below. A bullet whose text is not a name is an anonymous comment.
 * `lf` is the text as lfText gives it, when the caller has it already.
 *
 * The comments are read in one indexOf pass over their lines, each line's indentation and ends
 * looked at once: a line index of the whole dump cost a pass of its own.
 */
export function parseIndented(
  input: string,
  lf: string = lfText(input),
): Result<ParsedDump, ParseError> {
  const text = lf;
  // The article runs to the first bullet; its title must come first.
  let sawText = false;
  let end = 0;
  let start = 0;
  for (let stop = 0; start <= text.length; start = stop + 1, end += 1) {
    stop = endOfLine(text, start);
    const first = skipSpace(text, start, stop);
    if (first === stop) continue;
    if (text.charCodeAt(first) === BULLET) break;
    sawText = true;
  }
  if (!sawText) {
    if (start > text.length) {
      return { ok: false, error: { code: 'empty', message: 'the input is empty', line: null } };
    }
    const message = 'a comment bullet comes before the article title, which must come first';
    return { ok: false, error: { code: 'malformed', message, line: end + 1 } };
  }
  // Its lines and the first bullet's: a line right above a bullet does not stand alone.
  const articleText = start > text.length ? text : text.slice(0, endOfLine(text, start));
  const article = readIndentedArticle(lfLineIndex(articleText), end);

  const warnings: string[] = [];
  const comments: RawComment[] = [];
  const bodies = new BodyLines(text);
  // Indents of the open bullets, outermost first: their count is the next bullet's depth.
  const indents: number[] = [];
  // The open comment, kept in locals rather than an object per comment until it is closed.
  let line = 0;
  let author: string | null = null;
  let depth = 0;
  // Its bullet's indent and text.
  let indentAt = 0;
  let rest = '';
  // A bullet's text that looks like a name is one when the next line with text is indented deeper
  // (the body): until that line it is held as the body's head, and whether it is stays open.
  let undecided = false;
  let warnedShallow = false;
  // Writers comment many times under one name: each distinct bullet text is judged once.
  const names = new Map<string, boolean>();
  for (let i = end, stop = 0; start <= text.length; start = stop + 1, i += 1) {
    stop = endOfLine(text, start);
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
      if (undecided && indent > indentAt) {
        author = rest;
        bodies.dropHead();
      }
      undecided = false;
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
    rest = text.slice(restFrom, skipSpaceBack(text, restFrom, stop));
    // The nearest earlier bullet indented less is the parent, so a skipped level cannot go deeper than one.
    while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
    const parentIndent = indents[indents.length - 1];
    if (parentIndent !== undefined && indent - parentIndent > LEVEL_COLUMNS) {
      warnings.push(
        `line ${i + 1}: bullet indented more than one level deeper than the one above; read as a reply to it`,
      );
    }
    let looksNamed = names.get(rest);
    if (looksNamed === undefined) {
      looksNamed = nameShape(rest);
      names.set(rest, looksNamed);
    }
    line = i + 1;
    author = null;
    depth = indents.length;
    indentAt = indent;
    undecided = looksNamed;
    bodies.open(rest);
    indents.push(indent);
    warnedShallow = false;
  }
  if (line !== 0) comments.push({ author, rawLocation: null, depth, line, body: bodies.close() });
  return { ok: true, value: { article, comments, warnings } };
}
