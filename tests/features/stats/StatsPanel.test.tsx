import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../../src/core/view/view-types.ts';
import { StatsPanel } from '../../../src/features/stats/StatsPanel.tsx';
import { makeArticle } from '../../core/support/sample-articles.ts';

const one = makeArticle('one', [
  { id: 'a', stance: 'support' },
  { id: 'b', parent: 'a', stance: 'oppose' },
]);
const two = makeArticle('two', [{ id: 'x', stance: 'support' }]);

function setup(view: ViewState, matches: ReadonlySet<string> | null = null) {
  const navigate = vi.fn<(v: ViewState) => void>();
  const scope =
    view.article === null ? [one, two] : [one, two].filter((a) => a.slug === view.article);
  render(
    <StatsPanel
      articles={scope}
      all={[one, two]}
      view={view}
      matches={matches}
      stanceOf={(k) => (k === 'one/b' ? 'oppose' : 'support')}
      navigate={navigate}
    />,
  );
  return { navigate };
}

describe('StatsPanel', () => {
  it('should show the article in view and its comments narrowed by a clicked bar, filters kept', async () => {
    const { navigate } = setup({ ...EMPTY_VIEW, article: 'one', q: 'x', mode: 'stats' });
    expect(
      await screen.findByRole('heading', { name: 'Stats: one' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'oppose 1 comment: 1 oppose' }));
    expect(navigate).toHaveBeenCalledWith({
      ...EMPTY_VIEW,
      article: 'one',
      q: 'x',
      stance: ['oppose'],
      mode: 'comments',
    });
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

  it('should count only the comments the view’s search and filters keep', async () => {
    setup(EMPTY_VIEW, new Set(['one/a', 'two/x']));
    expect(
      await screen.findByRole('heading', { name: 'Stats: all articles' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    // Two support comments are kept; the oppose reply one/b is not in view.
    expect(screen.getByRole('link', { name: /^support 2 comments/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^oppose 1 comment/ })).toBeNull();
  }, 30_000);

  it('should change the article through the view, so the sidebar and status agree', async () => {
    const { navigate } = setup({ ...EMPTY_VIEW, mode: 'stats' });
    const menu = await screen.findByLabelText('Show', {}, { timeout: 20_000 });
    await userEvent.selectOptions(menu, 'two');
    expect(navigate).toHaveBeenCalledWith({ ...EMPTY_VIEW, mode: 'stats', article: 'two' });
  }, 30_000);
});
