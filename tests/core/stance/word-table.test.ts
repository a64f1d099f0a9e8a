import { describe, expect, it } from 'vitest';
import { hashOf, WordTable } from '../../../src/core/stance/word-table.ts';

describe('WordTable', () => {
  it('should find what was set, and nothing for other or empty words', () => {
    const t = new WordTable<number>();
    t.set('peace', 1);
    t.set('talks', 2);
    t.set('peace', 3);
    expect(t.get('peace')).toBe(3);
    expect(t.get('talks')).toBe(2);
    expect(t.get('war')).toBeUndefined();
    t.set('', 4);
    expect(t.get('')).toBeUndefined();
    expect(t.size).toBe(2);
  });

  it('should keep every word through growth and forget them all on clear', () => {
    const t = new WordTable<number>();
    for (let i = 0; i < 20_000; i += 1) t.set(`w${i}`, i);
    expect(t.size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 1) expect(t.get(`w${i}`)).toBe(i);
    t.clear();
    expect(t.size).toBe(0);
    expect(t.get('w1')).toBeUndefined();
  });

  it('should find a word inside a longer text by its range and hash, as get finds it alone', () => {
    const t = new WordTable<number>();
    t.set('peace', 1);
    t.set('pea', 2);
    const text = 'no peace, pea or peas';
    const at = (start: number, end: number) =>
      t.getAt(text, start, end, hashOf(text.slice(start, end)));
    expect(at(3, 8)).toBe(1);
    expect(at(10, 13)).toBe(2);
    expect(at(17, 21)).toBeUndefined();
    expect(at(3, 6)).toBe(2);
  });
});
