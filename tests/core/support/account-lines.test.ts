import { describe, expect, it } from 'vitest';
import { accountLines } from './account-lines.ts';
import { parseThread } from '../../../src/core/parse-thread.ts';
import type { ThreadDocument } from '../../../src/core/types.ts';

const FLAT =
  'T\n\nMay 02, 2017 · 2 comments\nMary (Atlanta)\nOne.\n\nTwo.\nBo (Rome, Italy)\nThree.';
const INDENTED =
  'T\n\nSub\n\nBody.\n\nAuthor: Jo\n\nBio.\n\n  • Ann\n\n    Hi.\n\n    • Said this. Anon.\n\n      more\n';

function doc(text: string): ThreadDocument {
  const r = parseThread(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('accountLines', () => {
  it('should say where every non-blank line of a flat dump went', () => {
    const r = accountLines(FLAT, doc(FLAT));
    expect(r.ok && r.value.map((p) => `${p.line}:${p.kind}:${p.comment ?? '-'}`)).toEqual([
      '1:title:-',
      '3:dateline:-',
      '4:header:0',
      '5:body:0',
      '7:body:0',
      '8:header:1',
      '9:body:1',
    ]);
  });

  it('should say where every non-blank line of an indented dump went', () => {
    const r = accountLines(INDENTED, doc(INDENTED));
    expect(r.ok && r.value.map((p) => p.kind)).toEqual([
      'title',
      'subtitle',
      'article-body',
      'byline',
      'bio',
      'header',
      'body',
      'header',
      'body',
    ]);
  });

  it('should catch a line the output lost', () => {
    const d = doc(FLAT);
    const lost = {
      ...d,
      comments: d.comments.map((c, i) => (i === 0 ? { ...c, body: 'One.' } : c)),
    };
    expect(accountLines(FLAT, lost)).toMatchObject({ ok: false, error: { line: 7 } });
  });

  it('should catch a line the output holds twice', () => {
    const d = doc(FLAT);
    const twice = {
      ...d,
      comments: d.comments.map((c, i) => (i === 1 ? { ...c, body: 'Three.\nThree.' } : c)),
    };
    expect(accountLines(FLAT, twice)).toMatchObject({ ok: false, error: { line: null } });
  });

  it('should catch a header whose author was altered', () => {
    const d = doc(FLAT);
    const renamed = {
      ...d,
      comments: d.comments.map((c, i) => (i === 0 ? { ...c, author: 'Marie' } : c)),
    };
    expect(accountLines(FLAT, renamed)).toMatchObject({ ok: false, error: { line: 4 } });
  });

  it('should place a bare bullet and the anonymous body under it', () => {
    const text = 'T\n\nAuthor:Jo\n\n  •\n\n    Said this.\n    And that.\n';
    const r = accountLines(text, doc(text));
    expect(r.ok && r.value.map((p) => `${p.line}:${p.kind}`)).toEqual([
      '1:title',
      '3:byline',
      '5:header',
      '7:body',
      '8:body',
    ]);
  });
});
