/**
 * The top-level alternatives of a regular expression's source ("a|(?:b|c)|d" → "a", "(?:b|c)",
 * "d"), or null when they cannot be tested one by one. Without the g or y flag, `re.test(text)` is
 * true exactly when one of them, compiled with the same flags, matches: at each position the
 * engine tries every alternative before it moves on. A backreference is the exception (splitting
 * renumbers the groups it names), so a source with one is not split.
 */
export function topLevelAlternatives(re: RegExp): string[] | null {
  const src = re.source;
  // The v flag nests classes ("[[a-z]--[aeiou]]"), which the scan below does not follow.
  if (/[gyv]/u.test(re.flags) || /\\(?:[1-9]|k<)/u.test(src)) return null;
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  parts.push(src.slice(start));
  return parts;
}
