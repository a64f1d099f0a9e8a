import type { Source } from './source-store.ts';

// Only the file names are read here (Vite compiles `Object.keys(import.meta.glob(…))` to the keys
// alone, checked in the built bundle): the worker imports the seed texts itself, so none of them
// reaches the page's first-view bundle.
const SEED_PATHS = Object.keys(
  import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default' }),
);

/** The dumps bundled with the app, in file-name order. */
export function seedSources(): Source[] {
  return SEED_PATHS.sort().map((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return { kind: 'seed', key: `seed:${name}`, name };
  });
}
