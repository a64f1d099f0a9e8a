/**
 * What removing a dump does to the reader's labels on it, said when it is removed. Labels are kept:
 * they are stored by the dump's text hash and the comment's id (never by slug), so they come back
 * when the same text is opened again, whatever slug it is given then.
 */
export function removalNote(name: string, labels: number): string {
  const kept =
    labels === 0
      ? 'It had no stance labels of yours.'
      : `Your ${labels} stance label${labels === 1 ? '' : 's'} on it ${labels === 1 ? 'is' : 'are'} kept in this browser and come${labels === 1 ? 's' : ''} back if you open it again.`;
  return `Removed “${name}”. ${kept}`;
}
