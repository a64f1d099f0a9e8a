import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Row } from '../../../src/core/view/view-types.ts';
import { CommentItem } from '../../../src/features/threads/CommentItem.tsx';
import {
  ThreadContext,
  type ThreadContextValue,
} from '../../../src/features/threads/thread-context.ts';
import { twoArticles } from '../../app/support/make-articles.ts';

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
    isMuted: () => false,
    termsOf: () => [],
    onToggle: vi.fn(),
    onCollapseAncestor: vi.fn(),
    onCopyLink: vi.fn(),
    onParent: vi.fn(),
    onMute: vi.fn(),
    onUnmute: vi.fn(),
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
  it('should be an article with id c-ID named by its author, with body paragraphs', () => {
    setup(row('a1', { replyCount: 1 }));
    const article = screen.getByRole('article', { name: 'Vincent' });
    expect(article).toHaveAttribute('id', 'c-a1');
    expect(article.querySelectorAll('p')).toHaveLength(2);
    expect(screen.getByText('Oakland, California, United States')).toBeVisible();
    expect(screen.getByText('support')).toBeVisible();
  });

  it('should toggle its replies from a button that states whether they are expanded', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a1', { replyCount: 1, collapsed: true, hiddenCount: 2 }));
    const toggle = screen.getByRole('button', { name: /^▸ 1 reply/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(ctx.onToggle).toHaveBeenCalledWith('peace-talks/a1');
  });

  it('should have no toggle when it has no replies', () => {
    setup(row('a4'));
    expect(screen.queryByRole('button', { expanded: true })).toBeNull();
    expect(screen.getByRole('article', { name: 'Anonymous' })).toBeInTheDocument();
  });

  it('should copy its link and filter by its author on request', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a1'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(ctx.onCopyLink).toHaveBeenCalledWith('peace-talks', 'a1');
    await user.click(screen.getByRole('button', { name: 'Vincent' }));
    expect(ctx.onAuthor).toHaveBeenCalledWith('Vincent');
  });

  it('should collapse an ancestor when its guide line is clicked', async () => {
    const user = userEvent.setup();
    const ctx = setup(row('a3', { depth: 2 }));
    const guide = document.querySelector('[data-guide="a1"]') as HTMLElement;
    await user.click(guide);
    expect(ctx.onCollapseAncestor).toHaveBeenCalledWith('peace-talks/a1');
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
    expect(parent).toHaveAttribute('title', 'In reply to Vincent');
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

  it('should highlight the search terms in the body', () => {
    setup(row('a2', { depth: 1 }), { termsOf: () => ['sanctions'] });
    expect(screen.getByText('Sanctions', { selector: 'mark' })).toBeVisible();
  });
});
