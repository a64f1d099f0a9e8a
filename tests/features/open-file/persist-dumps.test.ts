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
  text: `text ${key}`,
  addedAt,
});

describe('persist-dumps', () => {
  it('should give back saved dumps oldest first, and forget a removed one', async () => {
    const { store } = mapStore();
    await saveDump(store, dump('b', 2));
    await saveDump(store, dump('a', 1));
    expect((await loadSavedDumps(store)).dumps.map((d) => d.key)).toEqual(['a', 'b']);
    await forgetDump(store, 'a');
    expect(await loadSavedDumps(store)).toEqual({ dumps: [dump('b', 2)], notices: [] });
  });

  it('should discard a record of another version or shape with a notice naming it', async () => {
    const { map, store } = mapStore([
      ['old', { version: 0, dump: dump('old', 1) }],
      ['junk', 'not an object'],
      ['ok', { version: 1, dump: dump('ok', 3) }],
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
