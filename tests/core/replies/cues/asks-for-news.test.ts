import { describe, expect, it } from 'vitest';
import { asksForNews } from '../../../../src/core/replies/cues/asks-for-news.ts';

describe('asksForNews', () => {
  it('should read a question putting a request for news to the readers', () => {
    expect(
      asksForNews('Does anyone know if the rink will be open next winter? My kid skates.'),
    ).toBe(true);
    expect(asksForNews('Long day. Can SOMEBODY here explain the new fee?')).toBe(true);
    expect(asksForNews('Has anybody else heard about the closure?')).toBe(true);
  });

  it('should not read a rhetorical question, a statement or a question to no reader as one', () => {
    expect(asksForNews('Does anyone really think this will pass?')).toBe(false);
    expect(asksForNews('Does anyone know the mayor. He called.')).toBe(false);
    expect(asksForNews('Does the council know what it is doing?')).toBe(false);
  });

  it('should fold letters as the full pattern does: a long s is an s', () => {
    expect(asksForNews('Can ſomeone tell me when it opens?')).toBe(true);
  });
});
