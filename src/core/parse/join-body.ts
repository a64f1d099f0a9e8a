import { isBlank } from '../text/split-lines.ts';

/**
 * Body lines as one string, each trimmed (indentation removed): blank lines at either end are dropped and
 * a run of blank lines between paragraphs becomes exactly one empty line, so "\n\n" always means a
 * paragraph break whatever the dump's spacing.
 */
export function joinBody(lines: readonly string[], from = 0, to = lines.length): string {
  // A range instead of a slice: a 50,000-comment dump would otherwise copy every body's lines first.
  const out: string[] = [];
  let pendingBreak = false;
  for (let i = from; i < to; i += 1) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      pendingBreak = out.length > 0;
      continue;
    }
    if (pendingBreak) out.push('');
    pendingBreak = false;
    out.push(line.trim());
  }
  return out.join('\n');
}
