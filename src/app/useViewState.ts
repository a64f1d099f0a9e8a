import { useCallback, useEffect, useState } from 'react';
import { parseViewUrl } from '../core/view/view-url.ts';
import type { ViewNotice, ViewState } from '../core/view/view-types.ts';
import { hrefOf } from '../shared/href-of.ts';
import { readAnchor, type Anchor } from '../shared/scroll-anchor.ts';

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  readonly replace?: boolean;
}

/** How the page arrived at its view: where it lands depends on it (LINKS.md, landing rules). */
export interface Arrival {
  readonly kind: 'load' | 'push' | 'replace' | 'pop';
  /** Counts arrivals, so two arrivals at the same view still land. */
  readonly seq: number;
  /** The reader's place in this history entry, when they had one (Back, Forward, reload). */
  readonly anchor: Anchor | null;
}

export interface ViewStore {
  readonly view: ViewState;
  /** What the URL held that was ignored; empty after the reader navigates. */
  readonly notices: readonly ViewNotice[];
  readonly arrival: Arrival;
  navigate(next: ViewState, opts?: NavigateOptions): void;
}

interface StoreState {
  readonly view: ViewState;
  readonly notices: readonly ViewNotice[];
  readonly arrival: Arrival;
}

function readLocation(kind: Arrival['kind'], seq: number): StoreState {
  const { view, notices } = parseViewUrl(window.location.search);
  return { view, notices, arrival: { kind, seq, anchor: readAnchor() } };
}

/**
 * The view lives in the URL (LINKS.md): every change is a history entry, so Back and Forward move
 * between views, and popstate re-reads the URL together with the place the reader had there.
 */
export function useViewState(): ViewStore {
  const [state, setState] = useState(() => readLocation('load', 0));

  useEffect(() => {
    // The page restores places itself, by comment rather than by pixel: heights are estimates.
    window.history.scrollRestoration = 'manual';
    const onPop = () => setState((s) => readLocation('pop', s.arrival.seq + 1));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: ViewState, opts: NavigateOptions = {}) => {
    const url = hrefOf(next);
    const same = url === window.location.pathname + window.location.search;
    const replace = opts.replace === true || same;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setState((s) => ({
      view: next,
      notices: [],
      arrival: { kind: replace ? 'replace' : 'push', seq: s.arrival.seq + 1, anchor: null },
    }));
  }, []);

  return { view: state.view, notices: state.notices, arrival: state.arrival, navigate };
}
