import { describe, expect, it } from 'vitest';
import { isStanceLabel, STANCE_LABELS } from '../../../src/core/stance/stance-labels.ts';

describe('stance labels', () => {
  it('should accept the three labels and nothing else', () => {
    expect(STANCE_LABELS.every(isStanceLabel)).toBe(true);
    for (const other of ['Support', 'against', '', null, 0, undefined, ['support']]) {
      expect(isStanceLabel(other)).toBe(false);
    }
  });
});
