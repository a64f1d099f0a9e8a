import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/parse/detect-format.ts';

const FLAT = 'Title\n\nMay 02, 2017 · 2 comments\nAnn (Oslo)\nHi.\nBo (Rome, Italy)\nHey.\n';
const INDENTED = 'Title\n\nAuthor: Jo\n\n  • Ann\n\n    Hi.\n\n    • Bo\n\n      Hey.\n';

describe('detectFormat', () => {
  it('should call a dump with a dateline under its title "nyt"', () => {
    expect(detectFormat(FLAT)).toEqual({ ok: true, value: 'nyt' });
  });

  it('should call a flat dump without a dateline "nyt" from its Name (Place) headers', () => {
    expect(detectFormat('Title\nAnn (Oslo)\nHi.\nBo (Rome, Italy)\nHey.')).toEqual({
      ok: true,
      value: 'nyt',
    });
  });

  it('should call a dump of indented bullets under an Author line "indented"', () => {
    expect(detectFormat(INDENTED)).toEqual({ ok: true, value: 'indented' });
  });

  it('should keep "nyt" when a flat comment contains a bulleted list', () => {
    const text =
      'Title\nAnn (Oslo)\nMy list:\n• one\nBo (Rome, Italy)\nHey.\nCy (Paris, France)\nOk.';
    expect(detectFormat(text)).toEqual({ ok: true, value: 'nyt' });
  });

  it('should call empty and whitespace-only input "empty"', () => {
    for (const text of ['', '  \n\t\r\n', '\uFEFF']) {
      const r = detectFormat(text);
      expect(r.ok ? 'ok' : r.error.code).toBe('empty');
    }
  });

  it('should call text with a NUL byte "binary" and give the line', () => {
    const r = detectFormat('Title\nAnn (Oslo)\nok\u0000junk');
    expect(r).toMatchObject({ ok: false, error: { code: 'binary', line: 3 } });
  });

  it('should call mostly control and replacement characters "binary"', () => {
    const junk = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? '\uFFFD' : 'x\u0007')).join(
      '',
    );
    const r = detectFormat(junk);
    expect(r.ok ? 'ok' : r.error.code).toBe('binary');
  });

  it('should accept a stray replacement character in otherwise normal text', () => {
    expect(detectFormat(FLAT.replace('Hi.', 'Hi \uFFFD there.')).ok).toBe(true);
  });

  it('should say "unknown layout" and what it expected for plain prose', () => {
    const r = detectFormat('Dear diary,\n\ntoday nothing happened.\n');
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-layout', line: null } });
    if (!r.ok)
      expect(r.error.message).toContain('expected a comment dump in the nyt or indented layout');
  });
});
