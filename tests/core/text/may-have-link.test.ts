import { describe, expect, it } from 'vitest';
import { mayHaveLink } from '../../../src/core/text/may-have-link.ts';

describe('mayHaveLink', () => {
  it('should say a paragraph with a web address may hold a link', () => {
    expect(mayHaveLink('More at https://antiwar.com today')).toBe(true);
    expect(mayHaveLink('More at WWW.ANTIWAR.COM today')).toBe(true);
  });

  it('should say a paragraph without a scheme or www. holds none', () => {
    expect(mayHaveLink('Putin.com is not a link here, nor is editor@example.org.')).toBe(false);
  });
});
