import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { viteCsp } from './scripts/vite-csp.ts';
import { SECURITY_HEADERS } from './scripts/csp-policy.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), viteCsp()],
  worker: { format: 'es' },
  // Every browser the app runs in (ES modules in workers) preloads modules natively: the polyfill
  // would only spend first-view bytes.
  build: {
    modulePreload: { polyfill: false },
    // The CSS uses no light-dark(): below these versions Lightning CSS adds its polyfill's variables
    // to every color-scheme rule anyway, first-view bytes nothing reads. The JS target is unchanged.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    // No manualChunks: Rolldown merges what the entry shares with lazy chunks into the entry
    // (mergeCommonChunks). A group naming them 'index' made a second first-view file instead
    // (458 bytes, 265 gzip; one file saves 185 of the budget's bytes).
  },
  // `vite preview` serves the build as a host should: the policy as headers, frame-ancestors included.
  preview: { headers: { ...SECURITY_HEADERS } },
  test: {
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'node_modules/**'],
          environment: 'node',
          // A limit for hangs, not a speed check: on a loaded CI machine several tests (property
          // tests over every cue expression) came within 0.3 s of vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll gives up after 1 s by default: on a loaded CI machine the seeds' first search
          // (the index still building) once answered later than that, and a count test failed on
          // "Searching 159 comments…". A limit for hangs, not a speed check.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
