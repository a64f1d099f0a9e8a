import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ThemeSwitch } from '../../src/app/ThemeSwitch.tsx';
import { useTheme } from '../../src/app/useTheme.ts';

function Page() {
  const { choice, setChoice } = useTheme();
  return <ThemeSwitch choice={choice} onChange={setChoice} />;
}

describe('ThemeSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.classList.remove('dark');
  });

  it('should follow the system by default and switch to dark on request', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveClass('dark');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('should remember the choice for the next visit', async () => {
    const user = userEvent.setup();
    const first = render(<Page />);
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    first.unmount();
    document.documentElement.classList.remove('dark');
    render(<Page />);
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(document.documentElement).toHaveClass('dark');
  });
});
