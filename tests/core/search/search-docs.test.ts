import { describe, expect, it } from 'vitest';
import { placeText, searchDocs } from '../../../src/core/search/search-docs.ts';
import { makeDoc } from '../support/thread-fixture.ts';

describe('searchDocs', () => {
  it('should name each comment by the article name it is given, never by a slug', () => {
    const doc = makeDoc('A title', [
      { id: 'a1', author: 'Vincent', body: 'Lift the sanctions.' },
      { id: 'a2', author: null, parent: 'a1', body: 'No.' },
    ]);
    expect(searchDocs(doc.comments, 'h123')).toEqual([
      {
        key: 'h123/a1',
        article: 'h123',
        id: 'a1',
        author: 'Vincent',
        location: null,
        body: 'Lift the sanctions.',
      },
      { key: 'h123/a2', article: 'h123', id: 'a2', author: null, location: null, body: 'No.' },
    ]);
  });
});

describe('placeText', () => {
  it('should give the raw place and its resolved names once each, so a region finds its city', () => {
    const place = { raw: 'Pasadena, Ca', city: 'Pasadena', region: 'California', country: 'US' };
    expect(placeText(place)).toBe('Pasadena, Ca Pasadena California US');
    expect(placeText({ raw: 'Paris', city: 'Paris', region: null, country: 'France' })).toBe(
      'Paris France',
    );
    expect(placeText(null)).toBeNull();
  });
});
