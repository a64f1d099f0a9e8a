import { describe, expect, it } from 'vitest';
import { rekeyMisfiled } from '../../../src/features/library/rekey-misfiled.ts';
import { savedHash } from '../../../src/features/library/saved-hash.ts';
import { createSourceStore } from '../../../src/features/library/source-store.ts';

const blob = (text: string) => new Blob([text]);

describe('savedHash', () => {
  it('should take the hash a file key states', () => {
    expect(savedHash({ key: 'file:0123456789abcd' })).toBe('0123456789abcd');
  });

  it('should stand in the record key itself when the key states no hash this app writes', () => {
    for (const key of ['file:XYZ', 'seed:a.txt', 'file:0123456789abcdef'])
      expect(savedHash({ key })).toBe(key);
  });
});

describe('rekeyMisfiled', () => {
  it('should move a source to the hash the worker found, keeping its name and bytes', () => {
    const store = createSourceStore([]);
    const right = store.add({ name: 'a.txt', blob: blob('a'), hash: '11111111111111' });
    const wrong = store.add({ name: 'b.txt', blob: blob('b'), hash: '00000000000000' });
    rekeyMisfiled(store, right, '11111111111111');
    rekeyMisfiled(store, wrong, '22222222222222');
    const after = store.getSnapshot();
    expect(after.map((s) => s.key)).toEqual([right.key, 'file:22222222222222']);
    const moved = after[1];
    expect(moved?.kind === 'file' && moved.name === 'b.txt' && moved.blob === wrong.blob).toBe(
      true,
    );
  });
});
