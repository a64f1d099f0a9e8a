import type { PreparedDump } from './prepare-dump.ts';

/** Is comment `i` its author's first comment since comment `j`? */
export function firstSince(dump: PreparedDump, i: number, j: number): boolean {
  const key = dump.comments[i]?.authorKey;
  for (let k = j + 1; k < i; k++) if (dump.comments[k]?.authorKey === key) return false;
  return true;
}
