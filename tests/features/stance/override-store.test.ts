import { beforeEach, describe, expect, it } from 'vitest';
import {
  createOverrideStore,
  OVERRIDES_STORAGE_KEY,
} from '../../../src/features/stance/override-store.ts';

// The unit project runs in Node: a Map stands in for the browser's localStorage.
let localStorage: Storage;
beforeEach(() => {
  const map = new Map<string, string>();
  localStorage = {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
});

const saved = () => JSON.parse(localStorage.getItem(OVERRIDES_STORAGE_KEY) ?? 'null');

describe('createOverrideStore', () => {
  it('should store labels by content key and never by slug', () => {
    const store = createOverrideStore(
      () => localStorage,
      () => undefined,
    );
    store.set('0123abcd/c1', 'oppose');
    expect(saved()).toEqual({ version: 2, overrides: { '0123abcd/c1': 'oppose' } });
  });

  it('should move slug-keyed labels of the older version to the content key of the dump each slug was given to', () => {
    localStorage.setItem(
      OVERRIDES_STORAGE_KEY,
      JSON.stringify({ version: 1, overrides: { 'talks/c1': 'support', 'talks-2/c1': 'oppose' } }),
    );
    const given = new Map([
      ['talks', 'aaaa'],
      ['talks-2', 'bbbb'],
    ]);
    const store = createOverrideStore(
      () => localStorage,
      (slug) => given.get(slug),
    );
    expect([...store.getSnapshot().overrides]).toEqual([
      ['aaaa/c1', 'support'],
      ['bbbb/c1', 'oppose'],
    ]);
    expect(store.getSnapshot().notice).toBeNull();
    // Saved at once in the new shape: a slug later given to another dump cannot capture them.
    expect(saved()).toEqual({
      version: 2,
      overrides: { 'aaaa/c1': 'support', 'bbbb/c1': 'oppose' },
    });
  });

  it('should keep a slug-keyed label whose slug no dump was given until one is, then move it', () => {
    localStorage.setItem(
      OVERRIDES_STORAGE_KEY,
      JSON.stringify({ version: 1, overrides: { 'gone/c9': 'neutral' } }),
    );
    const given = new Map<string, string>();
    const store = createOverrideStore(
      () => localStorage,
      (slug) => given.get(slug),
    );
    expect(store.getSnapshot().overrides.size).toBe(0);
    expect([...store.getSnapshot().legacy]).toEqual([['gone/c9', 'neutral']]);
    expect(saved()).toEqual({ version: 1, overrides: { 'gone/c9': 'neutral' } });

    store.set('cccc/c1', 'support');
    expect(saved()).toEqual({
      version: 2,
      overrides: { 'cccc/c1': 'support' },
      legacy: { 'gone/c9': 'neutral' },
    });
    // A reload reads the waiting label back.
    expect(
      createOverrideStore(
        () => localStorage,
        () => undefined,
      ).getSnapshot().legacy.size,
    ).toBe(1);

    given.set('gone', 'dddd');
    store.resolveLegacy();
    expect(store.getSnapshot().overrides.get('dddd/c9')).toBe('neutral');
    expect(store.getSnapshot().legacy.size).toBe(0);
    expect(saved()).toEqual({
      version: 2,
      overrides: { 'cccc/c1': 'support', 'dddd/c9': 'neutral' },
    });
  });

  it('should let a label set by content win over a waiting slug-keyed one on the same comment', () => {
    localStorage.setItem(
      OVERRIDES_STORAGE_KEY,
      JSON.stringify({
        version: 2,
        overrides: { 'eeee/c1': 'oppose' },
        legacy: { 'x/c1': 'support' },
      }),
    );
    const store = createOverrideStore(
      () => localStorage,
      (slug) => (slug === 'x' ? 'eeee' : undefined),
    );
    expect([...store.getSnapshot().overrides]).toEqual([['eeee/c1', 'oppose']]);
    expect(store.getSnapshot().legacy.size).toBe(0);
  });

  it('should clear waiting labels too on reset all', () => {
    localStorage.setItem(
      OVERRIDES_STORAGE_KEY,
      JSON.stringify({ version: 1, overrides: { 'gone/c9': 'neutral' } }),
    );
    const store = createOverrideStore(
      () => localStorage,
      () => undefined,
    );
    store.resetAll();
    expect(store.getSnapshot().legacy.size).toBe(0);
    expect(localStorage.getItem(OVERRIDES_STORAGE_KEY)).toBeNull();
  });
});
