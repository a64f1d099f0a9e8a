// What the bench times in Node, loaded by run.ts as one module compiled the way the app's bundles
// are (scripts/node-bundle.mjs), not through tsx, whose keepNames made the parse ~1.5× slower than
// the same code in the page's worker.
export { benchParse } from './parse-bench.ts';
export { benchSearch } from './search-bench.ts';
