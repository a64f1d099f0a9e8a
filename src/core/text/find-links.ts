import { LinkifyIt } from 'linkify-it';

/** A web address in a text: `text.slice(start, end)` is what the writer typed. */
export interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

// Only web addresses: "ftp:", "mailto:", bare "//…" and e-mail addresses are no pages to read.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false })
  .add('ftp:', null)
  .add('//', null)
  .add('mailto:', null);
// Without a scheme only "www." counts: comments typed without a space after a full stop
// ("Russia.In fact", "etc.So") read as domains of two-letter countries.
const WWW = /^www\./i;
const WEB = /^https?:\/\//i;

/**
 * The web addresses in `text`, in order: "http(s)://…" and "www.…", with trailing punctuation and
 * unbalanced brackets left out (linkify-it's rules). Nothing else ever becomes a link.
 */
export function findLinks(text: string): LinkSpan[] {
  const found = linkify.match(text) ?? [];
  return found
    .filter((m) => (m.schema === '' ? WWW.test(m.raw) : true) && WEB.test(m.url))
    .map((m) => ({ start: m.index, end: m.lastIndex, href: m.url }));
}
