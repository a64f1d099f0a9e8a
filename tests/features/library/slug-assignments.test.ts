import { describe, expect, it } from 'vitest';
import { createSlugAssignments } from '../../../src/features/library/slug-assignments.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('slug assignments', () => {
  it('should keep `-2` with the second dump after the first is gone, across page loads', () => {
    const storage = memoryStorage();
    const before = createSlugAssignments(() => storage);
    expect(before.slugFor('hashA', 'talks', new Set())).toBe('talks');
    expect(before.slugFor('hashB', 'talks', new Set(['talks']))).toBe('talks-2');
    // A later visit where only the second dump is still open.
    const after = createSlugAssignments(() => storage);
    expect(after.slugFor('hashB', 'talks', new Set())).toBe('talks-2');
    // A third dump with that title never takes a slug given out before.
    expect(after.slugFor('hashC', 'talks', new Set(['talks-2']))).toBe('talks-3');
    expect(after.hashOf('talks')).toBe('hashA');
  });
});
