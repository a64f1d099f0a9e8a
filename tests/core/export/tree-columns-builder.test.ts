import { describe, expect, it } from 'vitest';
import { treeColumnsBuilder } from '../../../src/core/export/tree-columns-builder.ts';
import { makeArticle } from '../../app/support/make-articles.ts';

describe('treeColumnsBuilder', () => {
  const article = makeArticle('x', 'X', [
    { id: 'a', author: 'Ann', city: 'Boston', region: 'Massachusetts', country: 'United States' },
    { id: 'b', parent: 'a', author: ' ann ', stance: 'oppose' },
    { id: 'c', author: 'Bo', city: 'Boston', region: 'Massachusetts', country: 'United States' },
    { id: 'd', author: 'Ann', country: 'Canada', stance: 'support' },
    { id: 'e', author: null, city: 'Boston', region: 'Massachusetts', country: 'United States' },
  ]);

  it('should give the same columns in slices as in one go', () => {
    const whole = treeColumnsBuilder(article.byId).step(Infinity);
    const sliced = treeColumnsBuilder(article.byId);
    expect(sliced.step(2)).toBeNull();
    expect(sliced.step(2)).toBeNull();
    expect(sliced.step(2)).toEqual(whole);
  });

  it('should only answer a step of none: null until every comment is read, then the columns', () => {
    const builder = treeColumnsBuilder(article.byId);
    expect(builder.step(0)).toBeNull();
    expect(builder.step(3)).toBeNull();
    expect(builder.step(0)).toBeNull();
    const done = builder.step(2);
    expect(done?.ids).toHaveLength(5);
    expect(builder.step(0)).toBe(done);
  });

  it('should number each place and each name once, in the order first met', () => {
    const cols = treeColumnsBuilder(article.byId).step(Infinity);
    if (cols === null) throw new Error('every comment was read');
    expect(cols.ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...cols.place]).toEqual([0, -1, 0, 1, 0]);
    expect(cols.places.map((p) => p.country)).toEqual(['United States', 'Canada']);
    // Spellings that differ only in case and spaces are one name, shown as first written.
    expect([...cols.author]).toEqual([0, 0, 1, 0, -1]);
    expect(cols.authors).toEqual([
      { norm: 'ann', shown: 'Ann' },
      { norm: 'bo', shown: 'Bo' },
    ]);
    expect(cols.position.get('d')).toBe(3);
  });
});
