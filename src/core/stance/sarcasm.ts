import type { Sentence } from './tokenize.ts';

export interface SarcasmHit {
  readonly cue: string;
  /** Sentences whose positive words must not count: they mean the opposite. */
  readonly sentences: ReadonlySet<number>;
}

/** A short burst of praise opening a comment ("Great ideas!", "Oh great.") that the rest undercuts. */
const OPENER =
  /^(oh,? )?(great|fantastic|perfect|terrific|lovely|excellent|just great)\b[\w\s]{0,20}[.!]*$/u;
/** Set phrases that are nearly always ironic in a comment section. */
const PHRASES =
  /\bwhat could (possibly )?go wrong\b|\bmakes total sense\b|\bproblem solved\b|\bbridge\b.{0,60}\bto sell\b|\bhow simple\b|\bwhy didn't (anyone|world leaders|they) think of\b/u;

const PHRASE_GATE = /wrong|sense|solved|sell|simple|think of/u;

/**
 * Sarcasm markers: an "Oh"-prefixed or exclamatory praise opener followed by more text, or an
 * ironic set phrase not borrowed from the parent. VADER reads both as praise; by their meaning they
 * mock the deal.
 */
export function detectSarcasm(sentences: readonly Sentence[], parentLower = ''): SarcasmHit | null {
  const flagged = new Set<number>();
  let cue: string | null = null;
  const first = sentences[0];
  if (first && OPENER.test(first.lower) && sentences.length > 1) {
    const ohOrBang = first.lower.startsWith('oh') || first.text.includes('!');
    if (ohOrBang) {
      flagged.add(0);
      cue = `sarcasm: "${first.text}"`;
    }
  }
  if (!PHRASE_GATE.test(sentences.map((s) => s.lower).join(' '))) {
    return cue === null ? null : { cue, sentences: flagged };
  }
  sentences.forEach((s, i) => {
    const m = PHRASES.exec(s.lower);
    // "Yes, what could go wrong? Well, …" echoes the parent's irony in order to answer it.
    if (!m || parentLower.includes(m[0])) return;
    flagged.add(i);
    cue ??= `sarcasm: "${m[0]}"`;
  });
  return cue === null ? null : { cue, sentences: flagged };
}
