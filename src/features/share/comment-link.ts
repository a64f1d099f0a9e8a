import { hrefOf } from '../../shared/href-of.ts';
import type { ViewState } from '../../core/view/view-types.ts';

/**
 * The absolute link to a comment in the current view: the same article, filters, search and sort,
 * with `comment=` naming it, so the receiver sees what the sender saw.
 */
export function commentLink(base: string, view: ViewState, id: string): string {
  return hrefOf({ ...view, comment: id }, base);
}
