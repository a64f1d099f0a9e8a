import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../../src/features/articles/ArticleHeader.tsx';
import { twoArticles } from '../../app/support/make-articles.ts';

describe('ArticleHeader', () => {
  it('should show title, date, byline and how many comments are in view', () => {
    const [article] = twoArticles();
    if (article === undefined) throw new Error('fixture');
    render(<ArticleHeader article={article} count={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Peace talks begin' })).toBeVisible();
    expect(screen.getByText(/2017-05-03 · A. Reporter · 2 of 5 comments in view/)).toBeVisible();
  });

  it('should keep the article text folded until asked', async () => {
    const user = userEvent.setup();
    const [article] = twoArticles();
    if (article === undefined) throw new Error('fixture');
    render(<ArticleHeader article={article} count={5} />);
    expect(screen.getByText('Second paragraph.')).not.toBeVisible();
    await user.click(screen.getByText('Article text'));
    expect(screen.getByText('Second paragraph.')).toBeVisible();
  });

  it('should make a web address in the article text a link', async () => {
    const user = userEvent.setup();
    const [base] = twoArticles();
    if (base === undefined) throw new Error('fixture');
    const body = 'Jason Ditz is news editor of https://www.antiwar.com.';
    const article = { ...base, doc: { ...base.doc, article: { ...base.doc.article, body } } };
    render(<ArticleHeader article={article} count={5} />);
    await user.click(screen.getByText('Article text'));
    const link = await screen.findByRole('link', { name: 'https://www.antiwar.com' });
    expect(link.getAttribute('href')).toBe('https://www.antiwar.com');
  });
});
