// `npm run parse`: the CLI (src/cli/parse.ts) compiled as the app is (see node-bundle.mjs), then run
// in this process with the same arguments.
import { pathToFileURL } from 'node:url';
import { nodeBundle } from './node-bundle.mjs';

await import(pathToFileURL(await nodeBundle('src/cli/parse.ts')).href);
