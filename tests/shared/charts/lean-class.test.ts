import { describe, expect, it } from 'vitest';
import { LEAN_CLASSES, leanClass, NO_COMMENTS } from '../../../src/shared/charts/lean-class.ts';
import { LEAN_FILL } from '../../../src/shared/charts/chart-palette.ts';

describe('leanClass', () => {
  it('should name mirror mixes with mirror labels', () => {
    expect(leanClass({ support: 1, oppose: 0, neutral: 1 }).label).toBe('leans support');
    expect(leanClass({ support: 0, oppose: 1, neutral: 1 }).label).toBe('leans oppose');
    expect(leanClass({ support: 3, oppose: 0, neutral: 1 }).label).toBe('mostly support');
    expect(leanClass({ support: 0, oppose: 3, neutral: 1 }).label).toBe('mostly oppose');
  });

  it('should colour from the shared palette, strongest classes in the stance colours', () => {
    expect(leanClass({ support: 5, oppose: 0, neutral: 0 }).fill).toBe(LEAN_FILL['mostly-support']);
    expect(LEAN_FILL['mostly-support']).toContain('#0072b2');
    expect(LEAN_FILL['mostly-oppose']).toContain('#d55e00');
    expect(leanClass(null)).toEqual(NO_COMMENTS);
  });

  it('should list five legend classes from support to oppose', () => {
    expect(LEAN_CLASSES.map((c) => c.label)).toEqual([
      'mostly support',
      'leans support',
      'mixed or neutral',
      'leans oppose',
      'mostly oppose',
    ]);
  });
});
