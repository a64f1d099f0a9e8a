import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  useKeyboardShortcuts,
  type ShortcutHandlers,
} from '../../../src/features/keyboard/useKeyboardShortcuts.ts';

function handlers(): ShortcutHandlers {
  return {
    next: vi.fn(),
    prev: vi.fn(),
    parent: vi.fn(),
    nextThread: vi.fn(),
    prevThread: vi.fn(),
    toggle: vi.fn(),
    nextHit: vi.fn(),
    prevHit: vi.fn(),
    search: vi.fn(),
    help: vi.fn(),
  };
}

function Page({ h, enabled = true }: { h: ShortcutHandlers; enabled?: boolean }) {
  useKeyboardShortcuts(h, enabled);
  return (
    <div>
      <input aria-label="field" />
      <button type="button">press</button>
    </div>
  );
}

describe('useKeyboardShortcuts', () => {
  it('should map j k h J K n N / ? Enter to their actions', async () => {
    const user = userEvent.setup();
    const h = handlers();
    render(<Page h={h} />);
    await user.keyboard('jkhJKnN/?{Enter}');
    for (const fn of Object.values(h)) expect(fn).toHaveBeenCalledOnce();
  });

  it('should ignore keys typed into a field or pressed with Ctrl', async () => {
    const user = userEvent.setup();
    const h = handlers();
    const { getByLabelText } = render(<Page h={h} />);
    await user.click(getByLabelText('field'));
    await user.keyboard('jk/');
    await user.keyboard('{Control>}j{/Control}');
    expect(h.next).not.toHaveBeenCalled();
    expect(h.search).not.toHaveBeenCalled();
  });

  it('should leave Enter to a focused button and do nothing when disabled', async () => {
    const user = userEvent.setup();
    const h = handlers();
    const { getByRole, rerender } = render(<Page h={h} />);
    getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(h.toggle).not.toHaveBeenCalled();
    rerender(<Page h={h} enabled={false} />);
    await user.keyboard('j');
    expect(h.next).not.toHaveBeenCalled();
  });
});
