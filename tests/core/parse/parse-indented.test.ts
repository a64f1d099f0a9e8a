import { describe, expect, it } from 'vitest';
import { indentWidth, parseIndented } from '../../../src/core/parse/parse-indented.ts';

const HEAD =
  'Trump, Putin Agree\n\nBoth Agree to Improve Relations\n\nOfficials confirmed it.\n\nMore text.\n\n\nAuthor: Jason Ditz\n\nJason Ditz is news editor\n\n';

function parsed(text: string) {
  const r = parseIndented(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('parseIndented', () => {
  it('should read title, subtitle, body, byline and bio from the article part', () => {
    const { article } = parsed(`${HEAD}  • Ann\n\n    Hi.\n`);
    expect(article).toEqual({
      title: 'Trump, Putin Agree',
      subtitle: 'Both Agree to Improve Relations',
      date: null,
      declaredCommentCount: null,
      byline: 'Jason Ditz',
      body: 'Officials confirmed it.\n\nMore text.',
      bio: 'Jason Ditz is news editor',
    });
  });

  it('should take the depth from the indentation, two spaces per level', () => {
    const text = `${HEAD}  • A\n\n    a\n\n    • B\n\n      b\n\n      • C\n\n        c\n\n  • D\n\n    d\n`;
    expect(parsed(text).comments.map((c) => [c.author, c.depth])).toEqual([
      ['A', 0],
      ['B', 1],
      ['C', 2],
      ['D', 0],
    ]);
  });

  it('should read a bullet whose text is a sentence as an anonymous comment starting the body', () => {
    const text = `${HEAD}  • I hate this. But fine.\n\n    • Bo\n\n      Why?\n`;
    const [anon, reply] = parsed(text).comments;
    expect(anon).toMatchObject({ author: null, body: 'I hate this. But fine.', depth: 0 });
    expect(reply).toMatchObject({ author: 'Bo', body: 'Why?', depth: 1 });
  });

  it('should continue an anonymous body on the indented lines below its bullet', () => {
    const text = `${HEAD}  • Putin talks to Trump: “OMG”\n\n    Putin doesn’t talk to Trump: “OMG”\n`;
    expect(parsed(text).comments[0]?.body).toBe(
      'Putin talks to Trump: “OMG”\n\nPutin doesn’t talk to Trump: “OMG”',
    );
  });

  it('should keep wrapped lines and paragraph breaks in a body', () => {
    const text = `${HEAD}  • EME\n\n    line one\n    line two\n\n    para two\n`;
    expect(parsed(text).comments[0]?.body).toBe('line one\nline two\n\npara two');
  });

  it('should make a bullet indented two levels at once a reply to the bullet above, with a warning', () => {
    const text = `${HEAD}  • A\n\n    a\n\n        • B\n\n          b\n`;
    const { comments, warnings } = parsed(text);
    expect(comments.map((c) => c.depth)).toEqual([0, 1]);
    expect(warnings[0]).toMatch(/more than one level deeper/);
  });

  it('should count a tab as one level', () => {
    expect(indentWidth('\t\t• x')).toBe(4);
    const text = 'T\n\nAuthor: X\n\n\t• A\n\n\t\ta\n\n\t\t• B\n\n\t\t\tb\n';
    expect(parsed(text).comments.map((c) => c.depth)).toEqual([0, 1]);
  });

  it('should read a name-like bullet as the text of an anonymous comment when nothing deeper follows', () => {
    const text = `${HEAD}  • Agreed\n\n  • Bo\n\n    Why?\n\n  • Thanks\n`;
    expect(parsed(text).comments.map((c) => [c.author, c.body])).toEqual([
      [null, 'Agreed'],
      ['Bo', 'Why?'],
      [null, 'Thanks'],
    ]);
  });

  it("should keep text no deeper than a name-like bullet as that bullet's anonymous text, with a warning", () => {
    const text = `${HEAD}  • Agreed\n\n  and more\n`;
    const { comments, warnings } = parsed(text);
    expect(comments).toMatchObject([{ author: null, body: 'Agreed\n\nand more' }]);
    expect(warnings[0]).toMatch(/line 16: text indented no deeper than its bullet/);
  });

  it('should refuse an empty input with a typed error', () => {
    expect(parseIndented(' \n\n')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('should refuse a bullet before any title with a typed error and its line', () => {
    expect(parseIndented('\n  • Wes\n\n    Hi.\n')).toEqual({
      ok: false,
      error: { code: 'malformed', message: expect.stringContaining('title') as string, line: 2 },
    });
  });
});
