/**
 * The first `chars` characters of a text on one line, with "…" when anything is left out. Only
 * the head is cleaned up (4 × `chars` code units): a 50k-comment section must not copy every body
 * to show five. Cut by code point, so an emoji is never split into a lone surrogate.
 */
export function excerpt(body: string, chars: number): string {
  const head = body
    .slice(0, chars * 4)
    .replace(/\s+/gu, ' ')
    .trim();
  const points = Array.from(head);
  // Not by comparing lengths: collapsing "\n\n" to " " shortens a text that lost nothing.
  const cut = points.length > chars || /\S/u.test(body.slice(chars * 4));
  return cut ? `${points.slice(0, chars).join('')}…` : head;
}
