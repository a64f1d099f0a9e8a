import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../../src/core/view/view-types.ts';
import { ComparePanel } from '../../../src/features/compare/ComparePanel.tsx';
import { STATS_SLICE } from '../../../src/shared/stats/use-article-stats.ts';
import { bigArticle, makeArticle } from '../../core/support/sample-articles.ts';

const one = makeArticle(
  'one',
  [
    { id: 'a', author: 'Vincent', stance: 'oppose', body: 'Puppet puppet puppet.' },
    { id: 'b', parent: 'a', author: 'Mary', stance: 'support', body: 'Talks.' },
  ],
  'First title',
);
const two = makeArticle(
  'two',
  [{ id: 'x', author: 'Vincent', stance: 'support', body: 'Peace peace peace.' }],
  'Second title',
);
const stanceOf = (k: string) =>
  (k.startsWith('one/') ? one : two).byId.get(k.split('/')[1] ?? '')?.stance.label ?? 'neutral';

function setup(
  view: ViewState,
  matches = new Set(['one/a', 'one/b', 'two/x']),
  stanceHidden: ReadonlySet<string> = new Set(),
) {
  const navigate = vi.fn<(v: ViewState) => void>();
  render(
    <ComparePanel
      articles={[one, two]}
      view={view}
      matches={matches}
      stanceOf={stanceOf}
      stanceHidden={stanceHidden}
      navigate={navigate}
    />,
  );
  return { navigate };
}

describe('ComparePanel', () => {
  it('should name each side by its title and state its stance counts', async () => {
    setup({ ...EMPTY_VIEW, compare: ['one', 'two'] });
    const first = await screen.findByRole('region', { name: 'First title' }, { timeout: 20_000 });
    expect(first).toHaveTextContent('2 comments in view');
    expect(first).toHaveTextContent(/support 1.*oppose 1.*neutral 0/);
    expect(screen.getByRole('region', { name: 'Second title' })).toHaveTextContent(
      /support 1.*oppose 0.*neutral 0/,
    );
    expect(screen.getByRole('region', { name: 'Commenters in both' })).toHaveTextContent('Vincent');
    expect(screen.getByRole('table', { name: /stance/i })).toBeInTheDocument();
  });

  it('should say a hidden side’s stance is hidden, still state its counts, and measure no difference', async () => {
    setup({ ...EMPTY_VIEW, compare: ['one', 'two'] }, undefined, new Set(['two']));
    const first = await screen.findByRole('region', { name: 'First title' }, { timeout: 20_000 });
    expect(first).toHaveTextContent(/support 1.*oppose 1.*neutral 0/);
    expect(first).not.toHaveTextContent('Hidden');
    const second = screen.getByRole('region', { name: 'Second title' });
    // LINKS.md: each side states "support N", "oppose N", "neutral N", hidden or not.
    expect(second).toHaveTextContent(
      'Hidden for this discussion. Labels as read: support 1, oppose 0, neutral 0.',
    );
    expect(screen.getByRole('region', { name: 'What sets them apart' })).toHaveTextContent(
      'No stance difference',
    );
    expect(screen.queryByRole('table', { name: /stance/i })).toBeNull();
  });

  it('should count only the comments in view on both sides', async () => {
    setup({ ...EMPTY_VIEW, compare: ['one', 'two'], stance: ['oppose'] }, new Set(['one/a']));
    const first = await screen.findByRole('region', { name: 'First title' }, { timeout: 20_000 });
    expect(first).toHaveTextContent('1 comment in view');
    expect(screen.getByRole('region', { name: 'Second title' })).toHaveTextContent(
      '0 comments in view',
    );
  });

  it('should link a distinctive word to a search for it in its discussion, filters kept', async () => {
    const view: ViewState = { ...EMPTY_VIEW, compare: ['one', 'two'], loc: 'Vermont' };
    const { navigate } = setup(view);
    const table = await screen.findByRole(
      'table',
      { name: /^Most distinctive of Second title/ },
      { timeout: 20_000 },
    );
    await userEvent.click(within(table).getByRole('link', { name: 'peace' }));
    expect(navigate).toHaveBeenCalledWith({
      ...view,
      article: 'two',
      q: 'peace',
      compare: null,
    });
  });

  it('should leave the comparison with “Stop comparing”', async () => {
    const view: ViewState = { ...EMPTY_VIEW, compare: ['one', 'two'] };
    const { navigate } = setup(view);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Stop comparing' }, { timeout: 20_000 }),
    );
    expect(navigate).toHaveBeenCalledWith({ ...view, compare: null });
  });

  it('should show a big comparison’s figures at once and its words once they are counted', async () => {
    // 6,000 comments in all: more than the page counts in one task.
    const big = (slug: string, title: string, word: string) =>
      makeArticle(
        slug,
        Array.from({ length: 3_000 }, (_, i) => ({
          id: `c${i}`,
          author: `P${i % 40}`,
          stance: 'neutral' as const,
          body: i % 5 === 0 ? `${word} ${word}.` : 'Rain again.',
        })),
        title,
      );
    const a = big('big-a', 'Big A', 'sanctions');
    const b = big('big-b', 'Big B', 'summit');
    render(
      <ComparePanel
        articles={[a, b]}
        view={{ ...EMPTY_VIEW, compare: ['big-a', 'big-b'] }}
        matches={null}
        stanceOf={() => 'neutral'}
        stanceHidden={new Set()}
        navigate={vi.fn()}
      />,
    );
    const first = await screen.findByRole('region', { name: 'Big A' }, { timeout: 20_000 });
    expect(first).toHaveTextContent('3000 comments in view');
    const apart = screen.getByRole('region', { name: 'What sets them apart' });
    expect(apart).toHaveTextContent('Counting the words of 6000 comments…');
    expect(screen.getByRole('button', { name: 'Counting words…' })).toBeDisabled();
    const words = await screen.findByRole('table', { name: /^Most distinctive of Big A/ });
    expect(within(words).getAllByRole('link')[0]).toHaveTextContent('sanctions');
    expect(screen.getByRole('button', { name: 'Export words (CSV)' })).toBeEnabled();
    expect(apart).not.toHaveTextContent('Counting the words');
  });

  it('should say it is counting a big side, then show both sides’ figures, and keep them up while it counts again', async () => {
    const big = bigArticle('big', STATS_SLICE + 1, 'oppose', 'Big title');
    const panel = (bigLabel: 'oppose' | 'support') => (
      <ComparePanel
        articles={[big, two]}
        view={{ ...EMPTY_VIEW, compare: ['big', 'two'] }}
        matches={null}
        stanceOf={(k) => (k.startsWith('big/') ? bigLabel : 'support')}
        stanceHidden={new Set()}
        navigate={() => undefined}
      />
    );
    const { rerender } = render(panel('oppose'));
    expect(await screen.findByText('Counting comments…', {}, { timeout: 20_000 })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Big title' })).toBeNull();
    const first = await screen.findByRole('region', { name: 'Big title' });
    expect(first).toHaveTextContent(`${STATS_SLICE + 1} comments in view`);
    expect(first).toHaveTextContent(new RegExp(`support 0.*oppose ${STATS_SLICE + 1}.*neutral 0`));
    expect(screen.queryByText('Counting comments…')).toBeNull();

    // The reader's labels change: the old figures stay, dimmed, until the new count is done.
    rerender(panel('support'));
    expect(screen.getByText('Counting comments…')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Big title' })).toHaveTextContent(
      new RegExp(`oppose ${STATS_SLICE + 1}`),
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Big title' })).toHaveTextContent(
        new RegExp(`support ${STATS_SLICE + 1}.*oppose 0`),
      ),
    );
    expect(screen.queryByText('Counting comments…')).toBeNull();
  });
});
