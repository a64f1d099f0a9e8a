import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const source = filesUnder('src').filter((f) => /\.tsx?$/.test(f));

describe('the source layout (issue 14)', () => {
  it('should keep the core grouped by concept, with at most 8 files at its root', () => {
    const root = readdirSync('src/core').filter((n) => statSync(join('src/core', n)).isFile());
    expect(root.length).toBeLessThanOrEqual(8);
  });

  it('should give every module its own name: no two files called the same in src/core', () => {
    const names = source.filter((f) => f.startsWith('src/core')).map((f) => f.split('/').pop());
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    expect(repeated).toEqual([]);
  });

  it('should keep every component under 200 lines', () => {
    const long = source
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => [f, readFileSync(f, 'utf8').trimEnd().split('\n').length] as const)
      .filter(([, lines]) => lines > 200);
    expect(long).toEqual([]);
  });
});
