import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MaybeLinked } from '../../../src/shared/text/MaybeLinked.tsx';

describe('MaybeLinked', () => {
  it('should show the text at once and its address as a link once the finder is loaded', async () => {
    render(
      <p>
        <MaybeLinked text="Source: www.antiwar.com/news today" />
      </p>,
    );
    // Before the finder's chunk is there the words are already on the page, as plain text.
    expect(screen.getByText('Source: www.antiwar.com/news today')).toBeVisible();
    const link = await screen.findByRole('link', { name: 'www.antiwar.com/news' });
    expect(link.getAttribute('href')).toBe('http://www.antiwar.com/news');
    expect(link.closest('p')?.textContent).toBe('Source: www.antiwar.com/news today');
  });

  it('should draw a text without an address through render alone', () => {
    render(<MaybeLinked text="No address here." render={(t) => <em>{t}</em>} />);
    expect(screen.getByText('No address here.').tagName).toBe('EM');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
