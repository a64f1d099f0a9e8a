import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../../src/core/parse-structure.ts';
import { parseThread } from '../../../src/core/parse-thread.ts';
import { readStances } from '../../../src/core/stance/read-stances.ts';
import { NO_PARENT } from '../../../src/core/no-parent.ts';
import type { Stance } from '../../../src/core/types.ts';
import { makeDoc } from '../support/thread-fixture.ts';

const NYT = readFileSync('seeds/000_ee58b0036ea7db85.txt', 'utf8');

describe('readStances', () => {
  it("should read the seed's stances in ranges as a whole parse reads them in one go", () => {
    const structure = parseStructure(NYT);
    const whole = parseThread(NYT);
    if (!structure.ok || !whole.ok) throw new Error('parse failed');
    const { doc, parents } = structure.value;
    const out: Stance[] = [];
    for (let at = 0; at < doc.comments.length; at += 7) {
      readStances(doc.comments, parents, out, at, Math.min(doc.comments.length, at + 7));
    }
    expect(out).toEqual(whole.value.comments.map((c) => c.stance));
  });

  it("should read a reply against its parent's stance", () => {
    const doc = makeDoc('Talks', [
      { id: 'a', author: 'Vincent', body: 'Talking beats war. Good for Trump for meeting Putin.' },
      { id: 'b', parent: 'a', author: 'Mary', body: 'Exactly right, well said.' },
    ]);
    const alone = new Int32Array([NO_PARENT, NO_PARENT]);
    const replying = new Int32Array([NO_PARENT, 0]);
    const apart: Stance[] = [];
    const under: Stance[] = [];
    readStances(doc.comments, alone, apart);
    readStances(doc.comments, replying, under);
    expect(under[0]?.label).toBe('support');
    expect(under[1]?.label).toBe('support');
    expect(apart[1]?.label).toBe('neutral');
  });
});
