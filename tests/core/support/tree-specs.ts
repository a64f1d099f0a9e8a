// Random comment lists for property tests of tree building: small id alphabets make repeated ids,
// missing parents, self-replies and cycles common.
import fc from 'fast-check';
import type { CommentSpec } from './thread-fixture.ts';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

export const treeSpecs: fc.Arbitrary<CommentSpec[]> = fc.array(
  fc
    .record({
      id: fc.constantFrom(...IDS),
      parent: fc.option(fc.constantFrom(...IDS, 'missing'), { nil: null }),
    })
    .map(({ id, parent }): CommentSpec => (parent === null ? { id } : { id, parent })),
  { maxLength: 14 },
);
