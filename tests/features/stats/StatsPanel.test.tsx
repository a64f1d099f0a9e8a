import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../../src/core/view/view-types.ts';
import { STATS_VIEW } from '../../../src/features/stats/StatsPanel.tsx';
import { makeArticle } from '../../core/support/sample-articles.ts';

const one = makeArticle('one', [
  { id: 'a', stance: 'support' },
  { id: 'b', parent: 'a', stance: 'oppose' },
]);
const two = makeArticle('two', [{ id: 'x', stance: 'support' }]);

function setup(view: ViewState) {
  const navigate = vi.fn<(v: ViewState) => void>();
  const showComments = vi.fn<() => void>();
  render(
    <>
      {STATS_VIEW.render({
        articles: [one, two],
        view,
        matches: new Set(),
        stanceOf: (k) => (k === 'one/b' ? 'oppose' : 'support'),
        navigate,
        showComments,
      })}
    </>,
  );
  return { navigate, showComments };
}

describe('STATS_VIEW', () => {
  it('should start on the article in view and show its filtered comments when a bar is clicked', async () => {
    const { navigate, showComments } = setup({ ...EMPTY_VIEW, article: 'one', q: 'x' });
    expect(
      await screen.findByRole('heading', { name: 'Stats: one' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'oppose 1 comment: 1 oppose' }));
    expect(navigate).toHaveBeenCalledWith({ ...EMPTY_VIEW, article: 'one', stance: ['oppose'] });
    expect(showComments).toHaveBeenCalled();
  }, 30_000);

  it('should start across all articles when the view names none, with real links for each bar', async () => {
    setup(EMPTY_VIEW);
    expect(
      await screen.findByRole('heading', { name: 'Stats: all articles' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 comments')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'support 2 comments: 2 support' })).toHaveAttribute(
      'href',
      '/?stance=support',
    );
  }, 30_000);
});
