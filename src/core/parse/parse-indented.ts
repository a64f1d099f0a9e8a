import { bulletTexts } from './bullet-texts.ts';
import { joinPieces } from './join-pieces.ts';
import { endOfLine, lfLineIndex, lfText, skipSpace, skipSpaceBack } from './line-index.ts';
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
  // Indents of the open bullets, outermost first: their count is the next bullet's depth.
  const indents: number[] = [];
  // The open comment, kept in locals rather than an object per comment until it is closed.
  let line = 0;
  let author: string | null = null;
  let depth = 0;
  // Its bullet's indent and text.
  let indentAt = 0;
  let rest = '';
  // Its body so far, with joinBody's rules: the head (bullet text that is not a name), and per line
  // with text its trimmed start and end and 1 after a paragraph break, for joinPieces. Kept in
  // locals, not an object: optimised code built around a per-dump object's shape was thrown away
  // at each full garbage collection once the last such object was gone.
  let head = '';
  const pieces: number[] = [];
  let used = 0;
  let pendingBreak = false;
  // A bullet's text that looks like a name is one when the next line with text is indented deeper
  // (the body): until that line it is held as the body's head, and whether it is stays open.
  let undecided = false;
  let warnedShallow = false;
  // Writers comment many times under one name: each distinct bullet text is one string, judged once.
  const bulletText = bulletTexts(text);
  const names = new Map<string, boolean>();
  for (let i = end, stop = 0; start <= text.length; start = stop + 1, i += 1) {
    stop = endOfLine(text, start);
    const indent = indentWidth(text, start, stop);
    const first = skipSpace(text, start, stop);
    if (first === stop) {
      // Blank lines before the first text and after the last make no break.
      if (head !== '' || used > 0) pendingBreak = true;
      continue;
    }
    if (text.charCodeAt(first) !== BULLET) {
      if (undecided && indent > indentAt) {
        author = rest;
        head = '';
        pendingBreak = false;
      }
      undecided = false;
      if (indent <= indentAt && !warnedShallow) {
        warnings.push(
          `line ${i + 1}: text indented no deeper than its bullet; kept with the comment above`,
        );
        warnedShallow = true;
      }
      pieces[used] = first;
      pieces[used + 1] = skipSpaceBack(text, first, stop);
      pieces[used + 2] = pendingBreak ? 1 : 0;
      used += 3;
      pendingBreak = false;
      continue;
    }
    if (line !== 0)
      comments.push({
        author,
        rawLocation: null,
        depth,
        line,
        body: joinPieces(text, head, pieces, used),
      });
    const restFrom = skipSpace(text, first + 1, stop);
    rest = bulletText(restFrom, skipSpaceBack(text, restFrom, stop));
    // The nearest earlier bullet indented less is the parent, so a skipped level cannot go deeper than one.
    while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
    const parentIndent = indents[indents.length - 1];
    if (parentIndent !== undefined && indent - parentIndent > LEVEL_COLUMNS) {
      warnings.push(
        `line ${i + 1}: bullet indented more than one level deeper than the one above; read as a reply to it`,
      );
    }
    line = i + 1;
    author = null;
    depth = indents.length;
    indentAt = indent;
    let looksNamed = names.get(rest);
    if (looksNamed === undefined) {
      looksNamed = nameShape(rest);
      names.set(rest, looksNamed);
    }
    undecided = looksNamed;
    head = rest;
    used = 0;
    pendingBreak = false;
    indents.push(indent);
    warnedShallow = false;
  }
  // The last comment, pushed as in the loop: a helper closing over these running variables would
  // move them into a context object, and every read in the loop above would go through it.
  if (line !== 0)
    comments.push({
      author,
      rawLocation: null,
      depth,
      line,
      body: joinPieces(text, head, pieces, used),
    });
  return { ok: true, value: { article, comments, warnings } };
}
