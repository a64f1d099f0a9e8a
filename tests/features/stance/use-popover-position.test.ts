import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../src/features/stance/use-popover-position.ts';

describe('placePopover', () => {
  it('should fit a 360 px screen with 8 px to spare on each side', () => {
    const p = placePopover({ top: 100, bottom: 124, left: 300 }, 200, 360, 640);
    expect(p.width).toBe(320);
    expect(p.left).toBe(32);
    expect(p.left + p.width).toBeLessThanOrEqual(352);
    expect(p.top).toBe(128);
  });

  it('should open above the badge when there is no room below', () => {
    const p = placePopover({ top: 560, bottom: 584, left: 20 }, 200, 360, 640);
    expect(p.top).toBe(356);
  });

  it('should stay on screen, scrolling, when there is room neither below nor above', () => {
    const p = placePopover({ top: 300, bottom: 324, left: 20 }, 700, 360, 640);
    expect(p.top).toBe(8);
    expect(p.maxHeight).toBe(624);
  });

  it('should never start left of the screen', () => {
    expect(placePopover({ top: 0, bottom: 20, left: -50 }, 100, 1280, 800).left).toBe(8);
  });
});
