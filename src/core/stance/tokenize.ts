/** One sentence of a comment: the original text and its word tokens (case kept for VADER's caps rule). */
export interface Sentence {
  readonly text: string;
  readonly lower: string;
  readonly words: string[];
}

// Sentence ends: . ! ? … followed by space, or any line break. Abbreviations ("Mr. Putin") split too;
// harmless here because each piece still carries its own words and target terms.
const SENTENCE_BREAK = /(?<=[.!?…])\s+|\n+/u;
// VADER strips one leading/trailing punctuation mark and drops one-letter tokens; we strip runs, which
// also frees words wrapped in quotes and brackets ("(puppet)", '"reset"').
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function tokenize(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const raw of text.split(SENTENCE_BREAK)) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const words: string[] = [];
    for (const token of trimmed.split(/\s+/u)) {
      const word = token.replace(EDGE_PUNCT, '').replace(/[’‘]/gu, "'");
      if (word.length > 1) words.push(word);
    }
    sentences.push({ text: trimmed, lower: trimmed.toLowerCase().replace(/[’‘]/gu, "'"), words });
  }
  return sentences;
}
