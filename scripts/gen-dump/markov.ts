import type { Rng } from './prng.ts';

/** A word-bigram chain: the words that followed each word in the training text, with repeats. */
export interface Chain {
  readonly starts: readonly string[];
  readonly next: ReadonlyMap<string, readonly string[]>;
}

const END = /[.?!]["”’)]*$/;

/**
 * Learns from real comment text so generated sentences carry its vocabulary and word frequencies
 * (a template-only generator reuses a few hundred words, which makes every index posting list
 * unrealistically long). Parentheses are dropped so no generated line can look like a
 * `Name (Location)` header.
 */
export function buildChain(text: string): Chain {
  const words = text
    .replace(/[()]/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  let previous: string | null = null;
  for (const word of words) {
    if (previous === null || END.test(previous)) {
      if (/^[A-Z]/.test(word)) starts.push(word);
    }
    if (previous !== null) {
      const list = next.get(previous);
      if (list === undefined) next.set(previous, [word]);
      else list.push(word);
    }
    previous = word;
  }
  return { starts, next };
}

/** One sentence walked from the chain: 4–35 words, ending on sentence punctuation. */
export function chainSentence(rng: Rng, chain: Chain): string | null {
  if (chain.starts.length === 0) return null;
  let word = rng.pick(chain.starts);
  const out = [word];
  while (out.length < 35) {
    const followers = chain.next.get(word);
    if (followers === undefined || followers.length === 0) break;
    word = rng.pick(followers);
    out.push(word);
    if (END.test(word) && out.length >= 4) break;
  }
  const sentence = out.join(' ');
  return END.test(sentence) ? sentence : `${sentence}.`;
}
