import type { StanceLabel } from '../types.ts';
import { inheritedSign } from './agreement-replies.ts';
import type { LearnInput } from './stance-features.ts';

/** The quoted opening of an agreement cue: `agrees: "exactly"` → exactly. */
const QUOTED = /"([^"]+)"/u;

/**
 * The label a reply takes from a parent the reader labelled, when the rules read the reply as
 * nothing but agreement or disagreement with that parent ("Exactly.", "Hard disagree."): the rules
 * borrowed the parent's machine label, and the reader has just said what the parent's label is.
 * Null when the reply says more than that (its own words then count) or the move is unclear
 * (disagreeing with a neutral comment takes no position).
 */
export function replyLabel(
  reply: LearnInput,
  parentLabel: StanceLabel,
): { readonly label: StanceLabel; readonly words: readonly string[] } | null {
  const [cue, ...others] = reply.machine.cues;
  if (cue === undefined || others.length > 0) return null;
  const move = cue.startsWith('agrees') ? 'agree' : cue.startsWith('disagrees') ? 'disagree' : null;
  if (move === null) return null;
  const sign = inheritedSign(parentLabel, move);
  if (sign === 0 && move === 'disagree') return null;
  const label: StanceLabel = sign > 0 ? 'support' : sign < 0 ? 'oppose' : 'neutral';
  return { label, words: [QUOTED.exec(cue)?.[1] ?? cue] };
}
