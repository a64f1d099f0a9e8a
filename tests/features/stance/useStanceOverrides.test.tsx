import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createOverrideStore,
  OVERRIDES_STORAGE_KEY,
} from '../../../src/features/stance/override-store.ts';
import { useStanceOverrides } from '../../../src/features/stance/use-stance-overrides.ts';

afterEach(() => localStorage.clear());

function storageThat(setItem: () => void): Storage {
  return {
    getItem: () => null,
    setItem,
    removeItem: () => {},
    clear: () => {},
    key: () => null,
    length: 0,
  };
}

describe('useStanceOverrides', () => {
  it('should save an override under its comment key and find it again after a reload', () => {
    const firstStore = createOverrideStore(() => localStorage);
    const first = renderHook(() => useStanceOverrides(firstStore));
    act(() => first.result.current.setOverride('article-a/c1', 'support'));
    expect(first.result.current.overrideOf('article-a/c1')).toBe('support');
    expect(first.result.current.count).toBe(1);
    expect(JSON.parse(localStorage.getItem(OVERRIDES_STORAGE_KEY) ?? '{}').overrides).toEqual({
      'article-a/c1': 'support',
    });

    // A new store reads storage afresh, as a reloaded page does.
    const reloaded = renderHook(() => useStanceOverrides(createOverrideStore(() => localStorage)));
    expect(reloaded.result.current.overrideOf('article-a/c1')).toBe('support');
    expect(reloaded.result.current.overrideOf('article-a/c2')).toBeNull();
  });

  it('should share one store between callers and reset everything', () => {
    const store = createOverrideStore(() => localStorage);
    const a = renderHook(() => useStanceOverrides(store));
    const b = renderHook(() => useStanceOverrides(store));
    act(() => a.result.current.setOverride('x/1', 'oppose'));
    expect(b.result.current.overrideOf('x/1')).toBe('oppose');
    act(() => b.result.current.resetAll());
    expect(a.result.current.count).toBe(0);
    expect(localStorage.getItem(OVERRIDES_STORAGE_KEY)).toBeNull();
  });

  it('should discard a corrupt or old-version value with a notice', () => {
    localStorage.setItem(OVERRIDES_STORAGE_KEY, '{"version":0,"overrides":{"x/1":"support"}}');
    const store = createOverrideStore(() => localStorage);
    const { result } = renderHook(() => useStanceOverrides(store));
    expect(result.current.count).toBe(0);
    expect(result.current.notice).toMatch(/another version/u);
    expect(localStorage.getItem(OVERRIDES_STORAGE_KEY)).toBeNull();
    act(() => result.current.dismissNotice());
    expect(result.current.notice).toBeNull();

    localStorage.setItem(OVERRIDES_STORAGE_KEY, 'not json at all');
    const again = renderHook(() => useStanceOverrides(createOverrideStore(() => localStorage)));
    expect(again.result.current.notice).toMatch(/unreadable/u);
  });

  it('should return a quota error instead of throwing, and keep the change for this visit', () => {
    const full = storageThat(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createOverrideStore(() => full);
    const { result } = renderHook(() => useStanceOverrides(store));
    act(() => result.current.setOverride('x/1', 'neutral'));
    expect(result.current.error).toMatch(/storage is full/u);
    expect(result.current.overrideOf('x/1')).toBe('neutral');
  });

  it('should return an error when storage is unavailable', () => {
    const store = createOverrideStore(() => null);
    const { result } = renderHook(() => useStanceOverrides(store));
    act(() => result.current.setOverride('x/1', 'support'));
    expect(result.current.error).toMatch(/does not allow saving/u);
  });
});
