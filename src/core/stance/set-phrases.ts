// Set phrases whose sentiment word judges nothing: "Good lord, his entourage was enormous", "Fun
// fact: the hotline was a teletype", "Worst case you learn something". VADER scores "good", "fun"
// and "worst" alone; read inside these phrases, they are an exclamation, an aside or a hedge.
// "Rewarding aggression" is a charge, not praise: VADER's positive "rewarding" judges nothing there;
// nor do "advantage" in "they will take advantage", "chance" in "Not a chance." or "thanks" in
// "No thanks.": a threat, a refusal and a refusal. "Strength" in "negotiate from strength" is a
// maxim of bargaining, and "save" in "couldn't keep a promise to save his life" an intensifier.

/** Literals every set phrase holds: one cheap test spares most sentences the pattern. */
const GATE = /good |fun fact|case|reward|advantage|chance|thank|strength|to save/u;
const SET_PHRASE =
  /\b(?:(good) (?:lord|grief|god|heavens|gracious)|(fun) facts?|(worst|best)[- ]case(?: scenario)?|(good) question|(rewarding|rewarded|rewards?) (?:the |an? |russia's |putin's |his )?(?:\w+ )?(?:aggression|annexation|invasion|occupation|war crimes)|(?:take|takes|took|taking) (advantage)|(?:not a|fat) (chance)|no,? (thanks)|(?:negotiat\w*|talk\w*|deal\w*|bargain\w*) from (?:a position of )?(strength)|to (save) (?:his|her|their|my|your|our) (?:own )?(?:life|lives))\b/gu;

/**
 * The words `ignored` plus the sentiment words of the set phrases in `lower`; `ignored` itself when
 * the sentence holds none (most do not).
 */
export function setPhraseWords(lower: string, ignored: ReadonlySet<string>): ReadonlySet<string> {
  if (!GATE.test(lower)) return ignored;
  let words: Set<string> | null = null;
  for (const m of lower.matchAll(SET_PHRASE)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10];
    if (word === undefined) continue;
    words ??= new Set(ignored);
    words.add(word);
  }
  return words ?? ignored;
}
