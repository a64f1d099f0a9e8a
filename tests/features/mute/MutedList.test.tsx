import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MutedList, type MutedListProps } from '../../../src/features/mute/MutedList.tsx';

function setup(over: Partial<MutedListProps> = {}) {
  const props: MutedListProps = {
    names: [],
    words: [],
    hidden: 0,
    onUnmute: vi.fn(),
    onUnmuteWord: vi.fn(),
    ...over,
  };
  render(<MutedList {...props} />);
  return props;
}

describe('MutedList', () => {
  it('should say what is muted and how many comments that hides, with a way back for each', async () => {
    const props = setup({ names: ['Ann', 'Bo'], words: ['syria'], hidden: 5 });
    expect(screen.getByText('2 commenters and 1 word muted (5 comments hidden):')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Unmute Bo' }));
    expect(props.onUnmute).toHaveBeenCalledWith('Bo');
    await userEvent.click(screen.getByRole('button', { name: 'Unmute “syria”' }));
    expect(props.onUnmuteWord).toHaveBeenCalledWith('syria');
  });
});
