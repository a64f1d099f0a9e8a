import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateReadme } from '../../bench/update-readme.ts';

const START = '<!-- bench:start (npm run bench writes this part; edit bench/report.ts instead) -->';
let dir = '';
afterEach(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

async function readmeWith(text: string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'readme-'));
  const path = join(dir, 'README.md');
  await writeFile(path, text);
  return path;
}

describe('updateReadme', () => {
  it('should replace only what lies between the bench markers', async () => {
    const path = await readmeWith(
      `# T\n\nBefore.\n\n${START}\n\n| old | 1 |\n| --- | - |\n\n<!-- bench:end -->\n\nAfter.\n`,
    );
    expect(await updateReadme(path, '| new | 2 |\n|---|---|\n')).toBe(true);
    const text = await readFile(path, 'utf8');
    expect(text).toContain('Before.');
    expect(text).toContain('After.');
    expect(text).toContain('| new | 2   |');
    expect(text).not.toContain('old');
  });

  it('should write nothing to a README without the markers', async () => {
    const path = await readmeWith('# T\n\nNo markers here.\n');
    expect(await updateReadme(path, '| new |')).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('# T\n\nNo markers here.\n');
  });
});
