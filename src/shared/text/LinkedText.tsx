import { Fragment, useMemo, type ReactNode } from 'react';
import { findLinks } from '../../core/text/find-links.ts';

/**
 * `text` with its web addresses as links, each piece drawn by `render` (the search's marks). A
 * link opens in a new tab, with no referrer and no window.opener, and is marked as user content
 * (`nofollow ugc`): the page vouches for nothing a commenter linked to. An address reads left to
 * right, scheme first, whatever its paragraph; `dir` also isolates it, so the right-to-left letters
 * of an address (a Hebrew domain) cannot reorder the words around it.
 */
export function LinkedText({
  text,
  render,
}: {
  text: string;
  render: (piece: string) => ReactNode;
}) {
  const links = useMemo(() => findLinks(text), [text]);
  const out: ReactNode[] = [];
  let at = 0;
  for (const { start, end, href } of links) {
    if (start > at) out.push(<Fragment key={`t${at}`}>{render(text.slice(at, start))}</Fragment>);
    out.push(
      <a
        key={`a${start}`}
        href={href}
        dir="ltr"
        target="_blank"
        rel="noopener noreferrer nofollow ugc"
        className="text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
      >
        {render(text.slice(start, end))}
      </a>,
    );
    at = end;
  }
  if (at < text.length) out.push(<Fragment key={`t${at}`}>{render(text.slice(at))}</Fragment>);
  return out;
}
