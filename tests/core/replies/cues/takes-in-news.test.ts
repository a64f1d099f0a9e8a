import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { takesInNews } from '../../../../src/core/replies/cues/takes-in-news.ts';

const takesIn = (body: string): boolean => takesInNews(prepareComment('A', body));

describe('takesInNews', () => {
  it('should read a first sentence taking in what was told, after a name too', () => {
    expect(takesIn("Kim, I didn't know that. Signing up this weekend.")).toBe(true);
    expect(takesIn('Huh, I had no idea. The old depot?')).toBe(true);
    expect(takesIn('Good to know.')).toBe(true);
  });

  it('should not read the words later on, or a sentence that takes in nothing', () => {
    expect(takesIn("The depot closed in May. I didn't know that until today.")).toBe(false);
    expect(takesIn('Kim, the depot closed in May.')).toBe(false);
  });
});
