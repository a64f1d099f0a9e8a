import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExplorerMain } from '../../src/app/ExplorerMain.tsx';
import { MACHINE_ONLY } from '../../src/core/stance/effective-stance.ts';
import { createViewDeriver } from '../../src/core/view/derive-view.ts';
import { EMPTY_VIEW, type ViewState } from '../../src/core/view/view-types.ts';
import type { SearchHits } from '../../src/core/search/search-hits.ts';
import { makeArticle } from '../core/support/sample-articles.ts';

const one = makeArticle('one', [{ id: 'a', stance: 'support' }]);
const two = makeArticle('two', [{ id: 'x', stance: 'oppose' }]);

function renderMain(view: ViewState, hitsPending: boolean, hits: SearchHits | null = null) {
  const derived = createViewDeriver()({
    articles: [one, two],
    urlView: view,
    hits,
    hitsPending,
    stance: MACHINE_ONLY,
    muted: new Set(),
    mutedWordHits: new Map(),
    collapsed: new Set(),
  });
  render(
    <ExplorerMain derived={derived} articles={[one, two]} navigate={() => {}}>
      <p>the comments</p>
    </ExplorerMain>,
  );
}

describe('ExplorerMain', () => {
  it('should say a search is on its way in Stats, not chart every comment', () => {
    renderMain({ ...EMPTY_VIEW, q: 'putin', mode: 'stats' }, true);
    expect(screen.getByText('Searching…')).toBeVisible();
    expect(screen.queryByText('Loading stats…')).toBeNull();
  });

  it('should say so in the comparison too', () => {
    renderMain({ ...EMPTY_VIEW, q: 'putin', compare: ['one', 'two'] }, true);
    expect(screen.getByText('Searching…')).toBeVisible();
  });

  it('should keep the comments readable while the answer is on its way', () => {
    renderMain({ ...EMPTY_VIEW, q: 'putin' }, true);
    expect(screen.getByText('the comments')).toBeVisible();
    expect(screen.queryByText('Searching…')).toBeNull();
    expect(screen.queryByText('No comments match this view.')).toBeNull();
  });

  it('should say that nothing matches, rather than leave the list blank', () => {
    renderMain({ ...EMPTY_VIEW, q: 'zzqxw' }, false, { at: new Map(), terms: [] });
    expect(screen.getByText('No comments match this view.')).toBeVisible();
    renderMain({ ...EMPTY_VIEW, stance: ['neutral'] }, false);
    expect(screen.getAllByText('No comments match this view.')).toHaveLength(2);
  });
});
