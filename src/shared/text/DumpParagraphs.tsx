import { useMemo, type ReactNode } from 'react';
import { paragraphDirection } from '../../core/text/paragraph-direction.ts';

const asText = (p: string): ReactNode => p;

/**
 * Text from a dump as paragraphs, split on blank lines (a single break stays inside one, under
 * whitespace-pre-line). Each reads in the direction of most of its letters: an English reply that
 * opens with a Hebrew name stays left to right. A `dir` also makes each its own isolated run, so an
 * override inside one stops at its end. Split and read once per text: a row renders again on every
 * keystroke of a search.
 */
export function DumpParagraphs({
  text,
  render = asText,
}: {
  text: string;
  render?: (paragraph: string) => ReactNode;
}) {
  const paragraphs = useMemo(
    () =>
      text
        .split(/\n[ \t]*\n+/)
        .filter((p) => p.trim() !== '')
        .map((p) => [p, paragraphDirection(p)] as const),
    [text],
  );
  return paragraphs.map(([p, dir], i) => (
    <p key={i} dir={dir}>
      {render(p)}
    </p>
  ));
}
