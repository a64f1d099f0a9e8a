import type { Row } from './view-types.ts';

/**
 * A row's index by key, the map built on the first lookup: at 50,000 rows a keystroke should not
 * pay for a map that only a jump to a comment reads.
 */
export function rowIndex(rows: readonly Row[]): (key: string) => number | undefined {
  let map: Map<string, number> | null = null;
  return (key) => {
    if (map === null) {
      map = new Map();
      for (let i = 0; i < rows.length; i += 1) map.set(rows[i]?.key ?? '', i);
    }
    return map.get(key);
  };
}
