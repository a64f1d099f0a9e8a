import { useCallback, useEffect, useState } from 'react';
import { buildViewUrl, parseViewUrl } from '../core/view/view-url.ts';
import type { ViewNotice, ViewState } from '../core/view/view-types.ts';

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  readonly replace?: boolean;
}

export interface ViewStore {
  readonly view: ViewState;
  /** What the URL held that was ignored; empty after the reader navigates. */
  readonly notices: readonly ViewNotice[];
  navigate(next: ViewState, opts?: NavigateOptions): void;
}

function readLocation(): { view: ViewState; notices: ViewNotice[] } {
  return parseViewUrl(window.location.search);
}

/**
 * The view lives in the URL (LINKS.md): every change is a history entry, so back/forward move
 * between views, and popstate re-reads the URL.
 */
export function useViewState(): ViewStore {
  const [state, setState] = useState(readLocation);

  useEffect(() => {
    const onPop = () => setState(readLocation());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: ViewState, opts: NavigateOptions = {}) => {
    const url = window.location.pathname + buildViewUrl(next);
    const same = url === window.location.pathname + window.location.search;
    if (opts.replace === true || same) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setState({ view: next, notices: [] });
  }, []);

  return { view: state.view, notices: state.notices, navigate };
}
