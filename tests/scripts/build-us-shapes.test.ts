import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAP_HEIGHT,
  MAP_WIDTH,
  SHAPE_SCALE,
  US_SHAPES_PATH,
  buildUsShapes,
  type StateShape,
} from '../../scripts/build-us-shapes.ts';

describe('buildUsShapes', () => {
  const committed = readFileSync(US_SHAPES_PATH, 'utf8');

  it('should be what `npm run us-shapes` writes from the installed packages', () => {
    expect(buildUsShapes() === committed).toBe(true);
  });

  it('should outline the 50 states and DC inside the map, counts written on the big ones only', () => {
    const shapes = JSON.parse(committed) as StateShape[];
    expect(shapes).toHaveLength(51);
    const numbers = shapes.flatMap((s) => s.d.match(/-?\d+/g) ?? []).map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(MAP_WIDTH * SHAPE_SCALE);
    const label = (name: string) => shapes.find((s) => s.name === name)?.label;
    const [x, y] = label('Texas') ?? [NaN, NaN];
    expect(x).toBeGreaterThan(MAP_WIDTH / 4);
    expect(x).toBeLessThan(MAP_WIDTH * 0.6);
    expect(y).toBeGreaterThan(MAP_HEIGHT / 2);
    expect(label('Rhode Island')).toBeNull();
  });
});
