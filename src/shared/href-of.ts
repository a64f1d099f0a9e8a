import { buildViewUrl } from '../core/view/view-url.ts';
import type { ViewState } from '../core/view/view-types.ts';

/** The page's own address for a view: every link, history entry and copied link is built here. */
export function hrefOf(view: ViewState, base = window.location.pathname): string {
  return base + buildViewUrl(view);
}
