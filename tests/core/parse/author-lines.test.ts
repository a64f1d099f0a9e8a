// Author lines of the indented layout on dumps written for issue 13: names ending in an initial,
// titles, handles with digits, and anonymous comments whose first sentence sits on the bullet line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIndented } from '../../../src/core/parse/parse-indented.ts';

interface AuthorLabel {
  readonly author: string | null;
  readonly depth: number;
}

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'authors');

describe('indented author lines', () => {
  for (const name of [
    'indented-sanctions',
    'indented-ceasefire',
    'indented-hospital',
    'indented-marathon',
    // Written blind in session 21 by a helper that never saw the parser: 66 of 67 right before the
    // ranks that open a name ("Maj. Gen. Harold Ostby (Ret.)") were read as abbreviations.
    'indented-grain-corridor',
    'indented-prisoner-swap',
  ]) {
    it(`should read every author line of ${name} right`, () => {
      const parsed = parseIndented(readFileSync(join(dir, `${name}.txt`), 'utf8'));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const labels = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as AuthorLabel[];
      const got = parsed.value.comments.map((c) => ({ author: c.author, depth: c.depth }));
      expect(got).toEqual(labels.map((l) => ({ author: l.author, depth: l.depth })));
      // An author line never leaks into the body, and an anonymous comment keeps its first line.
      for (const c of parsed.value.comments) expect(c.body).not.toBe('');
    });
  }
});
