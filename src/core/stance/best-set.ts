/** The set whose shortest literal is longest: it rules out the most texts. */
export function bestSet(sets: readonly (readonly string[])[]): readonly string[] | null {
  let chosen: readonly string[] | null = null;
  for (const set of sets) if (chosen === null || shortest(set) > shortest(chosen)) chosen = set;
  return chosen;
}

export function shortest(literals: readonly string[]): number {
  return literals.reduce((min, l) => Math.min(min, l.length), Infinity);
}
