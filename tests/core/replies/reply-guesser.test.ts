import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlat } from '../../../src/core/parse/parse-flat.ts';
import { inferReplies } from '../../../src/core/replies/infer-replies.ts';
import { replyGuesser } from '../../../src/core/replies/reply-guesser.ts';

describe('replyGuesser', () => {
  it('should guess in slices exactly what inferReplies guesses in one pass', () => {
    const text = readFileSync(join('seeds', '000_ee58b0036ea7db85.txt'), 'utf8');
    const parsed = parseFlat(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { comments, article: meta } = parsed.value;
    const guesser = replyGuesser(comments, meta);
    const heard: number[] = [];
    for (let at = 0; at < comments.length; at += 40) {
      guesser.guess(at, Math.min(comments.length, at + 40), (i) => heard.push(i));
    }
    expect(guesser.guesses).toEqual(inferReplies(comments, meta));
    expect(guesser.guesses.some((g) => g !== null)).toBe(true);
    expect(heard).toEqual(comments.map((_, i) => i));
  });
});
