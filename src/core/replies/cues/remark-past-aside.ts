import { REMARK_AFTER } from './name-context-words.ts';
import type { NameTokens } from './name-tokens.ts';

/** An aside opening right after a name: "Nora (the Elmdale one) says…". */
const OPENS_ASIDE = /^\s*\(/u;
/** An aside is a few words: past these a bracket left open is no aside to a name. */
const ASIDE_WORDS = 6;

/**
 * Does a remark about the commenter follow their name past an aside in brackets ("Nora (the
 * Elmdale one) says drop-off is calmer.")? The aside tells which of two commenters of one name is
 * meant; the verb after it makes the name a remark about them, as it does right after the name.
 * `from` is the token after the name, `gap` what stands between the name and it.
 */
export function remarkPastAside(tokens: NameTokens, from: number, gap: string): boolean {
  if (!OPENS_ASIDE.test(gap)) return false;
  for (let k = from; k < Math.min(from + ASIDE_WORDS, tokens.length); k++) {
    const t = tokens.at(k);
    if (t === undefined) return false;
    const close = t.after.indexOf(')');
    if (close >= 0)
      return REMARK_AFTER.test(t.after.slice(close + 1) + (tokens.at(k + 1)?.text ?? ''));
  }
  return false;
}
