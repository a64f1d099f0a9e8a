import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/core/text/terminal-safe.ts';

describe('terminalSafe', () => {
  it('should show ESC, CR and bidi overrides as escapes and keep other text', () => {
    expect(terminalSafe('a\u001b[31mb\rc\u202Egnp.exe é')).toBe(
      'a\\u{1b}[31mb\\u{d}c\\u{202e}gnp.exe é',
    );
  });
});
