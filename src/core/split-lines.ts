/**
 * The input's lines, 0-based here (reported 1-based). A leading BOM is dropped; CRLF, LF and a lone
 * CR (old Mac exports) all end a line, so a CRLF file parses exactly like its LF twin.
 */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\n|\r/);
}

/** Blank means nothing but whitespace: a line of spaces or tabs separates paragraphs like an empty one. */
export function isBlank(line: string): boolean {
  // Same whitespace set as trim() (which the bodies use), without allocating a trimmed copy.
  return !/\S/.test(line);
}
