import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeColumnsBuilder } from '../../src/core/export/tree-columns-builder.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import { STANCE_LABELS } from '../../src/core/stance/stance-labels.ts';
import type { Stance, StanceLabel, ThreadComment } from '../../src/core/types.ts';
import { decodeStances, encodeStances } from '../../src/worker/stances-wire.ts';

function seedComments(name: string): readonly ThreadComment[] {
  const parsed = parseThread(readFileSync(`seeds/${name}`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.comments;
}

const seedStances = (name: string): Stance[] => seedComments(name).map((c) => c.stance);

const stance: fc.Arbitrary<Stance> = fc.record({
  label: fc.constantFrom(...STANCE_LABELS),
  score: fc.double({ min: -1, max: 1, noNaN: true }),
  cues: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }),
});

describe('encodeStances / decodeStances', () => {
  it('should give back both seeds’ stances exactly, as the same JSON the export writes', () => {
    for (const name of ['000_ee58b0036ea7db85.txt', '002_2cf2c4a3a6e85ec2.txt']) {
      const stances = seedStances(name);
      const back = decodeStances(structuredClone(encodeStances(stances)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(stances));
    }
  });

  it('should give back any stances, empty cue lists and repeated cues included', () => {
    fc.assert(
      fc.property(fc.array(stance, { maxLength: 30 }), (stances) => {
        expect(decodeStances(encodeStances(stances))).toEqual(stances);
      }),
    );
  });

  it('should send a cue said by many comments once', () => {
    const shared: Stance = { label: 'oppose', score: -0.5, cues: ['puppet', 'won’t work'] };
    const wire = encodeStances(Array.from({ length: 1000 }, () => shared));
    expect(wire.cueTable).toEqual(['puppet', 'won’t work']);
    expect(wire.cues).toHaveLength(2000);
  });

  it('should ask for a reload when the wire names a cue the page was not sent', () => {
    const wire = encodeStances([{ label: 'support', score: 0.4, cues: ['talks'] }]);
    expect(() => decodeStances({ ...wire, cueTable: [] })).toThrow(/reload the page/);
    expect(() => decodeStances({ ...wire, labels: Uint8Array.of(9) })).toThrow(/reload the page/);
  });

  it('should code every label as the stance column the page builds for the same comments', () => {
    // The page takes the wire's codes as its stance column (shareColumns): they must be its own.
    const comments = seedComments('000_ee58b0036ea7db85.txt');
    expect(new Set(comments.map((c) => c.stance.label)).size).toBe(STANCE_LABELS.length);
    const page = treeColumnsBuilder(new Map(comments.map((c) => [c.id, c]))).step(Infinity);
    expect(encodeStances(comments.map((c) => c.stance)).labels).toEqual(page?.stance);
  });

  it('should refuse a label it has no code for, rather than send one the page reads as another', () => {
    const odd = { label: 'unsure' as StanceLabel, score: 0, cues: [] };
    expect(() => encodeStances([odd])).toThrow(/“unsure” has no code/);
  });
});
