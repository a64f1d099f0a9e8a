import { describe, expect, it } from 'vitest';
import { loadedText } from '../../src/worker/loaded-text.ts';

const noSeed = (name: string) => Promise.reject(new Error(`no seed ${name}`));

describe('loadedText', () => {
  it('should say a seed loads before loading it by name', async () => {
    const heard: string[] = [];
    const loadSeed = (name: string) => {
      heard.push(`seed ${name}`);
      return Promise.resolve('Seed text');
    };
    const read = await loadedText({ kind: 'seed', name: 's.txt' }, loadSeed, () =>
      heard.push('load'),
    );
    expect(read).toEqual({ ok: true, value: 'Seed text' });
    expect(heard).toEqual(['load', 'seed s.txt']);
  });

  it('should decode a chosen file, and refuse one that is not text', async () => {
    const text = 'Café “quoted”\n';
    const file = new Blob([new TextEncoder().encode(text)]);
    expect(await loadedText({ kind: 'file', name: 'a.txt', blob: file }, noSeed, () => {})).toEqual(
      { ok: true, value: text },
    );
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])]);
    const refused = await loadedText({ kind: 'file', name: 'b.png', blob: png }, noSeed, () => {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('binary');
  });
});
