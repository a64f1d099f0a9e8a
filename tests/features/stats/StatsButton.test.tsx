import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ViewState } from '../../../src/core/view-types.ts';
import { StatsButton } from '../../../src/features/stats/StatsButton.tsx';
import { makeArticle } from '../../core/support/sample-articles.ts';

const one = makeArticle('one', [
  { id: 'a', stance: 'support' },
  { id: 'b', parent: 'a', stance: 'oppose' },
]);
const two = makeArticle('two', [{ id: 'x', stance: 'support' }]);

function setup(article: string | null) {
  const navigate = vi.fn<(v: ViewState) => void>();
  render(
    <StatsButton
      articles={[one, two]}
      stanceOf={(k) => (k.startsWith('one/') ? (one.byId.get(k.slice(4))?.stance.label ?? 'neutral') : 'support')}
      article={article}
      navigate={navigate}
    />,
  );
  return navigate;
}

describe('StatsButton', () => {
  it('should open the stats of the article in view and go to the filtered threads from a bar', async () => {
    const navigate = setup('one');
    await userEvent.click(screen.getByRole('button', { name: 'Stats' }));
    const dialog = screen.getByRole('dialog', { name: 'Stats' });
    expect(await within(dialog).findByRole('heading', { name: 'Stats: one' }, { timeout: 20_000 })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('link', { name: 'oppose: 1 comment: 1 oppose' }));
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ article: 'one', stance: ['oppose'] }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, 30_000);

  it('should start across all articles when none is in view, and close on Escape with focus back', async () => {
    setup(null);
    const button = screen.getByRole('button', { name: 'Stats' });
    await userEvent.click(button);
    expect(await screen.findByRole('heading', { name: 'Stats: all articles' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByText('3 comments')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  }, 30_000);
});
