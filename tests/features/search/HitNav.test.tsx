import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HitNav } from '../../../src/features/search/HitNav.tsx';
import { makeArticle } from '../../app/support/make-articles.ts';

const a = makeArticle('a', 'Article A', [{ id: 'x' }, { id: 'y' }, { id: 'z' }]);
const b = makeArticle('b', 'Article B', [{ id: 'w' }]);
const articles = new Map([
  ['a', a],
  ['b', b],
]);

describe('HitNav', () => {
  it('should say which hit is current, move with the buttons, and count the hits per article', async () => {
    const user = userEvent.setup();
    const onNext = vi.fn();
    const onPrev = vi.fn();
    render(
      <HitNav
        position={2}
        hitKeys={['a/x', 'a/z', 'b/w']}
        articles={articles}
        onNext={onNext}
        onPrev={onPrev}
      />,
    );
    expect(screen.getByText('Hit 3 of 3')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next hit' }));
    await user.click(screen.getByRole('button', { name: 'Previous hit' }));
    expect(onNext).toHaveBeenCalledOnce();
    expect(onPrev).toHaveBeenCalledOnce();
    expect(screen.getByRole('list', { name: 'Hits per article' })).toHaveTextContent(
      '2 in Article A1 in Article B',
    );
  });

  it('should say there are no matches and disable the buttons', () => {
    render(
      <HitNav position={null} hitKeys={[]} articles={articles} onNext={vi.fn()} onPrev={vi.fn()} />,
    );
    expect(screen.getByText('No matching comments')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next hit' })).toBeDisabled();
  });

  it('should say it is searching, not that nothing matches, before the first answer', () => {
    render(
      <HitNav
        position={null}
        hitKeys={[]}
        articles={articles}
        onNext={vi.fn()}
        onPrev={vi.fn()}
        searching
      />,
    );
    expect(screen.getByText('Searching…')).toBeVisible();
    expect(screen.queryByText('No matching comments')).toBeNull();
    expect(screen.getByRole('button', { name: 'Previous hit' })).toBeDisabled();
  });
});
