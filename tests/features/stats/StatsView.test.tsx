import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../../src/core/view/view-types.ts';
import { StatsView } from '../../../src/features/stats/StatsView.tsx';
import { STATS_SLICE } from '../../../src/shared/stats/use-article-stats.ts';
import { bigArticle, makeArticle } from '../../core/support/sample-articles.ts';

const vt = { raw: 'Vt.', region: 'Vermont', country: 'United States' };
const one = makeArticle(
  'one',
  [
    { id: 'a', author: 'Vincent', place: vt, stance: 'oppose', body: 'Top comment with replies' },
    {
      id: 'b',
      parent: 'a',
      author: 'Mary',
      place: { raw: 'Berlin', country: 'Germany' },
      stance: 'support',
    },
    { id: 'c', parent: 'a', author: 'Vincent', place: vt, stance: 'oppose' },
  ],
  'One article',
);
const two = makeArticle('two', [{ id: 'x', author: 'Zed', stance: 'support' }], 'Two article');

function setup(scope: string | null = null, stanceHidden = false) {
  const onPick = vi.fn<(v: ViewState) => void>();
  const onScope = vi.fn<(s: string | null) => void>();
  render(
    <StatsView
      articles={scope === null ? [one, two] : [one, two].filter((a) => a.slug === scope)}
      all={[one, two]}
      matches={null}
      base={{ ...EMPTY_VIEW, article: scope }}
      stanceOf={(k) =>
        k.startsWith('one/') ? (one.byId.get(k.slice(4))?.stance.label ?? 'neutral') : 'support'
      }
      scope={scope}
      onScope={onScope}
      hrefOf={(v) => `?stance=${v.stance.join(',')}&loc=${v.loc ?? ''}`}
      onPick={onPick}
      stanceHidden={stanceHidden}
    />,
  );
  return { onPick, onScope };
}

describe('StatsView', () => {
  it('should show the stance mix across articles as links that set the stance filter', async () => {
    const { onPick } = setup();
    const chart = screen.getByRole('region', { name: 'Stance mix' });
    const support = within(chart).getByRole('link', { name: 'support 2 comments: 2 support' });
    expect(screen.getByRole('list', { name: 'Colours' })).toHaveTextContent('support');
    expect(within(chart).getByRole('link', { name: /^oppose 2 comments/ })).toBeInTheDocument();
    await userEvent.click(support);
    expect(onPick).toHaveBeenCalledWith(
      expect.objectContaining({ stance: ['support'], article: null }),
    );
  });

  it('should show no stance mix when the stance of the articles in scope is hidden', () => {
    setup('two', true);
    const chart = screen.getByRole('region', { name: 'Stance mix' });
    expect(chart).toHaveTextContent('Hidden for this discussion.');
    expect(within(chart).queryAllByRole('link')).toEqual([]);
    // No legend for colours that stand for no stance here.
    expect(screen.queryByRole('list', { name: 'Colours' })).toBeNull();
  });

  it('should colour the map and bars of a hidden discussion by count, not by stance', async () => {
    setup('one', true);
    const map = await screen.findByRole(
      'group',
      { name: /Map of the United States/ },
      { timeout: 25_000 },
    );
    const vermont = map.querySelector('a[data-state="Vermont"]');
    expect(vermont).toHaveAttribute('aria-label', 'Vermont: 2 comments');
    expect(vermont?.querySelector('path')?.getAttribute('class')).not.toMatch(/#d55e00|#e69f00/);
    const legend = map.closest('figure');
    expect(legend).toHaveTextContent('comments');
    expect(legend).not.toHaveTextContent(/oppose|support/);
    expect(screen.getByRole('link', { name: /^Vincent 2 comments$/ })).toBeInTheDocument();
  }, 30_000);

  it('should scope the stats to one article and keep picks inside it', async () => {
    const { onPick, onScope } = setup('one');
    expect(screen.getByRole('heading', { name: 'Stats: One article' })).toBeInTheDocument();
    expect(screen.getByText('3 comments')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: /^Vincent 2 comments/ }));
    expect(onPick).toHaveBeenCalledWith(
      expect.objectContaining({ author: 'Vincent', article: 'one' }),
    );
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'All articles');
    expect(onScope).toHaveBeenCalledWith(null);
  });

  it('should draw the US map when it loads and set the place filter from a state', async () => {
    const { onPick } = setup('one');
    const map = await screen.findByRole(
      'group',
      { name: /Map of the United States/ },
      { timeout: 25_000 },
    );
    const vermont = map.querySelector('a[data-state="Vermont"]');
    expect(vermont).not.toBeNull();
    expect(vermont).toHaveAttribute('aria-label', 'Vermont: 2 comments: 2 oppose');
    expect(map.querySelectorAll('path').length).toBeGreaterThan(48);
    await userEvent.click(vermont?.querySelector('path') as Element);
    expect(onPick).toHaveBeenCalledWith(
      expect.objectContaining({ loc: 'Vermont', article: 'one' }),
    );
  }, 30_000);

  it('should list states and other countries in text beside the map', () => {
    setup('one');
    const states = screen.getByRole('region', { name: 'US states' });
    expect(
      within(states).getByRole('link', { name: 'Vermont 2 comments: 2 oppose' }),
    ).toBeInTheDocument();
    const countries = screen.getByRole('region', { name: 'Other countries' });
    expect(
      within(countries).getByRole('link', { name: 'Germany 1 comment: 1 support' }),
    ).toBeInTheDocument();
  });

  it('should list the most replied-to comments and link each to its place in the thread', async () => {
    const { onPick } = setup('one');
    const list = screen.getByRole('region', { name: 'Most replied-to comments' });
    const link = within(list).getByRole('link', {
      name: 'Vincent: Top comment with replies 2 direct replies',
    });
    await userEvent.click(link);
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ article: 'one', comment: 'a' }));
  });

  it('should give depth and thread-size distributions as text', () => {
    setup('one');
    const depth = screen.getByRole('region', { name: /reply depth/ });
    expect(within(depth).getByRole('link', { name: 'depth 0 1 comment' })).toBeInTheDocument();
    expect(within(depth).getByRole('link', { name: 'depth 1 2 comments' })).toBeInTheDocument();
    const sizes = screen.getByRole('region', { name: /Threads by size/ });
    expect(within(sizes).getByRole('link', { name: '3–5 comments 1 thread' })).toBeInTheDocument();
  });

  it('should write counts with the right plural, the header and a one-comment thread alike', () => {
    setup('two');
    expect(screen.getByText('1 comment', { selector: 'p' })).toBeInTheDocument();
    const sizes = screen.getByRole('region', { name: /Threads by size/ });
    expect(within(sizes).getByRole('link', { name: '1 comment 1 thread' })).toBeInTheDocument();
    expect(screen.queryByText(/\b1 comments\b/u)).toBeNull();
  });

  it('should leave out thread-size classes no thread falls in', () => {
    setup('one');
    const sizes = screen.getByRole('region', { name: /Threads by size/ });
    expect(within(sizes).getAllByRole('listitem')).toHaveLength(1);
  });

  it('should say there is no map, not draw an empty one, when nobody gave a US state', () => {
    setup('two');
    expect(screen.getByText(/No commenter here gave a US state/u)).toBeVisible();
    expect(screen.queryByRole('group', { name: /Map of the United States/ })).toBeNull();
  });

  it('should show ten places, then all of them on request', async () => {
    const states = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      place: {
        raw: `S${i}`,
        region: `State ${String(i).padStart(2, '0')}`,
        country: 'United States',
      },
    }));
    render(
      <StatsView
        articles={[makeArticle('many', states, 'Many')]}
        all={[]}
        matches={null}
        base={EMPTY_VIEW}
        stanceOf={() => 'neutral'}
        scope="many"
        onScope={() => {}}
        hrefOf={() => '?'}
        onPick={() => {}}
      />,
    );
    const list = screen.getByRole('region', { name: 'US states' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    await userEvent.click(within(list).getByRole('button', { name: 'Show all 12 in US states' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
  });

  it('should say it is counting a big discussion, then show its figures', async () => {
    const big = bigArticle('big', STATS_SLICE + 1, 'support', 'Big article');
    render(
      <StatsView
        articles={[big]}
        all={[big]}
        matches={null}
        base={EMPTY_VIEW}
        stanceOf={() => 'support'}
        scope={null}
        onScope={() => undefined}
        hrefOf={() => '?'}
        onPick={() => undefined}
      />,
    );
    expect(screen.getByText('Counting comments…')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Stance mix' })).toBeNull();
    expect(await screen.findByText(`${STATS_SLICE + 1} comments`)).toBeInTheDocument();
    const chart = screen.getByRole('region', { name: 'Stance mix' });
    expect(
      within(chart).getByRole('link', { name: new RegExp(`^support ${STATS_SLICE + 1} comments`) }),
    ).toBeVisible();
  });
});
