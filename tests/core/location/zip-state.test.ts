import { describe, expect, it } from 'vitest';
import { zipState } from '../../../src/core/location/zip-state.ts';

describe('zipState', () => {
  it('should map a ZIP code to its state by its first three digits', () => {
    expect(zipState('02139')).toBe('MA');
    expect(zipState('10001')).toBe('NY');
    expect(zipState('90210')).toBe('CA');
    expect(zipState('33315')).toBe('FL');
    expect(zipState('20500')).toBe('DC');
  });

  it('should give null for unused prefixes and for text that is not five digits', () => {
    expect(zipState('00000')).toBeNull();
    expect(zipState('0213')).toBeNull();
    expect(zipState('abcde')).toBeNull();
  });
});
