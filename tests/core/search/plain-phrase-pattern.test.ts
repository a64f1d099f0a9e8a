import { describe, expect, it } from 'vitest';
import { plainPhrasePattern } from '../../../src/core/search/plain-phrase-pattern.ts';

describe('plainPhrasePattern', () => {
  it('should match whole words side by side, whatever the case and the separators', () => {
    const re = plainPhrasePattern(['peace', 'talks'], false);
    expect(re?.test('PEACE -- talks resume')).toBe(true);
    expect(re?.test('peace talksmen')).toBe(false);
    expect(re?.test('ipeace talks')).toBe(false);
    expect(re?.test('talks peace')).toBe(false);
  });

  it('should let an open phrase’s last word be begun only', () => {
    expect(plainPhrasePattern(['regime', 'ch'], true)?.test('Regime change')).toBe(true);
    expect(plainPhrasePattern(['regime', 'ch'], false)?.test('Regime change')).toBe(false);
  });

  it('should give no pattern for a word no plain text holds', () => {
    expect(plainPhrasePattern(['ı'], false)).toBeNull();
  });
});
