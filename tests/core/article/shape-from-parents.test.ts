import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shapeFromParents } from '../../../src/core/article/shape-from-parents.ts';
import { treeShapeOf } from '../../../src/core/article/tree-shape-of.ts';
import { parseStructure } from '../../../src/core/parse-structure.ts';

const read = (path: string) => readFileSync(path, 'utf8');

describe('shapeFromParents', () => {
  it("should give the shape treeShapeOf gives a parse's tree, guessed or stated", () => {
    for (const text of [
      read('seeds/000_ee58b0036ea7db85.txt'),
      read('seeds/002_2cf2c4a3a6e85ec2.txt'),
      read('tests/fixtures/parse-deep-nesting.txt'),
    ]) {
      const parsed = parseStructure(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { doc, parents } = parsed.value;
      const shape = shapeFromParents(parents);
      expect(shape).toEqual(treeShapeOf(doc));
      // The seeds have threads: the counts below comments are not all zero.
      expect(shape.descendants.some((n) => n > 1)).toBe(true);
    }
  });

  it('should count no one below comments that are all at the top level', () => {
    const shape = shapeFromParents(new Int32Array(4).fill(-1));
    expect([...shape.descendants]).toEqual([0, 0, 0, 0]);
  });
});
