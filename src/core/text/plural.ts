/**
 * "1 comment", "2 comments", "0 comments": the count and the word, with the plural form given when
 * adding "s" is wrong ("reply" → "replies").
 */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
