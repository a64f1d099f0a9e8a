// Property test: the pieces jsonChunks yields join to exactly JSON.stringify's text, compact and
// indented, at every split depth, so the streamed CLI output is the same JSON as one stringify.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/json-chunks.ts';
import { parseThread } from '../../src/core/parse-thread.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = process.env.CI ? 5_000 : 1_000;

const joined = (value: object, indent: number, splitDepth: number) =>
  [...jsonChunks(value, { indent, splitDepth })].join('');

// JSON values plus what JSON.stringify drops or nulls (undefined members), nested both ways.
const withHoles = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 }),
  ),
})).value;

// A thousand generated values and two seed parses take seconds on a loaded CI machine.
const SLOW = 60_000;

describe('jsonChunks', { timeout: SLOW }, () => {
  it('should join to exactly JSON.stringify, compact and pretty, for any JSON value', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(0, 2, 4),
        fc.integer({ min: 0, max: 4 }),
        (value, indent, splitDepth) => {
          const wrapped = { value };
          expect(joined(wrapped, indent, splitDepth)).toBe(JSON.stringify(wrapped, null, indent));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('should parse back equal to the value, and drop or null undefined members as stringify does', () => {
    fc.assert(
      fc.property(
        fc.array(withHoles),
        fc.constantFrom(0, 2),
        fc.integer({ min: 0, max: 3 }),
        (items, indent, splitDepth) => {
          const doc = { items, last: undefined, n: items.length };
          const text = joined(doc, indent, splitDepth);
          expect(text).toBe(JSON.stringify(doc, null, indent));
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('should print both seeds as JSON.stringify does, one piece per comment at depth 2', () => {
    for (const seed of ['000_ee58b0036ea7db85.txt', '002_2cf2c4a3a6e85ec2.txt']) {
      const r = parseThread(readFileSync(join(ROOT, 'seeds', seed), 'utf8'));
      if (!r.ok) throw new Error(r.error.message);
      expect(joined(r.value, 2, 2)).toBe(JSON.stringify(r.value, null, 2));
      expect(joined(r.value, 0, 2)).toBe(JSON.stringify(r.value));
      const pieces = [...jsonChunks(r.value, { splitDepth: 2 })];
      const longest = Math.max(...pieces.map((p) => p.length));
      // No piece holds more than one comment or one article field.
      const biggest = Math.max(
        ...r.value.comments.map((c) => JSON.stringify(c).length),
        ...Object.values(r.value.article).map((v) => JSON.stringify(v).length),
      );
      expect(longest).toBe(biggest);
      expect(pieces.length).toBeGreaterThan(r.value.comments.length);
    }
  });

  it('should write empty containers as {} and [] like stringify', () => {
    const doc = { a: [], b: {}, c: [undefined], d: { e: undefined } };
    for (const indent of [0, 2]) {
      for (const splitDepth of [0, 1, 2, 3]) {
        expect(joined(doc, indent, splitDepth)).toBe(JSON.stringify(doc, null, indent));
      }
    }
  });

  it('should stringify the first comment before the later ones, so a big dump is never held as text', () => {
    let stringified = 0;
    const comments = Array.from({ length: 1_000 }, (_, i) => ({
      toJSON: () => {
        stringified += 1;
        return { i };
      },
    }));
    const pieces = jsonChunks({ format: 'flat', comments }, { indent: 0, splitDepth: 2 });
    let seen = '';
    while (!seen.includes('{"i":0}')) {
      const next = pieces.next();
      if (next.done) break;
      seen += next.value;
    }
    expect(seen).toContain('{"i":0}');
    expect(stringified).toBe(1);
  });
});
