/**
 * A value a worker message names, such as a table entry by its index. A missing one means the page
 * and its worker are of different builds (a page left open across a deploy): say what helps.
 */
export function onWire<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The page and its worker differ: reload the page.');
  return value;
}
