import type { Stance, StanceLabel } from '../types.ts';
import { inheritedSign, readReply } from './agreement-replies.ts';
import { cuePrefilter, registerCueRegexes } from './cue-prefilter.ts';
import { domainCues } from './domain-cues.ts';
import { declaresNoPosition, generalCues } from './general-cues.ts';
import { joinedLower } from './joined-lower.ts';
import { sentenceSentiment } from './lexicon.ts';
import { hasQuote, ownVoice, withoutParentQuotes } from './quotes.ts';
import { detectSarcasm } from './sarcasm.ts';
import { setPhraseWords } from './set-phrases.ts';
import {
  NON_JUDGEMENT_WORDS,
  SITUATION_WORDS,
  targetOfWords,
  type TargetHit,
} from './target-terms.ts';
import { normalizeLower, splitMarkedAt, type Sentence } from './split-sentences.ts';
import { F_DEICTIC, TARGET_FLAGS, vocabularyIds } from './vocabulary.ts';

export interface StanceInput {
  readonly body: string;
  readonly author?: string | null;
}

export type StanceParent = StanceInput & { readonly stance: Stance };

interface Evidence {
  readonly cue: string;
  readonly weight: number;
}

/**
 * |score| below this is neutral. score = raw/√(raw²+1), so 0.3 is a raw weight of about 0.31:
 * one clear cue (≥ 0.5) decides, a lone mildly-worded sentence about the talks does not.
 */
export const NEUTRAL_BAND = 0.3;
/** How much an agreeing or disagreeing opening borrows from the parent's stance, in cue units. */
const REPLY_WEIGHT = 1;
/** VADER compounds below this are noise ("yes", "well") rather than a judgement. */
const MIN_COMPOUND = 0.2;
/**
 * Short replies like "This is fantastic." react to the article's event without naming it; "Good
 * article" praises the reporting, not the event.
 */
const REACTION =
  /^(this|that|it)('s| is| was| looks)\b|^(what a|great|good|fantastic|wonderful)\b(?! (article|piece|read|reporting|journalism|analysis|summary|question|comment|point))/u;
/** "…even I have to admit that this looks good": a verdict on the news inside a longer comment. */
const DEICTIC_VERDICT =
  /\b(this|that) (looks|is|was|seems|sounds|would be) (\w+ )?(good|great|bad|terrible|wonderful|fantastic|encouraging|promising|welcome)\b/u;
const OUTCRY_GATE = /omg|oh my god/i;
/**
 * OUTCRY_GATE's two literals in the shared scan, OUTCRY and OUTCRY + 1: plain literals, which the
 * scan answers exactly.
 */
const OUTCRY = registerCueRegexes([/omg/u, /oh my god/u]);
/** "A good explainer on the treaties", "good points here": praise of the page, not the event. */
const REPORTING_PRAISE =
  /\b(good|great|excellent|fine|useful|helpful|interesting|thorough) (explainer|article|piece|read|summary|analysis|overview|thread|report|reporting|coverage|podcast|interview|primer|timeline|points?|arguments?)\b/u;
/** A sentence right after one about the talks, short enough to be a verdict on them ("Shameful."). */
const CARRY_MAX_WORDS = 6;
/** How much of the previous sentence's target weight such a verdict carries. */
const CARRY_WEIGHT = 0.6;
const IGNORED: ReadonlySet<string> = new Set([...SITUATION_WORDS, ...NON_JUDGEMENT_WORDS]);

/**
 * The stance of one comment on the rapprochement (../../shared/STANCE.md), with the cues that
 * decided it. Pure and synchronous; safe in the page, a worker and Node.
 */
export function classifyStance(comment: StanceInput, parent?: StanceParent): Stance {
  // Asked of the body once: the own voice only loses text, so it quotes only if the body does.
  const bodyQuoted = hasQuote(comment.body);
  const text = ownVoice(comment.body, parent?.body, bodyQuoted);
  const lowerText = normalizeLower(text);
  const sentences = splitMarkedAt(text, vocabularyIds(), lowerText);
  const evidence: Evidence[] = [];

  const quoted = bodyQuoted && (text === comment.body || hasQuote(text));
  const parentLower = parent ? () => normalizeLower(parent.body) : '';
  const sarcasm = detectSarcasm(sentences, parentLower, quoted, true);
  if (sarcasm) evidence.push({ cue: sarcasm.cue, weight: -0.9 });

  // Joined once: the domain and general cues share it, and the general cues always read it.
  const lower = joinedLower(sentences, text, lowerText);
  // Only the critics' acted-out outcry ("OMG … puppet!") is read inside quotations.
  const lowerFull = hasOutcry(comment.body, text, lowerText, lower)
    ? normalizeLower(withoutParentQuotes(comment.body, parent?.body))
    : null;
  const domain = domainCues(lower, lowerFull, sentences);
  for (const hit of domain) evidence.push(hit);
  // The general ways of speaking add what the domain cues have not already said.
  for (const hit of generalCues(lower)) {
    let strongest = 0;
    for (const d of domain) {
      if (Math.sign(d.weight) === Math.sign(hit.weight)) {
        strongest = Math.max(strongest, Math.abs(d.weight));
      }
    }
    const excess = Math.abs(hit.weight) - strongest;
    if (excess > 0) evidence.push({ cue: hit.cue, weight: Math.sign(hit.weight) * excess });
  }

  const sentiment = targetSentiment(sentences, sarcasm !== null);
  if (sentiment) evidence.push(sentiment);

  // A neutral parent lends no sign whichever way the reply reads it (inheritedSign): not read.
  if (parent && parent.stance.label !== 'neutral') {
    const reading = readReply(sentences[0]?.lower ?? '', parent.author);
    const sign = reading ? inheritedSign(parent.stance.label, reading.move) : 0;
    if (reading && sign !== 0) evidence.push({ cue: reading.cue, weight: sign * REPLY_WEIGHT });
  }

  // A comment that says it takes no side is neutral unless it also says something strong.
  const damp = declaresNoPosition(lower) ? 0.3 : 1;
  const raw = damp * evidence.reduce((sum, e) => sum + e.weight, 0);
  const score = round(raw / Math.sqrt(raw * raw + 1));
  const label = labelOf(score);
  return { label, score, cues: decidingCues(evidence, label) };
}

/**
 * VADER's reading of the sentences that touch the rapprochement, weighted by how directly they touch
 * it. Praise inside a question ("Is that the art of the deal…?") or a sarcastic comment is dropped:
 * it is rhetorical far more often than it is meant.
 */
function targetSentiment(sentences: readonly Sentence[], sarcastic: boolean): Evidence | null {
  let sum = 0;
  // Made on the first carried word: most comments have none.
  let words: Map<string, number> | null = null;
  let about: string | null = null;
  let previous: TargetHit | null = null;
  sentences.forEach((sentence, i) => {
    // Asked only when a word could name a target.
    const named =
      (sentence.flags & TARGET_FLAGS) === 0
        ? null
        : targetOfWords(sentence, sentence.lower, sentence.flags);
    let hit: TargetHit | null =
      named ??
      ((sentences.length <= 2 && i === 0 && REACTION.test(sentence.lower)) ||
      ((sentence.flags & F_DEICTIC) !== 0 && DEICTIC_VERDICT.test(sentence.lower))
        ? { weight: 0.8, term: 'the news' }
        : null);
    // Anaphora: "Shaking hands with Castro while dissidents sit in prison. Shameful." judges the
    // handshake in a sentence that does not name it.
    if (!hit && previous && sentence.wordCount <= CARRY_MAX_WORDS) {
      hit = { weight: previous.weight * CARRY_WEIGHT, term: previous.term };
    }
    previous = hit;
    // Sentence flags do not say which words VADER scores: sentenceSentiment finds out.
    if (!hit) return;
    const ignored = setPhraseWords(sentence.lower, IGNORED);
    const { compound, words: carried } = sentenceSentiment(sentence, ignored);
    if (Math.abs(compound) < MIN_COMPOUND) return;
    if (compound > 0 && (sarcastic || sentence.text.endsWith('?'))) return;
    if (compound > 0 && REPORTING_PRAISE.test(sentence.lower)) return;
    sum += hit.weight * compound;
    about ??= hit.term;
    for (const w of carried) {
      if (Math.sign(w.valence) === Math.sign(compound)) {
        words ??= new Map();
        words.set(w.word, (words.get(w.word) ?? 0) + w.valence * hit.weight);
      }
    }
  });
  if (sum === 0 || about === null) return null;
  const top = [...(words ?? new Map<string, number>()).entries()]
    .filter(([, v]) => Math.sign(v) === Math.sign(sum))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 3)
    .map(([w]) => `"${w}"`);
  const tone = sum > 0 ? 'positive' : 'negative';
  const cue = `${tone} about "${about}"${top.length > 0 ? `: ${top.join(', ')}` : ''}`;
  return { cue, weight: Math.max(-1.5, Math.min(1.5, sum)) };
}

/**
 * `OUTCRY_GATE.test(body)`, answered from the lowercase own voice when that is the whole body (no
 * character outside ASCII lowercases to, or case-folds under /i to, a letter of "omg" or "oh my
 * god"), and there from the shared scan of the cues' joined lowercase. The join changes only white
 * space: it holds "omg" exactly when the lowercase does, and "oh my god" whenever the lowercase does
 * (the phrase has no sentence end or line break inside), so only then is the lowercase searched.
 */
function hasOutcry(body: string, text: string, lowerText: string, lower: string): boolean {
  if (text !== body) return OUTCRY_GATE.test(body);
  const p = cuePrefilter(lower);
  if (p.may(OUTCRY)) return true;
  return p.may(OUTCRY + 1) && (lower === lowerText || lowerText.includes('oh my god'));
}

function labelOf(score: number): StanceLabel {
  if (score >= NEUTRAL_BAND) return 'support';
  if (score <= -NEUTRAL_BAND) return 'oppose';
  return 'neutral';
}

/** The cues that pushed towards the label, strongest first; for neutral, every cue that was weighed. */
function decidingCues(evidence: readonly Evidence[], label: StanceLabel): string[] {
  const sign = label === 'support' ? 1 : label === 'oppose' ? -1 : 0;
  return evidence
    .filter((e) => sign === 0 || Math.sign(e.weight) === sign)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((e) => e.cue);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
