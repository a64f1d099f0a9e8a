import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticleSwitcher } from '../../../src/features/articles/ArticleSwitcher.tsx';
import { twoArticles } from '../../app/support/make-articles.ts';

describe('ArticleSwitcher', () => {
  it('should list all articles and each one with its date, byline and count', () => {
    render(<ArticleSwitcher articles={twoArticles()} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByRole('button', { name: /All articles\s*7 comments/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      screen.getByRole('button', {
        name: /Peace talks begin.*2017-05-03 · A. Reporter · 5 comments/,
      }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('should report the chosen article', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<ArticleSwitcher articles={twoArticles()} selected="peace-talks" onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: /Cease-fire agreed/ }));
    expect(onSelect).toHaveBeenCalledWith('cease-fire');
    await user.click(screen.getByRole('button', { name: /All articles/ }));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });
});
