import { describe, expect, it } from 'vitest';
import { MACHINE_ONLY } from '../../../src/core/stance/effective-stance.ts';
import { COMMENT_CSV_HEADER, commentCsvRows } from '../../../src/core/export/comment-csv-rows.ts';
import { toCsv } from '../../../src/core/export/to-csv.ts';
import { makeArticle } from '../support/sample-articles.ts';
import { readCsv } from '../support/read-csv.ts';

const article = makeArticle('talks', [
  {
    id: 'a1',
    author: 'Vincent',
    place: { raw: 'Vt.', region: 'Vermont', country: 'United States' },
    body: 'First, "quoted".\n\nSecond paragraph.',
    stance: 'oppose',
  },
  { id: 'a2', parent: 'a1', author: null, body: '=1+1 is two', stance: 'support' },
  { id: 'a3', author: 'Mary', place: { raw: 'Somewhere' }, stance: 'neutral' },
]);

describe('commentCsvRows', () => {
  it('should give a header and one row per comment in view with every listed column', () => {
    const rows = commentCsvRows([article], null, MACHINE_ONLY);
    expect(rows[0]).toEqual([...COMMENT_CSV_HEADER]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'talks',
      'a1',
      null,
      0,
      'Vincent',
      'Vt.',
      null,
      'Vermont',
      'United States',
      'oppose',
      'machine',
      'First, "quoted".\n\nSecond paragraph.',
    ]);
    expect(rows[2]?.slice(1, 5)).toEqual(['a2', 'a1', 1, null]);
  });

  it('should keep only matching comments and mark the reader’s labels and the learned ones', () => {
    const rows = commentCsvRows([article], new Set(['talks/a1', 'talks/a3']), {
      overrideOf: (key) => (key === 'talks/a3' ? 'support' : null),
      learnedOf: (key) =>
        key === 'talks/a1' ? { label: 'oppose', confidence: 0.7, words: ['sanctions'] } : null,
    });
    expect(rows.map((r) => r[1])).toEqual(['id', 'a1', 'a3']);
    expect(rows[1]?.slice(9, 11)).toEqual(['oppose', 'learned']);
    expect(rows[2]?.slice(9, 11)).toEqual(['support', 'reader']);
  });

  it('should survive a round trip through CSV text with the formula guard visible', () => {
    const back = readCsv(toCsv(commentCsvRows([article], null, MACHINE_ONLY)).slice(1));
    expect(back[1]?.[11]).toBe('First, "quoted".\n\nSecond paragraph.');
    expect(back[2]?.[11]).toBe("'=1+1 is two");
    expect(back[2]?.[4]).toBe('');
  });
});
