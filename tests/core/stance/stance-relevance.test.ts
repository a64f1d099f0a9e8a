import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThread } from '../../../src/core/parse-thread.ts';
import { mentionsTopic, stanceRelevance } from '../../../src/core/stance/stance-relevance.ts';

function comments(path: string) {
  const parsed = parseThread(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.comments;
}

describe('stanceRelevance', () => {
  it('should find both seed discussions about the rapprochement', () => {
    for (const seed of ['seeds/000_ee58b0036ea7db85.txt', 'seeds/002_2cf2c4a3a6e85ec2.txt']) {
      const all = comments(seed);
      expect(stanceRelevance(all).relevant, seed).toBe(true);
      const naming = all.filter((c) => mentionsTopic(c.body)).length;
      expect(naming / all.length, seed).toBeGreaterThan(0.4);
    }
  });

  it('should find a discussion of bike lanes not about it', () => {
    const r = stanceRelevance(comments('tests/fixtures/stance-off-topic-bike-lanes.txt'));
    expect(r.total).toBe(8);
    expect(r.mentioning).toBe(0);
    expect(r.relevant).toBe(false);
  });

  it('should decide at the documented threshold', () => {
    const on = { body: 'Putin again.' };
    const off = { body: 'Nice weather.' };
    const below = [on, ...Array.from({ length: 9 }, () => off)];
    expect(stanceRelevance(below)).toEqual({ mentioning: 1, total: 10, relevant: false });
    const at = [on, on, ...Array.from({ length: 8 }, () => off)];
    expect(stanceRelevance(at).relevant).toBe(true);
  });

  it('should stop counting once the threshold is reached, wherever the mentions are', () => {
    const on = { body: 'Sanctions work.' };
    const off = { body: 'Nice weather.' };
    const late = [...Array.from({ length: 17 }, () => off), on, on, on];
    expect(stanceRelevance(late)).toEqual({ mentioning: 3, total: 20, relevant: true });
    const early = [on, on, on, on, ...Array.from({ length: 16 }, () => off)];
    expect(stanceRelevance(early)).toEqual({ mentioning: 3, total: 20, relevant: true });
  });

  it('should call an empty discussion relevant so that no notice speaks about it', () => {
    expect(stanceRelevance([])).toEqual({ mentioning: 0, total: 0, relevant: true });
  });
});

describe('mentionsTopic', () => {
  it('should see the names of the parties and the subject', () => {
    expect(mentionsTopic('The Kremlin will love this.')).toBe(true);
    expect(mentionsTopic('Lift the SANCTIONS already')).toBe(true);
    expect(mentionsTopic('A cease-fire at last.')).toBe(true);
  });

  it('should see two governments named together', () => {
    expect(mentionsTopic('Tehran and Washington are at it again.')).toBe(true);
  });

  it('should not count common engagement words on their own', () => {
    expect(mentionsTopic('I agree, we made a deal with the neighbours.')).toBe(false);
  });
});
