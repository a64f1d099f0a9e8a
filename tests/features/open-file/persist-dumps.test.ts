import { describe, expect, it } from 'vitest';
import {
  forgetDump,
  loadSavedDumps,
  saveDump,
  type DumpStore,
} from '../../../src/features/library/persist-dumps.ts';

function mapStore(init: Array<[string, unknown]> = []) {
  const map = new Map<string, unknown>(init);
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

const dump = (key: string, addedAt: number) => ({
  key,
  name: `${key}.txt`,
  blob: new Blob([`text ${key}`], { type: 'text/plain' }),
  addedAt,
});

describe('persist-dumps', () => {
  it('should give back saved dumps oldest first, and forget a removed one', async () => {
    const { store } = mapStore();
    const b = dump('b', 2);
    await saveDump(store, b);
    await saveDump(store, dump('a', 1));
    expect((await loadSavedDumps(store)).dumps.map((d) => d.key)).toEqual(['a', 'b']);
    await forgetDump(store, 'a');
    const after = await loadSavedDumps(store);
    expect(after.notices).toEqual([]);
    expect(after.dumps.map((d) => [d.key, d.name, d.addedAt])).toEqual([['b', 'b.txt', 2]]);
    expect(await after.dumps[0]?.blob.text()).toBe('text b');
  });

  it('should read a version 1 record (the text itself) as its bytes and save it again as version 2', async () => {
    const { map, store } = mapStore([
      ['v1', { version: 1, dump: { key: 'v1', name: 'v1.txt', text: 'é text', addedAt: 1 } }],
    ]);
    const { dumps, notices } = await loadSavedDumps(store);
    expect(notices).toEqual([]);
    expect(dumps.map((d) => d.name)).toEqual(['v1.txt']);
    expect(await dumps[0]?.blob.text()).toBe('é text');
    const saved = map.get('v1') as { version: number; dump: { blob: Blob } };
    expect(saved.version).toBe(2);
    expect(await saved.dump.blob.text()).toBe('é text');
  });

  it('should discard a record of another version or shape with a notice naming it', async () => {
    const { map, store } = mapStore([
      ['old', { version: 0, dump: dump('old', 1) }],
      ['junk', 'not an object'],
      ['ok', { version: 2, dump: dump('ok', 3) }],
    ]);
    const { dumps, notices } = await loadSavedDumps(store);
    expect(dumps.map((d) => d.key)).toEqual(['ok']);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/“old.txt” was saved by an older version.*removed/);
    expect([...map.keys()]).toEqual(['ok']);
  });

  it('should report a full store as a quota error with what to do, never throw', async () => {
    const { store } = mapStore();
    store.set = async () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const r = await saveDump(store, dump('a', 1));
    expect(r).toMatchObject({ ok: false, error: { kind: 'quota' } });
    if (!r.ok) expect(r.error.message).toMatch(/storage is full.*gone after a reload.*Remove/);
  });

  it('should say an aborted write was stopped and what to do, never "(null)"', async () => {
    const { store } = mapStore();
    store.set = () => Promise.reject(null as unknown as Error);
    const r = await saveDump(store, dump('a', 1));
    expect(r.ok || r.error.message).toMatch(
      /^The browser stopped the save before it finished .* Open the file again to save it\.$/,
    );
    expect(r.ok || r.error.message).not.toContain('null');
  });

  it('should report a missing IndexedDB on load as a notice and load nothing', async () => {
    const { store } = mapStore();
    store.entries = async () => {
      throw new Error('indexedDB is not defined');
    };
    const r = await loadSavedDumps(store);
    expect(r.dumps).toEqual([]);
    expect(r.notices[0]).toMatch(/does not allow saving here \(indexedDB is not defined\)/);
  });
});
