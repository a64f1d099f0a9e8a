import { describe, expect, it } from 'vitest';
import { ownVoice, withoutParentQuotes } from '../../../src/core/stance/quotes.ts';

describe('quotes', () => {
  it('should drop long quotations and keep short scare quotes', () => {
    const text = 'He said "this proves he is a Russian puppet for sure" and called it a "reset".';
    expect(ownVoice(text, undefined)).toBe('He said   and called it a "reset".');
  });

  it("should count a quotation's words across any white space, and keep one of five", () => {
    expect(ownVoice('He said "one two\tthree\u00a0four\n five" today.', undefined)).toBe(
      'He said "one two\tthree\u00a0four\n five" today.',
    );
    expect(
      ownVoice('He said "  one two\tthree\u00a0four\n five\u3000six " today.', undefined),
    ).toBe('He said   today.');
    expect(ownVoice('An empty " " quote.', undefined)).toBe('An empty " " quote.');
  });

  it('should drop an opening line copied from the parent', () => {
    const parent = 'Europeans are getting increasingly tired of the sanctions. Let us start.';
    expect(
      ownVoice(
        'Europeans are getting increasingly tired of the sanctions.\nNo they are not.',
        parent,
      ).trim(),
    ).toBe('No they are not.');
  });

  it('should remove only the parent’s words when quotations are kept for reading', () => {
    const parent = 'Whatever happened to that conspiracy?';
    expect(withoutParentQuotes('"Whatever happened to that conspiracy?" We persist.', parent)).toBe(
      '  We persist.',
    );
    expect(withoutParentQuotes('"OMG he is a puppet!" they cry.', parent)).toBe(
      '"OMG he is a puppet!" they cry.',
    );
  });
});
