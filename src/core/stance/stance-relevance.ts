// Whether the stance labels mean anything for a dump: the stance is a position on the
// rapprochement (../../../../shared/STANCE.md), so a discussion that barely names its parties or
// its subject (a pasted thread about bike lanes) would get "Neutral" on every comment.
import { targetTerms } from './target-terms.ts';
import { normalizeLower } from './split-sentences.ts';
import { someWordOf } from './words-of.ts';

/**
 * Names only the rapprochement's story uses. The engagement words of target-terms.ts ("deal",
 * "agree", "meet", "partner") alone are too common in any thread to tell the topic, so they count
 * only through `targetTerms` when two sides are named together ("Tehran and Washington").
 */
const TOPIC_WORDS: ReadonlySet<string> = new Set([
  'trump',
  "trump's",
  'putin',
  "putin's",
  'russia',
  "russia's",
  'russian',
  'russians',
  'kremlin',
  'moscow',
  'lavrov',
  'tillerson',
  'syria',
  "syria's",
  'syrian',
  'syrians',
  'assad',
  "assad's",
  'sanctions',
  'nato',
  'détente',
  'detente',
  'rapprochement',
  'cease-fire',
  'ceasefire',
  'soviet',
  'soviets',
  'ussr',
]);

/**
 * At least this share of the comments must name the topic. Both seed discussions are well above it
 * (most top-level comments name Trump, Putin, Russia or Syria; replies often do not), a thread on
 * another subject is near zero; one passing mention in ten comments is still "barely".
 */
export const STANCE_RELEVANCE_THRESHOLD = 0.15;

export interface StanceRelevance {
  /**
   * Comments found naming the topic. Counting stops as soon as the threshold is reached (a 50,000
   * comment dump about the story is settled within its first few thousand instead of costing a
   * quarter of a second), so for a relevant dump this is the threshold's count, not the total.
   */
  readonly mentioning: number;
  readonly total: number;
  /** At least the threshold's share of the comments name the topic: show stance labels by default. */
  readonly relevant: boolean;
}

const isTopicWord = (word: string): boolean => TOPIC_WORDS.has(word);

/** True when a comment names the rapprochement's parties or subject. */
export function mentionsTopic(body: string): boolean {
  const lower = normalizeLower(body);
  if (someWordOf(lower, isTopicWord)) return true;
  // Two governments named together ("America and China") — the pair rule of target-terms.
  return lower.split(/[.!?\n]+/u).some((s) => targetTerms(s)?.term.includes(' + ') === true);
}

/** How much of a discussion is about the rapprochement, and so whether its stance means something. */
export function stanceRelevance(
  comments: readonly { readonly body: string }[],
  threshold = STANCE_RELEVANCE_THRESHOLD,
): StanceRelevance {
  const total = comments.length;
  // An empty dump has no stance to show either way; keep it "relevant" so no notice talks about it.
  if (total === 0) return { mentioning: 0, total, relevant: true };
  let mentioning = 0;
  for (const c of comments) {
    if (!mentionsTopic(c.body)) continue;
    mentioning += 1;
    if (mentioning / total >= threshold) return { mentioning, total, relevant: true };
  }
  return { mentioning, total, relevant: false };
}
