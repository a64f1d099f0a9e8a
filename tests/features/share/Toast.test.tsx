import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Toast } from '../../../src/features/share/Toast.tsx';
import { useToast } from '../../../src/features/share/useToast.ts';

describe('Toast', () => {
  it('should announce its message in a status region', () => {
    render(<Toast message="Link copied" />);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('should clear the message after a few seconds', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useToast());
    act(() => result.current.show('Link copied'));
    expect(result.current.message).toBe('Link copied');
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current.message).toBeNull();
    vi.useRealTimers();
  });
});
