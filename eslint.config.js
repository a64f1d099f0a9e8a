import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Each feature keeps its inside to itself: others reach it through its index.ts only.
const FEATURES = readdirSync('./src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = FEATURES.map((name) => ({
  target: `./src/features/${name}/**/*`,
  from: [`./src/features/!(${name})/**/*`],
  except: ['**/src/features/*/index.ts'],
  message: `Import another feature through its index.ts (its public face), not its files.`,
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.tmp', 'bench/out', 'src/core/location/data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import/no-default-export': 'off',
    },
  },
  {
    // The core is framework-free: it runs in the page, in a Web Worker, in Node (CLI, bench, tests).
    files: ['src/core/**/*.ts'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: [
                './src/app',
                './src/features',
                './src/worker',
                './src/shared',
                './node_modules/react',
                './node_modules/react-dom',
                './node_modules/@tanstack',
              ],
              message: 'src/core must not depend on React, the DOM, TanStack or the app around it.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { 'import/no-default-export': 'error' },
  },
  {
    // bulletproof-react's direction: app → features → shared → core, never back up.
    files: ['src/features/**/*.{ts,tsx}', 'src/shared/**/*.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: ['./src/features', './src/shared'],
              from: './src/app',
              message: 'Features and shared code must not import the app.',
            },
            {
              target: './src/shared',
              from: './src/features',
              message: 'Shared code must not import a feature.',
            },
          ],
        },
      ],
    },
  },
);
