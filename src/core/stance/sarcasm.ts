import type { Sentence } from './split-sentences.ts';
import { addVocabulary, F_PHRASE } from './vocabulary.ts';

export interface SarcasmHit {
  readonly cue: string;
  /** Sentences whose positive words must not count: they mean the opposite. */
  readonly sentences: ReadonlySet<number>;
}

/**
 * A short burst of praise opening a comment ("Great ideas!", "Oh great.", "Great news, all!") that
 * the rest undercuts.
 */
const OPENER =
  /^(oh,? )?(great|fantastic|perfect|terrific|lovely|excellent|wonderful|just great)\b[\w\s,]{0,20}[.!]*$/u;
/**
 * Praise that runs straight into its consequence ("Cool, so invading now gets you a summit",
 * "Oh great, the fox and the other fox…", "Wonderful. Now Putin can…"): the praise is the irony.
 * "Oh great, another thread where…" or "another 'expert analysis'" mocks the page or its pundits,
 * not the talks: no side.
 */
const PRAISE_THEN =
  /^(oh,? )?(great|cool|wonderful|lovely|fantastic|perfect|terrific|brilliant|nice|super)[,.!]* (so|now|another)\b(?! (thread|comment section|comments section|article|headline|op-ed|['"‘“]?(expert )?(analysis|column|hot take|think ?piece))\b)|^oh,? (great|wonderful|lovely|perfect|fantastic|terrific|brilliant|good)\b(?![,.!]* another (thread|comment section|comments section|article|headline|op-ed|['"‘“]?(expert )?(analysis|column|hot take|think ?piece))\b)/u;
/** The same praise as a sentence of its own, undercut by the next one. */
const PRAISE_ALONE =
  /^(oh,? )?(great|cool|wonderful|lovely|fantastic|perfect|terrific|brilliant|nice|super|sure)[.!]*$/u;
/**
 * What undercuts it: "Great. So now…", "Sure. Let's sign another one.", "Nice deal. Meanwhile…",
 * "Fantastic. Next they'll…".
 */
const UNDERCUT = /^(so|now|next|meanwhile|let'?s)\b/u;
/** Praise of a named thing, "Nice détente.", undercut only by "meanwhile": the rest is often meant. */
const PRAISE_NAMED = /^(great|wonderful|lovely|fantastic|brilliant|nice|terrific) [\p{L}-]+[.!]*$/u;
/**
 * Ironic forms that are nearly always meant the other way in a comment section: mock praise of an
 * outcome ("what could go wrong", "because that worked so well", "nothing says X like Y", "yeah,
 * right"; not "oh sure" about the comment section, which mocks the page), mock sense ("makes perfect sense" as a sentence of its own), mock ingenuity, mock delight
 * opening a complaint ("love how…", "amazing how…"; not "funny how", which as often mocks the
 * critics, nor one about the comments, the article, the live page or the coverage, which mocks the page), a link insinuated by denying it ("pure coincidence", "I'm sure it's unrelated"), and an argument granted only to be undercut ("sounds
 * nice until…").
 */
const PHRASES =
  /\bwhat could (possibly )?go wrong\b|\bmakes total sense\b|^(that |it |this )?makes (perfect|complete|total) sense\b[^a-z]*$|\bproblem solved\b|\bbridge\b.{0,60}\bto sell\b|\bhow simple\b|\bwhy didn't (anyone|world leaders|they) think of\b|\bnothing says\b.{1,40}\blike\b|\bbecause (that|this|it) (has )?(worked|went|turned out|ended) (out )?(so|really|very) well\b|\bbecause\b.{0,60}\b(worked|went|turned) (out )?(so|really|very) (well|brilliantly|great)\b|\b(that|which) worked (out )?so well\b|^(yeah|oh|ya),? (right|sure)\b(?![^.!?]*\b(this|the) (comment section|comments section|comments|thread)\b)|^(yeah|oh|sure),? i'?m sure\b|\bwhat a (surprise|shock)\b|\bgood luck with that\b|^good luck (getting|making|trusting|expecting)\b|^(i )?(love|amazing) how\b(?! (the |these |this |every )?['"‘“]?(comments?|threads?|comment sections?|headlines?|articles?|op-eds?|paper|replies|thread's|comments'|live updates|live ?blog|page|coverage|website|site|broadcast|feed)\b)|\b(pure|sheer|total|complete|just a) coincidence\b|\bi'?m sure (\w+ ){0,6}(completely |totally |entirely )?(unrelated|coincidental|a coincidence)\b|\bsounds (lovely|nice|great|good|fine|wonderful|reasonable) until\b/u;
/** Words of which one must occur before PHRASES is tried. */
const PHRASE_GATE = new Set([
  'wrong',
  'sense',
  'solved',
  'sell',
  'simple',
  'think',
  'says',
  'worked',
  'went',
  'turned',
  'ended',
  'right',
  'sure',
  'surprise',
  'shock',
  'luck',
  'love',
  'amazing',
  'coincidence',
  'sounds',
]);
addVocabulary(PHRASE_GATE, F_PHRASE);
/** A trailing one- to three-word verdict of mock admiration: "…in Syria. Genius." */
const MOCK_VERDICT =
  /^(just |pure |sheer |truly |simply |real |so |how |what )?(a )?(genius|brilliant|bravo|masterful|masterstroke|impressive|well done|nice going|good job|great job|smart move|stroke of genius|(brilliant|masterful|genius|superb|stellar|great) (negotiating|negotiation|diplomacy|deal-?making|statecraft|strategy|trade|bargain))[.!]*$/u;
/**
 * A praise word in scare quotes: the "peace", the "great" deal. Names of the engagement itself
 * ("reset", "cease-fire") are left out: they are quoted as names as often as in scorn.
 */
const SCARE_QUOTED =
  /["“](peace|deal|friendship|friends?|honou?red|great|wonderful|historic|success|win|victory|breakthrough|genius|leadership|strength)["”]/u;

/**
 * Sarcasm markers: an "Oh"-prefixed or exclamatory praise opener followed by more text, an ironic
 * set form not borrowed from the parent, a trailing mock verdict, or scare-quoted praise. VADER
 * reads all of them as praise; by their meaning they mock the deal.
 */
export function detectSarcasm(
  sentences: readonly Sentence[],
  parentLowerOrThunk: string | (() => string) = '',
  quoted = true,
  /**
   * The sentences were split with the vocabulary lookup (vocabulary.ts `vocabularyIds`), so one
   * without F_PHRASE has no phrase word even when it has no flag at all: its words are not cut.
   */
  looked = false,
): SarcasmHit | null {
  // The parent is lowercased only if a pattern matches, which few sentences do.
  let parent = typeof parentLowerOrThunk === 'string' ? parentLowerOrThunk : null;
  const parentLower = (): string => (parent ??= (parentLowerOrThunk as () => string)());
  // Made on the first flag: most comments are not sarcastic, and this runs on every one.
  let flagged: Set<number> | null = null;
  const flag = (i: number): void => {
    (flagged ??= new Set<number>()).add(i);
  };
  let cue: string | null = null;
  const first = sentences[0];
  if (first && OPENER.test(first.lower) && sentences.length > 1) {
    const ohOrBang = first.lower.startsWith('oh') || first.text.includes('!');
    if (ohOrBang) {
      flag(0);
      cue = `sarcasm: "${first.text}"`;
    }
  }
  const second = sentences[1];
  if (
    first &&
    cue === null &&
    (PRAISE_THEN.test(first.lower) ||
      (second !== undefined &&
        ((PRAISE_ALONE.test(first.lower) && UNDERCUT.test(second.lower)) ||
          (PRAISE_NAMED.test(first.lower) && second.lower.startsWith('meanwhile')))))
  ) {
    flag(0);
    if (second) flag(1);
    cue = `sarcasm: "${first.text}"`;
  }
  for (let i = 0; i < sentences.length; i += 1) {
    const s = sentences[i] as Sentence;
    if (i > 0 && s.wordCount <= 3 && MOCK_VERDICT.test(s.lower)) {
      flag(i);
      cue ??= `sarcasm: "${s.text}"`;
      continue;
    }
    if (quoted && (s.text.includes('"') || s.text.includes('“'))) {
      const q = SCARE_QUOTED.exec(s.lower);
      if (q && !parentLower().includes(q[0])) {
        flag(i);
        cue ??= `sarcasm: scare quotes ${q[0]}`;
        continue;
      }
    }
    if (!hasPhraseWord(s, looked)) continue;
    const m = PHRASES.exec(s.lower);
    // "Yes, what could go wrong? Well, …" echoes the parent's irony in order to answer it.
    if (!m || parentLower().includes(m[0])) continue;
    flag(i);
    cue ??= `sarcasm: "${m[0]}"`;
  }
  return cue === null ? null : { cue, sentences: flagged ?? new Set() };
}

/** Sentences split with vocabulary flags answer from them; others are scanned. */
function hasPhraseWord(s: Sentence, looked: boolean): boolean {
  if (looked || s.flags !== 0) return (s.flags & F_PHRASE) !== 0;
  for (const w of s.words) if (PHRASE_GATE.has(w)) return true;
  return false;
}
