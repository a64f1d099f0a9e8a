import { useMemo, type ReactNode } from 'react';
import { highlightRanges } from '../../core/search/highlight-ranges.ts';

/** `text` with every occurrence of the search `terms` wrapped in `<mark>`. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = useMemo(() => {
    if (terms.length === 0) return [text];
    const out: ReactNode[] = [];
    let at = 0;
    for (const [start, end] of highlightRanges(text, terms)) {
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
