import { startTransition, useEffect, useReducer, useState } from 'react';
import { articleWarm, warmArticle } from '../core/view/warm-article.ts';
import type { ArticlesState } from '../features/data/index.ts';

/**
 * The articles once their filter columns, parents, page order and keys are built: until then, the
 * last state whose were (the page shows new articles a few tasks later). Each piece is built in a
 * task of its own, so at 50,000 comments that work does not lengthen the task that derives the
 * first view.
 */
export function useWarmArticles(state: ArticlesState): ArticlesState {
  const [warmed, bump] = useReducer((n: number) => n + 1, 0);
  const [lastWarm, setLastWarm] = useState(state);
  const cold = state.articles.find((a) => !articleWarm(a));
  // Remembered during render (React's pattern for a value kept from an earlier render).
  if (cold === undefined && lastWarm !== state) setLastWarm(state);
  useEffect(() => {
    if (cold === undefined) return undefined;
    // A timer per piece, and a render only once the article is warm: a render per piece would
    // redraw the page for nothing after each of a 50,000-comment dump's seven pieces.
    let timer = setTimeout(function step() {
      warmArticle(cold);
      // The render that shows the warmed articles is the page's biggest: as a transition React
      // splits it into short tasks; a plain update from a timer is rendered in one.
      if (articleWarm(cold)) startTransition(bump);
      else timer = setTimeout(step, 0);
    }, 0);
    return () => clearTimeout(timer);
  }, [cold, warmed]);
  return cold === undefined ? state : lastWarm;
}
