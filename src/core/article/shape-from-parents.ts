import { TOP, type TreeShape } from './tree-shape.ts';

/**
 * The shape of a tree from each comment's parent's position (negative at the top level), every
 * parent before its replies: what treeShapeOf gives a parse's document, whose ids are all distinct
 * (makeIds), without the Map of 50,000 ids it needs to find the positions from the ids (20–30 ms
 * each time in the worker's open of a big flat dump, which knows them already).
 */
export function shapeFromParents(parents: Int32Array): TreeShape {
  const descendants = new Int32Array(parents.length);
  // From the end, each count is whole before it is added up.
  for (let i = parents.length - 1; i >= 0; i -= 1) {
    const parent = parents[i] ?? TOP;
    if (parent >= 0) descendants[parent] = (descendants[parent] ?? 0) + 1 + (descendants[i] ?? 0);
  }
  return { parents, descendants };
}
