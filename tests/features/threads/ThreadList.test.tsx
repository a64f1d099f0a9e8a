import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/core/view/view-types.ts';
import { ThreadList } from '../../../src/features/threads/ThreadList.tsx';

/** `n` article rows whose reads by index are counted (articles it does not know draw nothing). */
function countedRows(n: number): { rows: readonly Row[]; reads: () => number; reset(): void } {
  const rows: Row[] = Array.from({ length: n }, (_, i) => ({
    kind: 'article',
    key: `a${i}`,
    depth: 0,
    slug: `a${i}`,
    count: 0,
  }));
  let reads = 0;
  const counted = new Proxy(rows, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) reads += 1;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return {
    rows: counted,
    reads: () => reads,
    reset: () => {
      reads = 0;
    },
  };
}

describe('ThreadList', () => {
  it('should not walk every row again when it renders again with the same rows', () => {
    const { rows, reads, reset } = countedRows(5_000);
    const articles = new Map();
    const { rerender } = render(<ThreadList rows={rows} articles={articles} />);
    // The first render measures every row once: the list's height is their sum.
    expect(reads()).toBeGreaterThanOrEqual(5_000);
    reset();
    rerender(<ThreadList rows={rows} articles={articles} />);
    // A keystroke or a scroll re-renders the list: only the rows on screen may be read.
    expect(reads()).toBeLessThan(100);
  });
});
