import { describe, expect, it } from 'vitest';
import { MACHINE_ONLY } from '../../../src/core/stance/effective-stance.ts';
import { toThreadJson } from '../../../src/core/export/to-thread-json.ts';
import { makeArticle } from '../support/sample-articles.ts';

const one = makeArticle('one', [
  {
    id: 'a',
    author: 'Ann',
    place: { raw: 'Oslo', city: 'Oslo', country: 'Norway' },
    stance: 'support',
  },
  { id: 'b', parent: 'a', stance: 'oppose' },
  { id: 'c', parent: 'b', stance: 'neutral' },
]);
const two = makeArticle('two', [{ id: 'x', stance: 'neutral' }]);

const CONTRACT_COMMENT_KEYS = [
  'author',
  'body',
  'depth',
  'id',
  'location',
  'parentId',
  'reply',
  'stance',
];

describe('toThreadJson', () => {
  it('should give the contract shape per article with every comment when nothing is filtered', () => {
    const [json] = toThreadJson([one], null, MACHINE_ONLY);
    expect(json?.format).toBe('nyt');
    expect(json?.article).toEqual(one.doc.article);
    expect(json?.warnings).toEqual([]);
    expect(json?.comments.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    for (const c of json?.comments ?? []) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(CONTRACT_COMMENT_KEYS));
    }
    expect(json?.comments[1]).toMatchObject({
      parentId: 'a',
      depth: 1,
      reply: { inferred: true, confidence: 0.8, reason: 'addresses a by name' },
      stance: { label: 'oppose', score: 0.1, cues: ['a cue'], source: 'machine' },
    });
    expect(json?.view).toEqual({ url: '', comments: 3, totalComments: 3 });
  });

  it('should keep only comments in view, in document order, with their original parents', () => {
    const [json] = toThreadJson(
      [one],
      new Set(['one/c', 'one/a']),
      MACHINE_ONLY,
      '?stance=support',
    );
    expect(json?.comments.map((c) => [c.id, c.parentId, c.depth])).toEqual([
      ['a', null, 0],
      ['c', 'b', 2],
    ]);
    expect(json?.view).toEqual({ url: '?stance=support', comments: 2, totalComments: 3 });
  });

  it('should put the reader’s label in stance.label and keep the machine’s beside it', () => {
    const [json] = toThreadJson([one], null, {
      overrideOf: (key) => (key === 'one/b' ? 'support' : null),
      learnedOf: () => null,
    });
    expect(json?.comments[1]?.stance).toEqual({
      label: 'support',
      score: 0.1,
      cues: ['a cue'],
      source: 'reader',
      machineLabel: 'oppose',
    });
    expect(json?.comments[0]?.stance).not.toHaveProperty('machineLabel');
  });

  it('should mark a label learned from the reader’s as learned, not as the reader’s', () => {
    const [json] = toThreadJson([one], null, {
      overrideOf: () => null,
      learnedOf: (key) =>
        key === 'one/b' ? { label: 'neutral', confidence: 0.6, words: ['talks'] } : null,
    });
    expect(json?.comments[1]?.stance).toMatchObject({
      label: 'neutral',
      source: 'learned',
      machineLabel: 'oppose',
    });
  });

  it('should give one object per article, in the order given, for a view across articles', () => {
    const out = toThreadJson([two, one], new Set(['one/b', 'two/x']), MACHINE_ONLY);
    expect(out.map((j) => [j.slug, j.comments.length])).toEqual([
      ['two', 1],
      ['one', 1],
    ]);
  });

  it('should be plain JSON: a stringify round trip changes nothing', () => {
    const out = toThreadJson([one, two], null, MACHINE_ONLY);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});
