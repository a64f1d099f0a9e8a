/** `thread-explorer-<slug or "all">[-filtered]-YYYY-MM-DD.<ext>`: sortable, safe on every file system. */
export function exportName(
  slug: string | null,
  filtered: boolean,
  ext: 'json' | 'csv',
  today = new Date(),
): string {
  const day = today.toISOString().slice(0, 10);
  const what = (slug ?? 'all').replace(/[^a-z0-9-]/gi, '-').slice(0, 80);
  return `thread-explorer-${what}${filtered ? '-filtered' : ''}-${day}.${ext}`;
}
