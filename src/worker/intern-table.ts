/** Values interned as small integers, for a worker message that sends each distinct value once. */
export interface InternTable<T> {
  /** The value's position in `values`, appending it when first met. */
  id(value: T): number;
  /** Each distinct value once, in the order first met: the table a decoder reads positions by. */
  readonly values: T[];
}

/**
 * Values are told apart as a Map keys them: strings by their text, objects by identity, so equal
 * objects that are not shared stay apart (a decoder gives back as many objects as it was sent).
 */
export function internTable<T>(): InternTable<T> {
  const values: T[] = [];
  const at = new Map<T, number>();
  return {
    values,
    id(value) {
      let i = at.get(value);
      if (i === undefined) {
        i = values.push(value) - 1;
        at.set(value, i);
      }
      return i;
    },
  };
}
