// Checked for every paragraph the page shows: the link finder (linkify-it, several KB) loads only
// for a text that passes, and the seeds have none.
const MAY_LINK = /https?:\/\/|www\./i;

/** False when `text` surely holds no web address findLinks would find. */
export function mayHaveLink(text: string): boolean {
  return MAY_LINK.test(text);
}
