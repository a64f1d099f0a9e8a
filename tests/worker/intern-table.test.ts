import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { internTable } from '../../src/worker/intern-table.ts';

describe('internTable', () => {
  it('should give any list of strings back from its ids and its table, each distinct string once', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), (said) => {
        const table = internTable<string>();
        const ids = said.map((s) => table.id(s));
        expect(ids.map((i) => table.values[i])).toEqual(said);
        expect(new Set(table.values).size).toBe(table.values.length);
        expect(new Set(table.values)).toEqual(new Set(said));
      }),
    );
  });

  it('should number values in the order first met', () => {
    const table = internTable<string>();
    expect(['b', 'a', 'b', 'c', 'a'].map((s) => table.id(s))).toEqual([0, 1, 0, 2, 1]);
    expect(table.values).toEqual(['b', 'a', 'c']);
  });

  it('should keep equal objects that are not shared apart, and a shared one once', () => {
    const table = internTable<{ city: string }>();
    const boston = { city: 'Boston' };
    const ids = [boston, { city: 'Boston' }, boston].map((o) => table.id(o));
    expect(ids).toEqual([0, 1, 0]);
    expect(table.values[0]).toBe(boston);
    expect(table.values[1]).not.toBe(boston);
  });
});
