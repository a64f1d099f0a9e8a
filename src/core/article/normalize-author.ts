/**
 * A commenter's name as filters, mutes and the filter columns compare it: case- and
 * edge-space-insensitively ("Ann" and " ann " are one commenter).
 */
export function normalizeAuthor(name: string): string {
  return name.trim().toLowerCase();
}
