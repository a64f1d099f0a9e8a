/**
 * Remembers the last call: the same arguments (each compared with `Object.is`) give back the same
 * result object, so each step of the derived view reruns only when its own inputs changed and the
 * steps after it see unchanged identities.
 */
export function memoLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (
      last !== null &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    ) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
