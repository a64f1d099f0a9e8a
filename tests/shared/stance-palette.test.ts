import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  PAGE_BACKGROUND,
  STANCE_BORDER,
  STANCE_HEX,
  STANCE_SWATCH,
} from '../../src/shared/stance-palette.ts';
import { STANCE_FILL } from '../../src/shared/charts/chart-palette.ts';
import { STANCE_LABELS } from '../../src/core/stance/stance-labels.ts';

describe('stance palette', () => {
  it('should give every stance colour at least 3:1 against the page, light and dark', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const label of STANCE_LABELS) {
        const ratio = contrastRatio(STANCE_HEX[theme][label], PAGE_BACKGROUND[theme]);
        expect(ratio, `${theme} ${label}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('should use the same colour in the fills, swatches and badge outlines as in its values', () => {
    for (const label of STANCE_LABELS) {
      const { light, dark } = { light: STANCE_HEX.light[label], dark: STANCE_HEX.dark[label] };
      for (const cls of [STANCE_FILL[label], STANCE_SWATCH[label], STANCE_BORDER[label]]) {
        expect(cls).toContain(`[${light}]`);
        expect(cls).toContain(`dark:`);
        expect(cls).toContain(`[${dark}]`);
      }
    }
  });

  it('should keep support and oppose apart in hue (blue against orange)', () => {
    for (const theme of ['light', 'dark'] as const) {
      const hex = STANCE_HEX[theme];
      const blue = parseInt(hex.support.slice(5, 7), 16);
      const red = parseInt(hex.support.slice(1, 3), 16);
      expect(blue).toBeGreaterThan(red);
      expect(parseInt(hex.oppose.slice(1, 3), 16)).toBeGreaterThan(
        parseInt(hex.oppose.slice(5, 7), 16),
      );
    }
  });

  it('should measure contrast the WCAG way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
