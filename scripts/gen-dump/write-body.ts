import { chainSentence, type Chain } from './markov.ts';
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

// Share of sentences walked from the chain learned from real comments; the rest are templates that
// keep the topic words, places and names a reader searches for.
const CHAIN_SHARE = 0.6;

// Real comments carry typos ("pust aside"); they lengthen the vocabulary's tail, which is what
// prefix and fuzzy search walk.
const TYPO_SHARE = 0.12;

function withTypo(rng: Rng, sentence: string): string {
  const words = sentence.split(' ');
  const i = rng.int(0, words.length - 1);
  const w = words[i] ?? '';
  if (!/^[a-z]{4,}$/.test(w)) return sentence;
  const j = rng.int(1, w.length - 2);
  words[i] = w.slice(0, j) + (w[j + 1] ?? '') + (w[j] ?? '') + w.slice(j + 2);
  return words.join(' ');
}

function paragraph(rng: Rng, sentences: number, chain: Chain | null): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i += 1) {
    const learned = chain !== null && rng.chance(CHAIN_SHARE) ? chainSentence(rng, chain) : null;
    const sentence = learned ?? fill(rng, rng.pick(SENTENCES));
    parts.push(rng.chance(TYPO_SHARE) ? withTypo(rng, sentence) : sentence);
  }
  return parts.join(' ');
}

/**
 * Paragraphs of one comment. A reply usually opens by naming the person it answers (the cue
 * reply inference reads); some answer without a name ("Exactly.", "Do you really believe…").
 */
export function writeBody(
  rng: Rng,
  parent: Person | null | undefined,
  isReply: boolean,
  chain: Chain | null,
): string[] {
  const long = rng.chance(0.06);
  const count = long ? rng.int(4, 7) : rng.chance(0.6) ? 1 : rng.int(2, 3);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i += 1)
    paragraphs.push(paragraph(rng, rng.int(1, long ? 5 : 3), chain));
  if (isReply) {
    const opener =
      parent !== null && parent !== undefined && rng.chance(0.75)
        ? fill(rng, rng.pick(REPLY_OPENERS), parent.callName)
        : rng.pick(UNADDRESSED_REPLIES);
    paragraphs[0] = `${opener} ${paragraphs[0] ?? ''}`.trim();
  }
  return paragraphs;
}
