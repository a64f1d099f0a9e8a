import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseThread } from '../../src/core/parse-thread.ts';

/** The comment bodies of the dumps in `seeds/`, as training text for generated sentences. */
export function seedCorpus(dir = 'seeds'): string {
  const bodies: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const parsed = parseThread(readFileSync(join(dir, name), 'utf8'));
    if (parsed.ok) for (const c of parsed.value.comments) bodies.push(c.body);
  }
  return bodies.join('\n');
}
