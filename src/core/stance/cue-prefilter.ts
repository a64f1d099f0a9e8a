// One literal scan per comment for every cue expression (general-cues.ts, domain-cues.ts): they
// all read the same lower-cased own voice, so the scan is shared. Modules register their
// expressions when they load, as they register vocabulary (vocabulary.ts), before any comment.
import { RegexPrefilter } from './regex-prefilter.ts';

const registered: RegExp[] = [];
let prefilter: RegexPrefilter | null = null;

/** Registers expressions; the index of the first is returned, the rest follow it in order. */
export function registerCueRegexes(regexes: readonly RegExp[]): number {
  const first = registered.length;
  registered.push(...regexes);
  prefilter = null;
  return first;
}

/** The registered expressions that may match `text`, asked by index with `may`. */
export function cuePrefilter(text: string): RegexPrefilter {
  return (prefilter ??= new RegexPrefilter(registered)).scan(text);
}

/** Every registered expression, in index order: for tests that hold the scan to the expressions. */
export function registeredCueRegexes(): readonly RegExp[] {
  return registered;
}
