import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../../bench/build-app.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

/** Builds the app once per run into a private folder (parallel runs must not share `dist/`) and serves it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = await buildApp();
  const { url, server } = await startStaticServer(distDir);
  project.provide('baseURL', url);
  project.provide('distDir', distDir);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(distDir, { recursive: true, force: true });
  };
}
