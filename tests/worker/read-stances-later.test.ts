import { describe, expect, it } from 'vitest';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import { parseStructure } from '../../src/core/parse-structure.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import { readStancesLater, STANCE_SLICE } from '../../src/worker/read-stances-later.ts';

const { text } = generateDump({ comments: 2_500, layout: 'flat', seed: 3 });

describe('readStancesLater', { timeout: 30_000 }, () => {
  it('should read the stances a whole parse reads, a slice per task, saying how far it got', async () => {
    const structure = parseStructure(text);
    const whole = parseThread(text);
    if (!structure.ok || !whole.ok) throw new Error('parse failed');
    const heard: number[] = [];
    const doc = await readStancesLater(
      structure.value,
      () => true,
      (done) => heard.push(done),
    );
    expect(doc).toEqual(whole.value);
    expect(heard).toEqual([0, STANCE_SLICE, 2 * STANCE_SLICE, 2_500]);
  });

  it('should stop between slices once the dump is gone', async () => {
    const structure = parseStructure(text);
    if (!structure.ok) throw new Error(structure.error.message);
    let slices = 0;
    const going = () => slices < 2;
    const doc = await readStancesLater(structure.value, going, () => (slices += 1));
    expect(doc).toBeNull();
    expect(slices).toBe(2);
  });
});
