import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ToolsMenu } from '../../../src/features/open-file/ToolsMenu.tsx';

function Menu() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ToolsMenu label="Tools" open={open} onOpenChange={setOpen}>
        <button type="button">Open file…</button>
        <button type="button">Export JSON</button>
      </ToolsMenu>
      <p>Outside</p>
    </>
  );
}

describe('ToolsMenu', () => {
  it('should open from one button that states whether it is expanded, and hide its tools when closed', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    const button = screen.getByRole('button', { name: 'Tools' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Open file…' })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Tools' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeVisible();
  });

  it('should close on Escape and give focus back to its button', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(screen.getByRole('button', { name: 'Tools' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await user.keyboard('{Escape}');
    const button = screen.getByRole('button', { name: 'Tools' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('should close when the reader presses somewhere else on the page', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(screen.getByRole('button', { name: 'Tools' }));
    await user.click(screen.getByText('Outside'));
    expect(screen.getByRole('button', { name: 'Tools' })).toHaveAttribute('aria-expanded', 'false');
  });
});
