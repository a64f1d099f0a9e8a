import { contentStem } from './rare-words.ts';
import { normalizeWords } from './scan-words.ts';

// "What Deb said about the lentil patty", "the point Becca made about Dunmore": the words after
// "about" name the statement a reply picks up.
const ABOUT =
  /\b(?:said|says|wrote|asked|meant|made|raised|suggested|mentioned)\b[^.!?]{0,20}?\babout ([^.!?;,]+)/i;

const VERB = /\b(?:is|are|was|were|should|would|could|will|has|have|had|makes?|seems?|matters?)\b/i;

// What ABOUT always holds, as it reads it (case aside): a literal search rules out most openings,
// where ABOUT tries its verbs at every word.
const ABOUT_WORD = /about /i;

/** The words after "… said about", up to where the reply says something of them ("… is the story"). */
const subjectOf = (opening: string): string | undefined =>
  ABOUT_WORD.test(opening) ? ABOUT.exec(opening)?.[1]?.split(VERB)[0] : undefined;

/** The content stems of the subject a reply names with "… said about X" (empty when it names none). */
export function aboutSubject(opening: string, stemOf: Map<string, string>): Set<string> {
  const stems = new Set<string>();
  const subject = subjectOf(opening);
  if (subject === undefined) return stems;
  for (const word of subject.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)) {
    const stem = contentStem(word, stemOf);
    if (stem !== '') stems.add(stem);
  }
  return stems;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'that', 'this', 'those']);

/**
 * The subject as a phrase of two words or more, determiners dropped ("air monitor" from "… said
 * about the air monitor"), or null: one word ("heat") is too often written in passing elsewhere.
 */
export function aboutPhrase(opening: string): string | null {
  const subject = subjectOf(opening);
  if (subject === undefined) return null;
  const words = normalizeWords(subject)
    .split(' ')
    .filter((w) => w !== '');
  while (words.length > 0 && DETERMINERS.has(words[0] ?? '')) words.shift();
  return words.length >= 2 && words.length <= 5 ? words.join(' ') : null;
}
