/**
 * How many typos a name of this length may carry and still be recognised. Short names get none:
 * "Earth" is one letter from "Perth" and "Lewis" one from "Lewes", and a reader who writes five
 * letters rarely misspells them; 6–8 letters get one ("Philadelfia" is 11), longer ones two
 * ("Massachyussetts" is two edits from "Massachusetts").
 */
export function maxTypos(length: number): number {
  if (length < 6) return 0;
  return length < 9 ? 1 : 2;
}

// Three rows reused across calls: the search runs thousands of comparisons per lookup.
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(0),
  new Int32Array(0),
  new Int32Array(0),
];

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up as soon as it
 * must exceed `max`: returns `max + 1` then, so a caller compares without the full matrix.
 */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rows[0].length < m + 1)
    rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[m]!;
}

export interface FuzzyEntry<T> {
  readonly key: string;
  readonly value: T;
}

/**
 * Candidates bucketed by first letter and length, so a lookup compares only names whose length
 * is within the typo budget. A typo in the first letter is not searched for.
 */
export type FuzzyIndex<T> = ReadonlyMap<string, readonly Indexed<T>[]>;

interface Indexed<T> extends FuzzyEntry<T> {
  readonly letters: number;
}

/**
 * One bit per letter a–z present (others share bit 26). An edit changes at most two bits, so two
 * keys whose bits differ in more than 2 × budget places are too far apart to compare at all.
 */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

const bucketOf = (first: string, length: number): string => `${first}${length}`;

export function buildFuzzyIndex<T>(entries: Iterable<FuzzyEntry<T>>): FuzzyIndex<T> {
  const index = new Map<string, Indexed<T>[]>();
  for (const { key, value } of entries) {
    const entry = { key, value, letters: letterMask(key) };
    const first = entry.key[0];
    if (first === undefined) continue;
    const name = bucketOf(first, entry.key.length);
    const bucket = index.get(name) ?? [];
    bucket.push(entry);
    index.set(name, bucket);
  }
  return index;
}

/** Every accepted value at the smallest distance within the typo budget of `key`; empty if none. */
export function fuzzyFind<T, C = undefined>(
  index: FuzzyIndex<T>,
  key: string,
  accept?: (value: T, context: C) => boolean,
  context?: C,
): T[] {
  const budget = maxTypos(key.length);
  const first = key[0];
  if (budget === 0 || first === undefined) return [];
  const letters = letterMask(key);
  let best = budget + 1;
  let found: T[] = [];
  for (let length = key.length - budget; length <= key.length + budget; length++) {
    for (const entry of index.get(bucketOf(first, length)) ?? []) {
      if (entry.key === key || bitCount(letters ^ entry.letters) > 2 * budget) continue;
      if (accept && !accept(entry.value, context as C)) continue;
      const d = editDistance(key, entry.key, Math.min(best, budget));
      if (d > budget || d > best) continue;
      if (d < best) {
        best = d;
        found = [];
      }
      found.push(entry.value);
    }
  }
  return found;
}
