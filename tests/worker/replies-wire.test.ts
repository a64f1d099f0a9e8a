import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseThread } from '../../src/core/parse-thread.ts';
import type { ReplyInfo } from '../../src/core/types.ts';
import { decodeReplies, encodeReplies } from '../../src/worker/replies-wire.ts';

function seedReplies(name: string): (ReplyInfo | null)[] {
  const parsed = parseThread(readFileSync(`seeds/${name}`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.comments.map((c) => c.reply);
}

const reply: fc.Arbitrary<ReplyInfo | null> = fc.option(
  fc.record({
    inferred: fc.boolean(),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    reason: fc.string({ unit: 'grapheme' }),
  }),
);

describe('encodeReplies / decodeReplies', () => {
  it('should give back both seeds’ replies exactly, guessed and stated, as the same JSON', () => {
    for (const name of ['000_ee58b0036ea7db85.txt', '002_2cf2c4a3a6e85ec2.txt']) {
      const replies = seedReplies(name);
      expect(replies.some((r) => r !== null)).toBe(true);
      const back = decodeReplies(structuredClone(encodeReplies(replies)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(replies));
    }
  });

  it('should give back any replies, top-level comments and repeated reasons included', () => {
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 30 }), (replies) => {
        expect(decodeReplies(encodeReplies(replies))).toEqual(replies);
      }),
    );
  });

  it('should send a reason given for many comments once', () => {
    const same: ReplyInfo = { inferred: true, confidence: 0.8, reason: 'answers a question' };
    const wire = encodeReplies(Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? same : null)));
    expect(wire.reasonTable).toEqual(['answers a question']);
  });

  it('should ask for a reload when the wire names a reason the page was not sent', () => {
    const wire = encodeReplies([{ inferred: true, confidence: 0.7, reason: 'quotes Ann' }]);
    expect(() => decodeReplies({ ...wire, reasonTable: [] })).toThrow(/reload the page/);
  });
});
