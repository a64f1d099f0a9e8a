import { describe, expect, it } from 'vitest';
import { ownVoice, withoutParentQuotes } from '../../../src/core/stance/quotes.ts';

describe('quotes', () => {
  it('should drop long quotations and keep short scare quotes', () => {
    const text = 'He said "this proves he is a Russian puppet for sure" and called it a "reset".';
    expect(ownVoice(text, undefined)).toBe('He said   and called it a "reset".');
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
