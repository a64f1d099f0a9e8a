import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SortSelect } from '../../../src/features/filters/SortSelect.tsx';

describe('SortSelect', () => {
  it('should offer page order, most replies and longest, and report the choice', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SortSelect value="page" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Sort' });
    expect(select).toHaveValue('page');
    await user.selectOptions(select, 'Most replies');
    expect(onChange).toHaveBeenCalledWith('replies');
  });
});
