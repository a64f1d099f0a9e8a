import type { CueHit } from './cue-hit.ts';

/**
 * Words few comments use (the maps hold only those), shared by a reply and an earlier comment ("What is Postol?" after a
 * comment citing Postol). Each shared word counts more the rarer it is; a short reply that picks up
 * a rare word is almost always reacting to it.
 */
export function echoesRareWords(
  reply: ReadonlyMap<string, string>,
  replyWordCount: number,
  candidate: ReadonlyMap<string, string>,
  df: ReadonlyMap<string, number>,
  candidateName: string,
): CueHit | null {
  let miss = 1;
  const shared: string[] = [];
  for (const [stem, surface] of reply) {
    const n = df.get(stem) ?? 0;
    if (n < 2 || !candidate.has(stem)) continue;
    miss *= 1 - (n === 2 ? 0.3 : n === 3 ? 0.22 : 0.12);
    shared.push(surface);
  }
  if (shared.length === 0) return null;
  let score = Math.min(0.75, 1 - miss);
  if (replyWordCount <= 15) score = Math.min(0.75, score + 0.2);
  const words = shared
    .slice(0, 3)
    .map((w) => `“${w}”`)
    .join(', ');
  return { score, reason: `echoes ${candidateName}'s words (${words})` };
}
