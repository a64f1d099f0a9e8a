import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** Builds the app into a private temp folder exactly as tests/browser/support/global-setup.ts does. */
export async function buildApp(): Promise<string> {
  const distDir = await mkdtemp(join(tmpdir(), 'thread-explorer-bench-'));
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  return distDir;
}
