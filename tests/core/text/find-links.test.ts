import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../src/core/text/find-links.ts';
import { mayHaveLink } from '../../../src/core/text/may-have-link.ts';

const typed = (text: string) => findLinks(text).map((l) => text.slice(l.start, l.end));

describe('findLinks', () => {
  it('should leave a sentence’s full stop out of the address that ends it', () => {
    const text = 'The full story: https://www.nytimes.com/2017/05/02/world/trump-putin.html.';
    expect(findLinks(text)).toEqual([
      {
        start: 16,
        end: text.length - 1,
        href: 'https://www.nytimes.com/2017/05/02/world/trump-putin.html',
      },
    ]);
  });

  it('should keep an address’s own brackets and leave out the ones around it', () => {
    expect(typed('Read this (https://en.wikipedia.org/wiki/Détente_(diplomacy)) first.')).toEqual([
      'https://en.wikipedia.org/wiki/Détente_(diplomacy)',
    ]);
  });

  it('should leave quotation marks around an address out of it', () => {
    expect(typed('He cited “https://antiwar.com/blog/2017/05/02/ties” as proof.')).toEqual([
      'https://antiwar.com/blog/2017/05/02/ties',
    ]);
  });

  it('should link an address that starts with www. to the web', () => {
    expect(findLinks('See www.antiwar.com, then decide.')).toEqual([
      { start: 4, end: 19, href: 'http://www.antiwar.com' },
    ]);
  });

  it('should not read words run together at a full stop as an address', () => {
    // ".In", ".So" and ".it" are country domains; a missing space is not a link.
    expect(findLinks('Russia.In fact we knew etc.So yes.it matters')).toEqual([]);
  });

  it('should find several addresses in one paragraph, in order', () => {
    expect(typed('First http://a.example.org/x and then HTTPS://B.EXAMPLE.ORG/y?q=1&r=2!')).toEqual(
      ['http://a.example.org/x', 'HTTPS://B.EXAMPLE.ORG/y?q=1&r=2'],
    );
  });

  it('should make no link of mail addresses, other schemes or script', () => {
    const text =
      'Write to editor@example.org or mailto:editor@example.org, ftp://files.example.org, ' +
      '//example.org, javascript:alert(1), data:text/html,hi';
    expect(findLinks(text)).toEqual([]);
  });

  it('should make no link of a scheme with nothing after it', () => {
    expect(findLinks('Links start with https:// as you know.')).toEqual([]);
  });

  it('should only ever give web links over addresses typed without spaces, which mayHaveLink sees', () => {
    const piece = fc.constantFrom(
      'https://',
      'http://',
      'www.',
      'HTTP://',
      'example',
      '.org',
      '.In',
      '/path',
      '(',
      ')',
      '.',
      ',',
      ' ',
      '\n',
      '“',
      '”',
      '?q=1',
      'é',
      '@',
      'mailto:',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }).map((p) => p.join('')),
        (text) => {
          const links = findLinks(text);
          for (const l of links) {
            expect(l.href).toMatch(/^https?:\/\//i);
            expect(text.slice(l.start, l.end)).not.toMatch(/\s/);
          }
          if (links.length > 0) expect(mayHaveLink(text)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
