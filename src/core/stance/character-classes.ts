/** Every UTF-16 code unit has a class slot: one load a character, no branch for the rare wide ones. */
const CODE_UNITS = 0x10000;
/** Lowercase prose's characters, the most frequent first. */
const FREQUENT = " etaoinsrhldcumfpgwybv,.k'-xjqz";

/**
 * The class of every code unit for an automaton over `literals`: 0 for every character no literal
 * contains, 1 … classes − 1 for the others.
 */
export function characterClasses(literals: readonly (readonly string[] | null)[]): {
  classOf: Uint16Array;
  classes: number;
} {
  const classOf = new Uint16Array(CODE_UNITS);
  let classes = 1;
  // The characters prose is mostly made of take the first classes: a row is 64 entries (128
  // bytes), and with these in its first half most steps read one cache line of a state's row,
  // where classes numbered in the literals' order spread the letters over both.
  // Marked by code unit: a Set of all the literals joined (140,000 characters, iterated by code
  // point) took 15–100 ms of a worker's first build.
  const used = new Uint8Array(CODE_UNITS);
  for (const g of literals) {
    for (const literal of g ?? []) {
      for (let i = 0; i < literal.length; i += 1) used[literal.charCodeAt(i)] = 1;
    }
  }
  for (const ch of FREQUENT)
    if (used[ch.charCodeAt(0)] === 1) classOf[ch.charCodeAt(0)] = classes++;
  for (const g of literals) {
    for (const literal of g ?? []) {
      for (let i = 0; i < literal.length; i += 1) {
        const c = literal.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = classes++;
      }
    }
  }
  return { classOf, classes };
}
