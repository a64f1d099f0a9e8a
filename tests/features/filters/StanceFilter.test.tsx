import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StanceFilter } from '../../../src/features/filters/StanceFilter.tsx';

describe('StanceFilter', () => {
  it('should show a count per label and add a label in canonical order when checked', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <StanceFilter
        selected={['neutral']}
        counts={{ support: 4, oppose: 2, neutral: 1 }}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('checkbox', { name: /support\s*4/i })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /neutral\s*1/i })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /support/i }));
    expect(onChange).toHaveBeenCalledWith(['support', 'neutral']);
  });

  it('should remove a label when it is unchecked', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <StanceFilter
        selected={['support', 'oppose']}
        counts={{ support: 1, oppose: 1, neutral: 1 }}
        onChange={onChange}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: /oppose/i }));
    expect(onChange).toHaveBeenCalledWith(['support']);
  });

  it('should offer no label to pick while the stances are still being read', () => {
    render(
      <StanceFilter
        selected={[]}
        counts={{ support: 0, oppose: 0, neutral: 3 }}
        pending
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('group', { name: 'Stance' })).toHaveTextContent('Reading stances…');
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('should offer no counts when every article in view has its stance hidden', () => {
    render(
      <StanceFilter
        selected={[]}
        counts={{ support: 0, oppose: 0, neutral: 4 }}
        hidden
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('group', { name: 'Stance' })).toHaveTextContent(
      'Hidden for this discussion.',
    );
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('should keep a filter a link set on a hidden article, to be undone', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <StanceFilter
        selected={['oppose']}
        counts={{ support: 0, oppose: 0, neutral: 4 }}
        hidden
        onChange={onChange}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: /oppose/i }));
    expect(onChange).toHaveBeenCalledWith([]);
  });
});
