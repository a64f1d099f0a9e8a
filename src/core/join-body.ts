import { isBlank } from './split-lines.ts';

/**
 * Body lines as one string, each trimmed (indentation removed): blank lines at either end are dropped and
 * a run of blank lines between paragraphs becomes exactly one empty line, so "\n\n" always means a
 * paragraph break whatever the dump's spacing.
 */
export function joinBody(lines: readonly string[]): string {
  const out: string[] = [];
  let pendingBreak = false;
  for (const line of lines) {
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
