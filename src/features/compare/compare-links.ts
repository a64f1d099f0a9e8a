import type { ViewState } from '../../core/view/view-types.ts';

/**
 * Where a distinctive word leads: a search for it in that discussion, keeping the filters the
 * comparison was made with, so the comments found are the ones the word was counted in.
 */
export function wordSearchView(view: ViewState, slug: string, word: string): ViewState {
  return {
    ...view,
    article: slug,
    q: word,
    thread: null,
    comment: null,
    mode: 'comments',
    compare: null,
  };
}

/** The view that compares `a` with `b`: both whole articles, every other filter kept. */
export function compareView(view: ViewState, a: string, b: string): ViewState {
  return { ...view, article: null, thread: null, comment: null, compare: [a, b] };
}
