import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Row } from '../../../src/core/view/view-types.ts';
import { CommentItem } from '../../../src/features/threads/CommentItem.tsx';
import {
  ThreadContext,
  type ThreadContextValue,
} from '../../../src/features/threads/thread-context.ts';
import { makeArticle, twoArticles } from '../../app/support/make-articles.ts';
import { loadHighlighter } from '../../../src/features/search/index.ts';

type CommentRow = Extract<Row, { kind: 'comment' }>;

function row(id: string, over: Partial<CommentRow> = {}): CommentRow {
  return {
    kind: 'comment',
    key: `peace-talks/${id}`,
    depth: 0,
    slug: 'peace-talks',
    id,
    replyCount: 0,
    collapsed: false,
    hiddenCount: 0,
    dimmed: false,
    ...over,
  };
}

function setup(r: CommentRow, over: Partial<ThreadContextValue> = {}) {
  const articles = new Map(twoArticles().map((a) => [a.slug, a]));
  const ctx: ThreadContextValue = {
    articles,
    currentKey: null,
    threadShown: false,
    isMuted: () => false,
    mutedWordOf: () => null,
    termsOf: () => [],
    onToggle: vi.fn(),
    onCollapseAncestor: vi.fn(),
    onCopyLink: vi.fn(),
    onParent: vi.fn(),
    onMute: vi.fn(),
    onUnmute: vi.fn(),
    onUnmuteWord: vi.fn(),
    onAuthor: vi.fn(),
    onThread: vi.fn(),
    onActivate: vi.fn(),
    renderStance: (_key, stance) => <span>{stance.label}</span>,
    ...over,
  };
  render(
    <ThreadContext value={ctx}>
      <CommentItem row={r} index={0} />
    </ThreadContext>,
  );
  return ctx;
}

describe('CommentItem', () => {
  // Search terms are marked once the marking has loaded, which a real search answer waits for.
  beforeAll(loadHighlighter);

  it('should be an article with id c-ID named by its author, with body paragraphs', () => {
    setup(row('a1', { replyCount: 1 }));
    const article = screen.getByRole('article', { name: 'Vincent' });
    expect(article).toHaveAttribute('id', 'c-a1');
    expect(article.querySelectorAll('p')).toHaveLength(2);
    expect(screen.getByText('Oakland, California, United States')).toBeVisible();
    expect(screen.getByText('support')).toBeVisible();
  });

  it('should fold to one line that names its author and says what is hidden', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a1', { replyCount: 1, collapsed: true, hiddenCount: 2 }));
    const article = screen.getByRole('article', { name: 'Vincent' });
    const toggle = screen.getByRole('button', { name: 'Unfold Vincent’s comment' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('folded-summary')).toHaveTextContent(/^1 reply · 2 in thread$/);
    // The body and the actions are folded away with the replies; the start of the text stays.
    expect(article.querySelectorAll('p')).toHaveLength(0);
    expect(article).toHaveTextContent(/Talking beats war\./);
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    await user.click(toggle);
    expect(ctx.onToggle).toHaveBeenCalledWith('peace-talks/a1');
  });

  it('should offer the same fold on a comment without replies, which folds only its body', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a4'));
    const fold = screen.getByRole('button', { name: 'Fold Anonymous’s comment' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(fold);
    expect(ctx.onToggle).toHaveBeenCalledWith('peace-talks/a4');
  });

  it('should say "folded" on a folded comment that has no replies', () => {
    setup(row('a4', { collapsed: true }));
    expect(screen.getByTestId('folded-summary')).toHaveTextContent(/^folded$/);
  });

  it('should copy its link and filter by its author on request', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a1'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(ctx.onCopyLink).toHaveBeenCalledWith('peace-talks', 'a1');
    await user.click(screen.getByRole('button', { name: 'Vincent' }));
    expect(ctx.onAuthor).toHaveBeenCalledWith('Vincent');
  });

  it('should offer "Thread alone" on a root with replies, except when its thread is shown alone', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a1', { replyCount: 2 }));
    await user.click(screen.getByRole('button', { name: 'Thread alone' }));
    expect(ctx.onThread).toHaveBeenCalledWith('peace-talks', 'a1');
    cleanup();
    setup(row('a1', { replyCount: 2 }), { threadShown: true });
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Thread alone' })).toBeNull();
  });

  it('should fold an ancestor when its guide line is clicked', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a3', { depth: 2 }));
    const guide = document.querySelector('[data-guide="a1"]') as HTMLElement;
    await user.click(guide);
    expect(ctx.onCollapseAncestor).toHaveBeenCalledWith('peace-talks/a1');
  });

  it('should mark the comments of the article’s own author, and no one else’s', () => {
    const article = makeArticle('peace-talks', 'Byline', [
      { id: 'r1', author: ' a. reporter ' },
      { id: 'r2', author: 'Vincent' },
    ]);
    const articles = new Map([[article.slug, article]]);
    setup(row('r1'), { articles });
    expect(screen.getByRole('article', { name: 'a. reporter' })).toHaveTextContent(
      'article author',
    );
    setup(row('r2'), { articles });
    expect(screen.getByRole('article', { name: 'Vincent' })).not.toHaveTextContent(
      'article author',
    );
  });

  it('should draw a weakly guessed reply link dashed, down through its replies, and a stated one solid', () => {
    const guess = { reason: 'sits in c1’s thread', confidence: 0.3 };
    const article = makeArticle('peace-talks', 'Guesses', [
      { id: 'c1' },
      { id: 'c2', parent: 'c1', inferred: guess },
      { id: 'c3', parent: 'c2' },
      { id: 'c4', parent: 'c1' },
    ]);
    const articles = new Map([[article.slug, article]]);
    setup(row('c3', { depth: 2 }), { articles });
    const line = (id: string) => document.querySelector(`[data-guide="${id}"]`) as HTMLElement;
    expect(line('c1')).toHaveAttribute('data-guessed', 'true');
    expect(line('c1').title).toMatch(/guess/);
    expect(line('c2')).not.toHaveAttribute('data-guessed');
    setup(row('c4', { depth: 1 }), { articles });
    expect(document.querySelectorAll('[data-guide="c1"][data-guessed]')).toHaveLength(1);
  });

  it('should carry aria-current when it is the linked comment, and mark context but not a confident guess', () => {
    setup(row('a2', { depth: 1, dimmed: true }), { currentKey: 'peace-talks/a2' });
    const article = screen.getByRole('article', { name: 'Gordon' });
    expect(article).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('context')).toBeVisible();
    // An 80% guess is explained in the stance popover, not on the header line.
    expect(screen.queryByText(/inferred reply/u)).toBeNull();
    expect(screen.queryByTestId('guessed-reply')).toBeNull();
  });

  it('should offer a Parent button on a reply only, titled with whom it answers', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a2', { depth: 1 }));
    const parent = screen.getByRole('button', { name: 'Parent' });
    // The name is the dump's text: isolated (FSI … PDI) so an override in it cannot turn the sentence.
    expect(parent).toHaveAttribute('title', 'In reply to \u2068Vincent\u2069');
    await user.click(parent);
    expect(ctx.onParent).toHaveBeenCalledWith('peace-talks/a2');
  });

  it('should mute its commenter from a "Mute NAME" button, and show only a placeholder once muted', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a1'));
    expect(screen.queryByRole('button', { name: 'Parent' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mute Vincent' }));
    expect(ctx.onMute).toHaveBeenCalledWith('Vincent');
  });

  it('should hide a muted commenter’s words but keep its place, with a way to unmute', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a2', { depth: 1, dimmed: true }), { isMuted: () => true });
    expect(screen.getByRole('article', { name: 'Gordon' })).toHaveTextContent('You muted');
    expect(screen.queryByText('Sanctions', { exact: false })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Unmute Gordon' }));
    expect(ctx.onUnmute).toHaveBeenCalledWith('Gordon');
  });

  it('should hide a comment that mentions a muted word, saying which, with a way to unmute it', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a2', { depth: 1, dimmed: true }), {
      mutedWordOf: (key) => (key.endsWith('/a2') ? 'sanctions' : null),
    });
    expect(screen.getByRole('article', { name: 'Gordon' })).toHaveTextContent(
      'Hidden: it mentions “sanctions”, which you muted.',
    );
    expect(screen.queryByText('will stay', { exact: false })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Unmute “sanctions”' }));
    expect(ctx.onUnmuteWord).toHaveBeenCalledWith('sanctions');
  });

  it('should highlight the search terms in the body', () => {
    setup(row('a2', { depth: 1 }), { termsOf: () => ['sanctions'] });
    expect(screen.getByText('Sanctions', { selector: 'mark' })).toBeVisible();
  });
});
