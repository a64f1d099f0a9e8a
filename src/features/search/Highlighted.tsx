import { useMemo, type ReactNode } from 'react';
import { highlighter } from './highlighter.ts';

/** `text` with every occurrence of the search `terms` wrapped in `<mark>`. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = useMemo(() => {
    // Terms come with a search's answer, by which time the highlighter is loaded (use-search).
    const ranges = highlighter();
    if (terms.length === 0 || ranges === null) return [text];
    const out: ReactNode[] = [];
    let at = 0;
    for (const [start, end] of ranges(text, terms)) {
      if (start > at) out.push(text.slice(at, start));
      out.push(
        <mark
          key={start}
          className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-300/90 dark:text-slate-950"
        >
          {text.slice(start, end)}
        </mark>,
      );
      at = end;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }, [text, terms]);
  return <>{parts}</>;
}
