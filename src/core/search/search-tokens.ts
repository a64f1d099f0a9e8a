// A token is a run of anything that is not a separator. Combining marks (\p{M}) are not
// separators, so a decomposed "e" + U+0301 stays one token; symbols and emoji (\p{S}) are, so
// "$100" indexes as "100" and "Putin👍" as "putin".
const SEPARATOR = /[\p{Z}\p{P}\p{S}\p{Cc}]+/u;
const TOKEN = /[^\p{Z}\p{P}\p{S}\p{Cc}]+/gu;

/** Splits text into raw (not yet normalised) tokens; never returns empty strings. */
export function searchTokens(text: string): string[] {
  return text.split(SEPARATOR).filter((t) => t.length > 0);
}

/** Each token with its UTF-16 start offset in `text`, for mapping matches back to the original string. */
export function searchTokenSpans(
  text: string,
): Array<{ readonly token: string; readonly start: number }> {
  const spans: Array<{ token: string; start: number }> = [];
  for (const m of text.matchAll(TOKEN)) spans.push({ token: m[0], start: m.index });
  return spans;
}
