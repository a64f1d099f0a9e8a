import { lazy, Suspense, type ReactNode } from 'react';
import { mayHaveLink } from '../../core/text/may-have-link.ts';

// The link finder loads with the first text that may hold an address, not with the first view.
const LinkedText = lazy(() => import('./LinkedText.tsx').then((m) => ({ default: m.LinkedText })));

const asText = (piece: string): ReactNode => piece;

/** `text` drawn by `render`, with its web addresses as links once the link finder is there. */
export function MaybeLinked({
  text,
  render = asText,
}: {
  text: string;
  render?: (piece: string) => ReactNode;
}) {
  return mayHaveLink(text) ? (
    <Suspense fallback={render(text)}>
      <LinkedText text={text} render={render} />
    </Suspense>
  ) : (
    render(text)
  );
}
