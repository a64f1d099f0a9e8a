/** Compiles `entry` (a path from the project's root) into one ES module for Node; its path. */
export function nodeBundle(entry: string): Promise<string>;
