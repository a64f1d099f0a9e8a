import { describe, expect, it } from 'vitest';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import { layOutDump } from '../../src/core/lay-out-dump.ts';
import { parseStructure } from '../../src/core/parse-structure.ts';
import { readRepliesLater, REPLY_SLICE } from '../../src/worker/read-replies-later.ts';

const { text } = generateDump({ comments: 4_500, layout: 'flat', seed: 3 });

describe('readRepliesLater', { timeout: 30_000 }, () => {
  it('should guess the threads a whole parse guesses, a slice per task, saying how far it got', async () => {
    const laid = layOutDump(text);
    const whole = parseStructure(text);
    if (!laid.ok || !whole.ok) throw new Error('parse failed');
    const heard: number[] = [];
    const structure = await readRepliesLater(
      laid.value,
      () => true,
      (done) => heard.push(done),
    );
    expect(structure).toEqual(whole.value);
    expect(structure?.doc.comments.some((c) => c.parentId !== null)).toBe(true);
    expect(heard).toEqual([0, REPLY_SLICE, 2 * REPLY_SLICE, 4_500]);
  });

  it('should stop between slices once the dump is gone', async () => {
    const laid = layOutDump(text);
    if (!laid.ok) throw new Error(laid.error.message);
    let slices = 0;
    const going = () => slices < 2;
    const structure = await readRepliesLater(laid.value, going, () => (slices += 1));
    expect(structure).toBeNull();
    expect(slices).toBe(2);
  });
});
