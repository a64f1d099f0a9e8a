import type { Source } from './source-store.ts';

// Only the file names are read here: the loaders Vite generates are never called in the page (the
// worker imports the seeds itself), so no seed text reaches the first-view bundle.
const SEED_PATHS = Object.keys(import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default' }));

/** The dumps bundled with the app, in file-name order. */
export function seedSources(): Source[] {
  return SEED_PATHS.sort().map((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return { kind: 'seed', key: `seed:${name}`, name };
  });
}
