import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { writesWholeHandle } from '../../../../src/core/replies/cues/writes-whole-handle.ts';

const writes = (body: string, handle: string): boolean =>
  writesWholeHandle(prepareComment('Reader', body), handle);

describe('writesWholeHandle', () => {
  it('should find a lower-case handle written whole, underscore or digits and all', () => {
    expect(writes('As kayak_kim says, the ramp floods.', 'kayak_kim')).toBe(true);
    expect(writes('Agree with ferryfan22 on this one.', 'ferryfan22')).toBe(true);
  });

  it('should not find it inside a longer word, nor a plain lower-case word that may be prose', () => {
    expect(writes('Ask kayak_kimberly about the ramp.', 'kayak_kim')).toBe(false);
    expect(writes('The forester marked the trees.', 'forester')).toBe(false);
  });
});
