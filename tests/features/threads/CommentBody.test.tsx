import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CommentBody } from '../../../src/features/threads/CommentBody.tsx';
import { loadHighlighter } from '../../../src/features/search/index.ts';

beforeAll(async () => {
  await loadHighlighter();
});
afterEach(cleanup);

describe('CommentBody', () => {
  it('should make a web address a link that opens apart from the page', async () => {
    render(
      <CommentBody
        body={'Read the wire copy.\n\nIt is at https://antiwar.com/ties?a=1&b=2, not the Times.'}
        terms={[]}
      />,
    );
    const link = await screen.findByRole('link', { name: 'https://antiwar.com/ties?a=1&b=2' });
    expect(link.getAttribute('href')).toBe('https://antiwar.com/ties?a=1&b=2');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow ugc');
    // The paragraph reads as before around it, and the other paragraph has no link.
    expect(link.closest('p')?.textContent).toBe(
      'It is at https://antiwar.com/ties?a=1&b=2, not the Times.',
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('should mark search terms inside a link and around it', async () => {
    render(<CommentBody body="Syria deal: https://example.org/syria-deal" terms={['syria']} />);
    const link = await screen.findByRole('link');
    expect(within(link).getByText('syria').tagName).toBe('MARK');
    expect(screen.getAllByText(/^syria$/i).map((m) => m.tagName)).toEqual(['MARK', 'MARK']);
  });

  it('should leave a paragraph with no web address as plain text', () => {
    render(<CommentBody body="Putin.com and editor@example.org are words here." terms={[]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Putin.com and editor@example.org are words here.').tagName).toBe('P');
  });
});
