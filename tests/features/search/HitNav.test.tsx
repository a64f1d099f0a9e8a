import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HitNav } from '../../../src/features/search/HitNav.tsx';

describe('HitNav', () => {
  it('should say which hit is current and move with the buttons', async () => {
    const user = userEvent.setup();
    const onNext = vi.fn();
    const onPrev = vi.fn();
    render(
      <HitNav
        position={2}
        total={17}
        groups={[{ slug: 'a', title: 'Article A', count: 17 }]}
        onNext={onNext}
        onPrev={onPrev}
      />,
    );
    expect(screen.getByText('Hit 3 of 17')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next hit' }));
    await user.click(screen.getByRole('button', { name: 'Previous hit' }));
    expect(onNext).toHaveBeenCalledOnce();
    expect(onPrev).toHaveBeenCalledOnce();
    expect(screen.getByRole('list', { name: 'Hits per article' })).toHaveTextContent(
      '17 in Article A',
    );
  });

  it('should say there are no matches and disable the buttons', () => {
    render(<HitNav position={null} total={0} groups={[]} onNext={vi.fn()} onPrev={vi.fn()} />);
    expect(screen.getByText('No matching comments')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next hit' })).toBeDisabled();
  });
});
