import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import { ActiveFilters } from '../../../src/features/filters/ActiveFilters.tsx';

describe('ActiveFilters', () => {
  it('should render nothing when no author, place or thread filter is set', () => {
    const { container } = render(<ActiveFilters view={EMPTY_VIEW} onChange={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('should remove only the filter whose chip button is pressed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ActiveFilters
        view={{ ...EMPTY_VIEW, author: 'Vincent', loc: 'Germany' }}
        onChange={onChange}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove filter: In Germany' }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_VIEW, author: 'Vincent', loc: null });
  });
});
