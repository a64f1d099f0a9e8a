import { useCallback, useState } from 'react';
import type { ViewNotice } from '../../core/view/view-types.ts';

const id = (n: ViewNotice) => `${n.param}:${n.message}`;

/** The notices of every source in one list, each dismissable for the rest of the visit. */
export function useNotices(sources: ReadonlyArray<readonly ViewNotice[]>) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = sources.flat().filter((n) => !dismissed.has(id(n)));
  const dismiss = useCallback((n: ViewNotice) => setDismissed((d) => new Set(d).add(id(n))), []);
  return { notices, dismiss };
}
