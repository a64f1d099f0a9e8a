import { describe, expect, it } from 'vitest';
import type { DumpStore } from '../../../src/features/library/persist-dumps.ts';
import {
  persistNotices,
  persistSources,
  whenSaved,
} from '../../../src/features/library/persist-sources.ts';
import { rekeyMisfiled } from '../../../src/features/library/rekey-misfiled.ts';
import { createSourceStore } from '../../../src/features/library/source-store.ts';
import { textHash } from '../../../src/core/article/text-hash.ts';

/** A file source's input, hashed as the page hashes it (in slices, to the same value). */
const fileOf = (name: string, text: string) => ({
  name,
  blob: new Blob([text], { type: 'text/plain' }),
  hash: textHash(text),
});

function mapStore() {
  const map = new Map<string, unknown>();
  const store: DumpStore = {
    entries: async () => [...map],
    set: async (k, v) => {
      map.set(k, v);
    },
    delete: async (k) => {
      map.delete(k);
    },
  };
  return { map, store };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const seed = { kind: 'seed' as const, key: 'seed:a.txt', name: 'a.txt' };

describe('persistSources', () => {
  it('should save an added dump, restore it into a fresh store after a "reload", and forget a removed one', async () => {
    const db = mapStore();
    const first = createSourceStore([seed]);
    await persistSources(first, db.store);
    const added = first.add(fileOf('mine.txt', 'my dump'));
    first.add(fileOf('other.txt', 'other dump'));
    await settle();
    expect([...db.map.keys()]).toEqual([added.key, expect.stringMatching(/^file:/)]);

    const reloaded = createSourceStore([seed]);
    await persistSources(reloaded, db.store);
    expect(reloaded.getSnapshot().map((s) => s.name)).toEqual(['a.txt', 'mine.txt', 'other.txt']);
    // Restoring writes nothing back and deletes nothing.
    expect(db.map.size).toBe(2);

    reloaded.remove(added.key);
    await settle();
    expect(db.map.has(added.key)).toBe(false);
    expect(db.map.size).toBe(1);
  });

  it('should move a dump saved under a key its text does not hash to once the worker names the right one', async () => {
    const db = mapStore();
    const first = createSourceStore([seed]);
    await persistSources(first, db.store);
    const added = first.add(fileOf('mine.txt', 'my dump'));
    await settle();
    // As an older build (or a hand-edited database) might have left it.
    const stale = 'file:00000000000000';
    const record = db.map.get(added.key) as { version: number; dump: object };
    db.map.delete(added.key);
    db.map.set(stale, { ...record, dump: { ...record.dump, key: stale } });

    const reloaded = createSourceStore([seed]);
    await persistSources(reloaded, db.store);
    const restored = reloaded.getSnapshot()[1];
    expect(restored?.key).toBe(stale);
    if (restored?.kind !== 'file') throw new Error('not restored');
    // What useArticles does with the hash the worker found when it read the bytes.
    rekeyMisfiled(reloaded, restored, textHash('my dump'));
    await settle();
    expect(reloaded.getSnapshot().map((s) => s.key)).toEqual([seed.key, added.key]);
    expect([...db.map.keys()]).toEqual([added.key]);
  });

  it('should tell the reader when a dump cannot be saved because storage is full', async () => {
    persistNotices.dismiss();
    const db = mapStore();
    db.store.set = async () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createSourceStore([]);
    await persistSources(store, db.store);
    store.add(fileOf('big.txt', 'x'));
    await settle();
    expect(persistNotices.getSnapshot()).toEqual([
      {
        kind: 'error',
        message: expect.stringMatching(
          /storage is full, so “big.txt” is open now but will be gone after a reload/,
        ),
      },
    ]);
  });

  it('should not call a dump saved until IndexedDB has it, so a reload right after cannot lose it', async () => {
    const db = mapStore();
    let release = () => {};
    const write = db.store.set;
    db.store.set = (k, v) =>
      new Promise((resolve) => {
        release = () => void write(k, v).then(resolve);
      });
    const store = createSourceStore([]);
    await persistSources(store, db.store);
    const added = store.add(fileOf('slow.txt', 'a slow disk'));
    let saved: unknown = null;
    void whenSaved(added.key).then((r) => (saved = r));
    await settle();
    expect(saved).toBeNull();
    expect(db.map.has(added.key)).toBe(false);
    release();
    await settle();
    expect(saved).toEqual({ ok: true });
    expect(db.map.has(added.key)).toBe(true);
  });
});
