/** `thread-explorer-compare-<a>-vs-<b>[-filtered]-<what>-YYYY-MM-DD.csv`, each slug cut to 40. */
export function compareExportName(
  a: string,
  b: string,
  what: 'figures' | 'words',
  filtered: boolean,
  today = new Date(),
): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '-').slice(0, 40);
  const day = today.toISOString().slice(0, 10);
  return `thread-explorer-compare-${safe(a)}-vs-${safe(b)}${filtered ? '-filtered' : ''}-${what}-${day}.csv`;
}
