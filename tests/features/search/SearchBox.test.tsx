import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../../src/features/search/SearchBox.tsx';

describe('SearchBox', () => {
  it('should be a search input labelled "Search comments" that reports what is typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SearchBox value="" onChange={onChange} busy={false} />);
    const input = screen.getByRole('searchbox', { name: 'Search comments' });
    expect(input).toHaveAttribute('type', 'search');
    await user.type(input, 'w');
    expect(onChange).toHaveBeenCalledWith('w');
  });
});
