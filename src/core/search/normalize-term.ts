// Case- and diacritic-folding shared by the index and by highlighting, so a highlighted range is
// exactly what the index matched. NFKD (not NFD) also folds compatibility forms: the "ﬁ" ligature,
// full-width letters and mathematical letters match their plain spelling.
const MARKS = /\p{M}/gu;
// Most tokens are printable ASCII (tokens never hold control characters): skip the Unicode work for them (indexing 50k comments folds millions).
const ASCII = /^[ -~]*$/;

/** Folds one token: lowercase, compatibility-decomposed, combining marks removed ("Ñandú" → "nandu"). */
export function normalizeTerm(token: string): string {
  const lower = token.toLowerCase();
  if (ASCII.test(lower)) return lower;
  // Lowercase both before ("İ" → "i" + U+0307, whose mark is then removed) and after, because
  // NFKD can produce capitals from caseless characters ("𝒳" → "X").
  return lower.normalize('NFKD').replace(MARKS, '').toLowerCase();
}
