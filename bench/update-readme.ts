import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';

const START = '<!-- bench:start (npm run bench writes this part; edit bench/report.ts instead) -->';
const END = '<!-- bench:end -->';

/**
 * Puts the bench's fresh tables into README.md between the bench markers, so the Performance
 * section is always the last full run's, never figures copied by hand. False when the README has
 * no markers (nothing is written).
 */
export async function updateReadme(readmePath: string, tables: string): Promise<boolean> {
  const readme = await readFile(readmePath, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return false;
  const next = `${readme.slice(0, from + START.length)}\n\n${tables.trim()}\n\n${readme.slice(to)}`;
  const config = (await resolveConfig(readmePath)) ?? {};
  await writeFile(readmePath, await format(next, { ...config, parser: 'markdown' }));
  return true;
}
