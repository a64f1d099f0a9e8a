import type { OpenError } from './open-error.ts';
import type { ParseError } from '../types.ts';

const SHOWN_LINES = 3;
/** Long enough to recognise a line, short enough that a 1 MB line does not flood the alert. */
const SHOWN_CHARS = 120;

const SUPPORTED_LAYOUTS =
  'the explorer reads two layouts: "nyt" (flat: a title, a line like "May 02, 2017 · 135 comments", ' +
  'then each comment as a "Name (Place)" line followed by its text) and "indented" (antiwar.com: ' +
  'an article, then comments as "• Name" bullets indented two more spaces per reply level)';

/** The first lines with text, trimmed for display; what the reader needs to see what the app saw. */
export function firstLines(text: string): string[] {
  const shown: string[] = [];
  let start = 0;
  while (shown.length < SHOWN_LINES && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, Math.min(end, start + SHOWN_CHARS * 4)).replace(/\r$/, '');
    if (line.trim() !== '') {
      const chars = Array.from(line.trimEnd());
      shown.push(
        chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS).join('')}…` : chars.join(''),
      );
    }
    start = end + 1;
  }
  return shown;
}

/** The parser's typed error, rephrased for a reader who just chose a file called `name`. */
export function describeParseError(error: ParseError, text: string, name: string): OpenError {
  switch (error.code) {
    case 'unknown-layout':
      return {
        code: error.code,
        message: `“${name}” is not a comment dump the explorer can read: ${SUPPORTED_LAYOUTS}. The first lines read are shown below.`,
        line: error.line,
        firstLines: firstLines(text),
      };
    case 'empty':
      return {
        code: error.code,
        message: `“${name}” has no comments to read: ${error.message}`,
        line: error.line,
      };
    case 'binary':
      return {
        code: error.code,
        message: `“${name}” looks like binary data, not a text comment dump (${error.message}). Choose a plain text file.`,
        line: error.line,
      };
    case 'malformed':
      return {
        code: error.code,
        message: `“${name}” could not be read${error.line === null ? '' : ` at line ${error.line}`}: ${error.message}`,
        line: error.line,
      };
    default:
      return error.code satisfies never;
  }
}
