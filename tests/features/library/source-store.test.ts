import { describe, expect, it, vi } from 'vitest';
import { createSourceStore } from '../../../src/features/library/source-store.ts';
import { textHash } from '../../../src/core/article/text-hash.ts';

/** A file source's input, hashed as the page hashes it (in slices, to the same value). */
const fileOf = (name: string, text: string) => ({
  name,
  blob: new Blob([text], { type: 'text/plain' }),
  hash: textHash(text),
});

const seed = { kind: 'seed' as const, key: 'seed:a.txt', name: 'a.txt' };

describe('createSourceStore', () => {
  it('should add a file after the seeds, keyed by its text hash', () => {
    const store = createSourceStore([seed]);
    const added = store.add(fileOf('mine.txt', 'some dump'));
    expect(store.getSnapshot().map((s) => s.name)).toEqual(['a.txt', 'mine.txt']);
    expect(added.key).toBe(`file:${added.hash}`);
  });

  it('should not add the same text twice, even under another name', () => {
    const store = createSourceStore([]);
    const first = store.add(fileOf('one.txt', 'same'));
    const again = store.add(fileOf('two.txt', 'same'));
    expect(again).toBe(first);
    expect(store.getSnapshot()).toHaveLength(1);
  });

  it('should notify subscribers on add and remove, and stop after unsubscribe', () => {
    const store = createSourceStore([seed]);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    const file = store.add(fileOf('x.txt', 'x'));
    store.remove(file.key);
    store.remove('no-such-key');
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    store.add(fileOf('y.txt', 'y'));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot().map((s) => s.name)).toEqual(['a.txt', 'y.txt']);
  });

  it('should hand out a new snapshot only when the list changes', () => {
    const store = createSourceStore([seed]);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.add(fileOf('z.txt', 'z'));
    expect(store.getSnapshot()).not.toBe(before);
  });
});
