import { headerShape } from './header-shape.ts';
import { endOfLine, skipSpace } from './line-index.ts';
import { scoreHeader } from './score-header.ts';
import { isSpaceCode } from '../text/char-codes.ts';

/** What detectFormat weighs: bullet lines, plausible `Name (Place)` headers, an "Author:" line. */
export interface LayoutCues {
  readonly bullets: number;
  readonly headers: number;
  readonly authorLine: boolean;
}

const BULLET = '\u2022'; // •
const AUTHOR_LABEL = 'Author:';

/** The offset where the line holding offset `at` starts. */
function lineStartOf(text: string, at: number): number {
  return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

function isBlankLine(text: string, start: number): boolean {
  const end = endOfLine(text, start);
  return skipSpace(text, start, end) === end;
}

/**
 * Only white space between the line's start and offset `at`. Scanned back over that space alone,
 * never the whole line: a megabyte of bullets on one line would otherwise cost a pass per bullet.
 */
function opensLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) !== 0x0a && isSpaceCode(text.charCodeAt(k))) k -= 1;
  return k < 0 || text.charCodeAt(k) === 0x0a;
}

/** Only white space between offset `at` and the line's end; the mirror of opensLine. */
function endsLine(text: string, at: number): boolean {
  let k = at + 1;
  while (k < text.length && text.charCodeAt(k) !== 0x0a && isSpaceCode(text.charCodeAt(k))) k += 1;
  return k === text.length || text.charCodeAt(k) === 0x0a;
}

/** The start of the first line with text, or -1 when there is none. */
function firstFilledLine(text: string): number {
  for (let start = 0; start <= text.length; start = endOfLine(text, start) + 1) {
    if (!isBlankLine(text, start)) return start;
  }
  return -1;
}

/**
 * Whether a blank line right above the line at `start` is a paragraph break: it is when a line with
 * text other than the title comes before it; blank lines under the title are layout.
 */
function breakAbove(text: string, start: number, titleStart: number): boolean {
  if (start === 0 || !isBlankLine(text, lineStartOf(text, start - 1))) return false;
  let above = lineStartOf(text, start - 1);
  while (above > 0 && isBlankLine(text, above)) above = lineStartOf(text, above - 1);
  return above !== titleStart && !isBlankLine(text, above);
}

/**
 * The cues in `text` (as lfText gives it), found by searching for the few characters that start
 * them rather than by walking all lines: "•" opening a line, ")" ending one, "Author:" at a line's
 * start. An indented dump has no ")" at a line's end, so only its bullets are looked at.
 */
export function layoutCues(text: string): LayoutCues {
  let bullets = 0;
  for (let at = text.indexOf(BULLET); at >= 0; at = text.indexOf(BULLET, at + 1)) {
    if (opensLine(text, at)) bullets += 1;
  }
  const titleStart = firstFilledLine(text);
  let headers = 0;
  for (let at = text.indexOf(')'); at >= 0; at = text.indexOf(')', at + 1)) {
    // A header ends with ")": one followed by more text on its line is prose.
    if (!endsLine(text, at)) continue;
    const start = lineStartOf(text, at);
    const end = endOfLine(text, at);
    // The title may itself look like "Name (Place)"; it is still the title.
    if (start === titleStart) continue;
    const shape = headerShape(text.slice(start, end));
    const context = {
      afterBlank: breakAbove(text, start, titleStart),
      afterHeader: false,
      indented: isSpaceCode(text.charCodeAt(start)),
      knownAuthor: false,
    };
    if (shape !== null && scoreHeader(shape, context) >= 0) headers += 1;
  }
  const authorLine = text.startsWith(AUTHOR_LABEL) || text.includes(`\n${AUTHOR_LABEL}`);
  return { bullets, headers, authorLine };
}
