import { describe, expect, it } from 'vitest';
import { isBlank, splitLines } from '../../src/core/split-lines.ts';

describe('splitLines', () => {
  it('should split LF, CRLF and lone CR alike', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('should drop a leading BOM only', () => {
    expect(splitLines('\uFEFFa\n\uFEFFb')).toEqual(['a', '\uFEFFb']);
  });

  it('should call whitespace-only lines blank', () => {
    expect(isBlank(' \t ')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});
