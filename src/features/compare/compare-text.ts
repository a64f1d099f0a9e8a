/** Text from a dump (titles, names, words): isolated for bidi, wrapping anywhere on a phone. */
export const DUMP_TEXT = '[overflow-wrap:anywhere]';

/** 0.4286 → "43%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A difference of shares in percentage points, signed: 0.231 → "+23", −0.05 → "−5". */
export function signed(diff: number): string {
  const n = Math.round(diff * 100);
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`;
}

/** The same with its unit: 0.231 → "+23 pts". */
export function points(diff: number): string {
  return `${signed(diff)} pts`;
}
