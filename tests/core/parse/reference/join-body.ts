// The implementation before lines were read from a line index (afdaa0c), kept verbatim so the
// new one can be checked against it on generated dumps.
import { isBlank } from '../../../../src/core/text/split-lines.ts';

/** Where the lines sit in the text they were split from: `starts[i]` is line i's first offset. */
export interface LineSource {
  readonly text: string;
  readonly starts: Int32Array;
}

/**
 * Line starts for `lines` as split from `text` by LF alone (a leading BOM skipped), or null when the
 * text has a CR: then line breaks are not one character each and offsets cannot be summed.
 */
export function lineSource(text: string, lines: readonly string[]): LineSource | null {
  if (text.includes('\r')) return null;
  const starts = new Int32Array(lines.length);
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < lines.length; i += 1) {
    starts[i] = at;
    at += (lines[i] ?? '').length + 1;
  }
  return starts.length === 0 || at - 1 === text.length ? { text, starts } : null;
}

/**
 * Body lines as one string, each trimmed (indentation removed): blank lines at either end are dropped and
 * a run of blank lines between paragraphs becomes exactly one empty line, so "\n\n" always means a
 * paragraph break whatever the dump's spacing. Given the `source` the lines came from, a body
 * written that way already is sliced from the text instead of copied: on a flat dump that is most
 * bodies, and copies of them were 30 MB of a 50,000-comment dump's peak.
 */
export function joinBody(
  lines: readonly string[],
  from = 0,
  to = lines.length,
  source: LineSource | null = null,
): string {
  // A range instead of a slice: a 50,000-comment dump would otherwise copy every body's lines first.
  const out: string[] = [];
  let pendingBreak = false;
  let blanks = 0;
  let verbatim = source !== null;
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i += 1) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      pendingBreak = out.length > 0;
      // Only one empty line between paragraphs reads the same in the text and in the body.
      if (out.length > 0 && (line !== '' || (blanks += 1) > 1)) verbatim = false;
      continue;
    }
    if (pendingBreak) out.push('');
    pendingBreak = false;
    blanks = 0;
    const trimmed = line.trim();
    if (trimmed.length !== line.length) verbatim = false;
    if (first < 0) first = i;
    last = i;
    out.push(trimmed);
  }
  if (verbatim && source !== null && first >= 0 && out.length > 1) {
    const start = source.starts[first] ?? 0;
    const end = (source.starts[last] ?? 0) + (lines[last] ?? '').length;
    return source.text.slice(start, end);
  }
  return out.join('\n');
}
