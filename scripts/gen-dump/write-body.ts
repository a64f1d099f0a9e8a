import type { Rng } from './prng.ts';
import type { Person } from './plan-comments.ts';
import {
  ACTORS,
  PLACES,
  REPLY_OPENERS,
  SENTENCES,
  TOPICS,
  UNADDRESSED_REPLIES,
} from './vocabulary.ts';

function fill(rng: Rng, template: string, name = ''): string {
  return template
    .replaceAll('{A}', () => rng.pick(ACTORS))
    .replaceAll('{T}', () => rng.pick(TOPICS))
    .replaceAll('{P}', () => rng.pick(PLACES))
    .replaceAll('{N}', name)
    .replace(/^[a-z]/, (c) => c.toUpperCase());
}

function paragraph(rng: Rng, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i += 1) parts.push(fill(rng, rng.pick(SENTENCES)));
  return parts.join(' ');
}

/**
 * Paragraphs of one comment. A reply usually opens by naming the person it answers (the cue
 * reply inference reads); some answer without a name ("Exactly.", "Do you really believe…").
 */
export function writeBody(rng: Rng, parent: Person | null | undefined, isReply: boolean): string[] {
  const long = rng.chance(0.06);
  const count = long ? rng.int(4, 7) : rng.chance(0.6) ? 1 : rng.int(2, 3);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i += 1) paragraphs.push(paragraph(rng, rng.int(1, long ? 5 : 3)));
  if (isReply) {
    const opener =
      parent !== null && parent !== undefined && rng.chance(0.75)
        ? fill(rng, rng.pick(REPLY_OPENERS), parent.callName)
        : rng.pick(UNADDRESSED_REPLIES);
    paragraphs[0] = `${opener} ${paragraphs[0] ?? ''}`.trim();
  }
  return paragraphs;
}
