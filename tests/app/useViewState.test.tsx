import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useViewState } from '../../src/app/useViewState.ts';
import { EMPTY_VIEW } from '../../src/core/view/view-types.ts';

describe('useViewState', () => {
  it('should read the view and its notices from the URL', () => {
    window.history.replaceState(null, '', '/?q=war&stance=support,bogus');
    const { result } = renderHook(() => useViewState());
    expect(result.current.view.q).toBe('war');
    expect(result.current.view.stance).toEqual(['support']);
    expect(result.current.notices.length).toBeGreaterThan(0);
  });

  it('should push a history entry per navigation and follow back/forward', async () => {
    window.history.replaceState(null, '', '/');
    const { result } = renderHook(() => useViewState());
    act(() => result.current.navigate({ ...EMPTY_VIEW, author: 'Vincent' }));
    expect(window.location.search).toBe('?author=Vincent');
    expect(result.current.notices).toEqual([]);
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(result.current.view.author).toBeNull();
  });

  it('should replace the entry when asked (typing a search)', async () => {
    window.history.replaceState(null, '', '/?author=Ann');
    const { result } = renderHook(() => useViewState());
    act(() => result.current.navigate({ ...EMPTY_VIEW, q: 'w' }));
    act(() => result.current.navigate({ ...EMPTY_VIEW, q: 'wa' }, { replace: true }));
    expect(window.location.search).toBe('?q=wa');
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    // One step back skips every keystroke of the search.
    expect(window.location.search).toBe('?author=Ann');
  });
});
