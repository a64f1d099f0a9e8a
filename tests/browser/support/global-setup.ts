import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

/** Builds the app once per run into a private folder (parallel runs must not share `dist/`) and serves it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = await mkdtemp(join(tmpdir(), 'thread-explorer-dist-'));
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const { url, server } = await startStaticServer(distDir);
  project.provide('baseURL', url);
  project.provide('distDir', distDir);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(distDir, { recursive: true, force: true });
  };
}
