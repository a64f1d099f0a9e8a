import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { naiveSearch, renderExplorer } from './support/render-explorer.tsx';
import { twoArticles } from './support/make-articles.ts';
import { loadHighlighter } from '../../src/features/search/index.ts';

describe('ExplorerView', () => {
  // Search terms are marked once the marking has loaded, which a real search answer waits for.
  beforeAll(loadHighlighter);

  it('should say how many comments are in view in the first status element', () => {
    renderExplorer(twoArticles());
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('7 of 7 comments');
  });

  it('should render every comment as an article named by its author or Anonymous', () => {
    renderExplorer(twoArticles());
    expect(document.getElementById('c-a1')).toHaveAccessibleName(/^Vincent/);
    expect(document.getElementById('c-a4')).toHaveAccessibleName(/^Anonymous/);
    expect(document.querySelectorAll('article[id^="c-"]')).toHaveLength(7);
  });

  it('should nest replies in lists under their parent', () => {
    renderExplorer(twoArticles());
    const reply = document.getElementById('c-a3');
    const lists = [];
    for (let el = reply?.parentElement; el; el = el.parentElement)
      if (el.tagName === 'UL') lists.push(el);
    // a3 replies to a2 which replies to a1: three list levels.
    expect(lists).toHaveLength(3);
  });

  it('should show a loading status and skeleton while the articles load', () => {
    renderExplorer(null);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/Loading/);
    expect(document.querySelectorAll('article')).toHaveLength(0);
  });

  it('should fold a comment and its replies to one line that says what it hides', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    const a1 = document.getElementById('c-a1') as HTMLElement;
    const toggle = within(a1).getByRole('button', { expanded: true });
    await user.click(toggle);
    expect(document.getElementById('c-a2')).toBeNull();
    const folded = document.getElementById('c-a1') as HTMLElement;
    expect(within(folded).getByRole('button', { expanded: false })).toBeInTheDocument();
    // The folded line says what it hides: "1 reply · 2 in thread"; the body is folded too.
    expect(within(folded).getByTestId('folded-summary')).toHaveTextContent(
      /^1 reply · 2 in thread$/,
    );
    expect(within(folded).queryByText('Talking beats war.')).toBeNull();
  });

  it('should collapse and expand every thread at once', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(document.querySelectorAll('article[id^="c-"]')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(document.querySelectorAll('article[id^="c-"]')).toHaveLength(7);
  });

  it('should keep a confident inferred reply quiet: no chip on its header line', () => {
    renderExplorer(twoArticles());
    // 80% sure: the reason is in the stance popover (StanceBadge tests), not on the comment.
    expect(
      within(document.getElementById('c-a2') as HTMLElement).queryByText(/inferred|guessed/),
    ).toBeNull();
    expect(
      within(document.getElementById('c-a3') as HTMLElement).queryByText(/inferred/),
    ).toBeNull();
  });

  it('should filter by stance and update the status line and the URL', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.click(screen.getByRole('checkbox', { name: /oppose/i }));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('3 of 7 comments');
    expect(window.location.search).toBe('?stance=oppose');
  });

  it('should filter by a place from the facet list', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.click(screen.getByRole('button', { name: /^United States/ }));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('2 of 7 comments');
    // The country opens to its regions.
    await user.click(screen.getByRole('button', { name: /^California/ }));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('1 of 7 comments');
    expect(window.location.search).toBe('?loc=California');
  });

  it('should show all of one person’s comments when their name is clicked', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.click(
      within(document.getElementById('c-a1') as HTMLElement).getByRole('button', {
        name: 'Vincent',
      }),
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('2 of 7 comments');
    await user.click(screen.getByRole('button', { name: 'Remove filter: By Vincent' }));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('7 of 7 comments');
  });

  it('should highlight search hits, dim their non-matching ancestors and count hits per article', async () => {
    const user = userEvent.setup();
    const articles = twoArticles();
    renderExplorer(articles, { search: naiveSearch(articles) });
    await user.type(screen.getByRole('searchbox', { name: 'Search comments' }), 'sanctions');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('3 of 7 comments');
    const a2 = document.getElementById('c-a2') as HTMLElement;
    expect(within(a2).getByText('Sanctions', { selector: 'mark' })).toBeVisible();
    // a1 is kept as context for its matching reply.
    expect(
      within(document.getElementById('c-a1') as HTMLElement).getByText('context'),
    ).toBeVisible();
    expect(screen.getByRole('list', { name: 'Hits per article' })).toHaveTextContent(
      /2 in Peace talks begin.*1 in Cease-fire agreed/,
    );
    expect(window.location.search).toBe('?q=sanctions');
  });

  it('should keep a link that names an unknown comment working, with a notice', () => {
    renderExplorer(twoArticles(), { url: '/?comment=nope&colour=red' });
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('7 of 7 comments');
    const notices = screen.getByRole('region', { name: 'Link notices' });
    expect(notices).toHaveTextContent(/colour/);
    expect(notices).toHaveTextContent(/nope/);
  });

  it('should not call a linked comment missing while other dumps are still opening', () => {
    const { settle } = renderExplorer(twoArticles(), { url: '/?comment=nope', opening: true });
    expect(screen.queryByRole('region', { name: 'Link notices' })).toBeNull();
    settle();
    expect(screen.getByRole('region', { name: 'Link notices' })).toHaveTextContent(/nope/);
  });

  it('should mark the comment a link names and open its collapsed ancestors', () => {
    renderExplorer(twoArticles(), { url: '/?comment=a3' });
    expect(document.getElementById('c-a3')).toHaveAttribute('aria-current', 'true');
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });

  it('should open collapsed ancestors when a link names a reply inside them', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.click(
      within(document.getElementById('c-a1') as HTMLElement).getByRole('button', {
        expanded: true,
      }),
    );
    expect(document.getElementById('c-a3')).toBeNull();
    act(() => {
      window.history.pushState(null, '', '/?comment=a3');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(document.getElementById('c-a3')).toHaveAttribute('aria-current', 'true');
  });

  it('should show one thread alone with a way back to all comments', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles(), { url: '/?thread=a2' });
    expect(document.querySelectorAll('article[id^="c-"]')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: /Back to all comments/ }));
    expect(document.querySelectorAll('article[id^="c-"]')).toHaveLength(7);
  });

  it('should copy a comment’s link in the current view and say so', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles(), { url: '/?stance=oppose' });
    const a2 = document.getElementById('c-a2') as HTMLElement;
    await user.click(within(a2).getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeVisible();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      `${window.location.origin}/?stance=oppose&comment=a2`,
    );
  });

  it('should show the link in an alert when the clipboard refuses it', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    document.execCommand = () => false;
    await user.click(
      within(document.getElementById('c-a1') as HTMLElement).getByRole('button', {
        name: 'Copy link',
      }),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/Could not copy the link.*\?comment=a1/),
    );
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('should move between views with back and forward', async () => {
    const user = userEvent.setup();
    renderExplorer(twoArticles());
    await user.click(screen.getByRole('checkbox', { name: /support/i }));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('2 of 7 comments');
    window.history.back();
    await screen.findByText('7 of 7 comments');
    window.history.forward();
    await screen.findByText('2 of 7 comments');
  });
});
