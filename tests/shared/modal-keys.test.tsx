import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { firstFocusable, handleModalKey } from '../../src/shared/modal-keys.ts';

function Modal({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref} role="dialog" onKeyDown={(e) => handleModalKey(e, ref.current, onClose)}>
      <button type="button">First</button>
      <button type="button" disabled>
        Off
      </button>
      <input aria-label="Middle" />
      <button type="button">Last</button>
    </div>
  );
}

describe('handleModalKey', () => {
  it('should wrap Tab and Shift+Tab inside the dialog, skipping disabled controls', async () => {
    render(<Modal onClose={vi.fn()} />);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Last' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Last' })).toHaveFocus();
    expect(firstFocusable(screen.getByRole('dialog'))).toBe(
      screen.getByRole('button', { name: 'First' }),
    );
  });

  it('should close on Escape', async () => {
    const onClose = vi.fn();
    render(<Modal onClose={onClose} />);
    screen.getByRole('textbox', { name: 'Middle' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
