import { describe, expect, it } from 'vitest';
import { checkDumpSize, decodeDump, MAX_DUMP_BYTES } from '../../../src/core/parse/decode-dump.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeDump', () => {
  it('should return the text of a UTF-8 dump, without its BOM', () => {
    const r = decodeDump(
      utf8('\uFEFFTitle\n\nMay 02, 2017 · 1 comments\nAnn (Oslo)\nHéllo ✓'),
      'a.txt',
    );
    expect(r).toEqual({
      ok: true,
      value: 'Title\n\nMay 02, 2017 · 1 comments\nAnn (Oslo)\nHéllo ✓',
    });
  });

  it('should read a UTF-16 file marked by its BOM, as Notepad saves "Unicode"', () => {
    const text = 'Title\r\nZoë (Kraków)\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) le[2 + i * 2] = text.charCodeAt(i);
    expect(decodeDump(le, 'u.txt')).toEqual({ ok: true, value: text });
  });

  it('should refuse an empty file and a file of blank space, naming the file', () => {
    for (const bytes of [new Uint8Array(0), utf8('  \n\t\r\n'), utf8('\uFEFF')]) {
      const r = decodeDump(bytes, 'empty.txt');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('empty');
        expect(r.error.message).toContain('“empty.txt”');
        expect(r.error.message).toMatch(/plain text file/);
      }
    }
  });

  it('should refuse a PNG by its signature and say it is an image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const r = decodeDump(png, 'photo.png');
    expect(r.ok || r.error).toMatchObject({
      code: 'binary',
      message: expect.stringMatching(/PNG image/),
    });
  });

  it('should refuse binary data with a NUL byte and give its offset', () => {
    const r = decodeDump(new Uint8Array([0x41, 0x42, 0x00, 0x43]), 'data.bin');
    expect(r.ok || r.error).toMatchObject({
      code: 'binary',
      message: expect.stringMatching(/offset 2/),
    });
  });

  it('should refuse invalid UTF-8 and say at which byte and line', () => {
    // Latin-1 "é" (0xE9) on line 3: what a file saved in Windows-1252 looks like.
    const bytes = new Uint8Array([...utf8('Title\nAnn (Oslo)\nCaf'), 0xe9, ...utf8(' au lait\n')]);
    const r = decodeDump(bytes, 'latin1.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('encoding');
      expect(r.error.line).toBe(3);
      expect(r.error.message).toContain('offset 20 (line 3)');
      expect(r.error.message).toMatch(/UTF-8/);
    }
  });

  it('should refuse more than the size cap before decoding, stating both sizes', () => {
    const r = checkDumpSize(200 * 1024 * 1024, 'huge.txt');
    expect(r.ok || r.error.message).toBe(
      '“huge.txt” is 200 MB; the explorer opens dumps up to 50 MB. Split the dump into smaller files and open them one by one.',
    );
    expect(checkDumpSize(MAX_DUMP_BYTES, 'ok.txt').ok).toBe(true);
    expect(decodeDump(new Uint8Array(MAX_DUMP_BYTES + 1), 'big.txt')).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('should say "over 50 MB" for a size that rounds to the cap, never "is 50 MB; … up to 50 MB"', () => {
    const r = checkDumpSize(MAX_DUMP_BYTES + 1, 'edge.txt');
    expect(r.ok || r.error.message).toMatch(
      /^“edge\.txt” is over 50 MB; the explorer opens dumps up to 50 MB\./,
    );
  });
});
