import { describe, expect, it } from 'vitest';
import { parseFlat } from '../../../src/core/parse/parse-flat.ts';

function parsed(text: string) {
  const r = parseFlat(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('parseFlat', () => {
  it('should read title, date and declared count from the head', () => {
    const { article } = parsed('Trump and Putin\n\nMay 02, 2017 · 1 comments\nMary (Atlanta)\nHi.');
    expect(article).toMatchObject({
      title: 'Trump and Putin',
      date: '2017-05-02',
      declaredCommentCount: 1,
    });
  });

  it('should read each header as author and raw location, and the lines under it as the body', () => {
    const { comments } = parsed(
      'T\n\nMay 02, 2017 · 2 comments\nMary (Atlanta)\nOne.\n\nTwo.\nIver Thompson (Pasadena, Ca)\nThree.',
    );
    expect(comments).toEqual([
      { author: 'Mary', rawLocation: 'Atlanta', body: 'One.\n\nTwo.', depth: null, line: 4 },
      {
        author: 'Iver Thompson',
        rawLocation: 'Pasadena, Ca',
        body: 'Three.',
        depth: null,
        line: 8,
      },
    ]);
  });

  it('should keep a header-like step line inside the body', () => {
    const { comments } = parsed(
      'T\n\nMay 02, 2017 · 1 comments\nAna (Brooklyn, NY)\nPlan:\n\nStep 2 (the hard part)\nPay.',
    );
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe('Plan:\n\nStep 2 (the hard part)\nPay.');
  });

  it('should let the declared count turn a doubtful header back into text, and say so', () => {
    const text =
      'T\n\nMay 02, 2017 · 2 comments\nCarla (Austin, TX)\nRead it.\nI agree (mostly)\nOdd.\nDev (Ohio)\nSame.';
    const { comments, warnings } = parsed(text);
    expect(comments.map((c) => c.author)).toEqual(['Carla', 'Dev']);
    expect(comments[0]?.body).toBe('Read it.\nI agree (mostly)\nOdd.');
    expect(warnings[0]).toMatch(/^line 6: .*I agree \(mostly\).*declared 2 comments/);
  });

  it('should accept the same doubtful header when no count is declared', () => {
    const { comments } = parsed('T\nCarla (Austin, TX)\nRead it.\nI agree (mostly)\nOdd.');
    expect(comments.map((c) => c.author)).toEqual(['Carla', 'I agree']);
  });

  it('should warn when the declared and found counts differ', () => {
    const { warnings } = parsed('T\n\nMay 02, 2017 · 135 comments\nMary (Atlanta)\nHi.');
    expect(warnings).toEqual(['declared 135 comments, found 1']);
  });

  it('should read "Name ()" as a header without a location and never a bare name line', () => {
    const { comments } = parsed(
      'T\n\nMay 02, 2017 · 2 comments\nFrank ()\nHi.\nGita (Boston)\nYours,\nVladi',
    );
    expect(comments.map((c) => [c.author, c.rawLocation])).toEqual([
      ['Frank', null],
      ['Gita', 'Boston'],
    ]);
    expect(comments[1]?.body).toBe('Yours,\nVladi');
  });

  it('should keep text between the dateline and the first header as the article body', () => {
    const { article } = parsed('T\n\nMay 02, 2017 · 1 comments\nModerated.\nMax (Reno, NV)\nOk.');
    expect(article.body).toBe('Moderated.');
  });

  it('should parse CRLF text exactly like LF text', () => {
    const lf = 'T\n\nMay 02, 2017 · 1 comments\nMary (Atlanta)\nOne.\n\nTwo.\n';
    expect(parsed(lf.replaceAll('\n', '\r\n'))).toEqual(parsed(lf));
  });

  it('should return an "empty" error rather than throw on blank input', () => {
    expect(parseFlat('\n \n')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});
