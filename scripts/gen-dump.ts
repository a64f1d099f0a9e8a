// npm run gen -- --comments N --layout flat|indented [--seed S] [--big-thread R]
//                [--article-body CHARS] [--out FILE|-]
// Writes a realistic generated comment dump (default: bench/out/<layout>-<N>-seed<S>.txt).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDump, type GenLayout } from './gen-dump/generate-dump.ts';
import { seedCorpus } from './gen-dump/seed-corpus.ts';

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    comments: { type: 'string', default: '1000' },
    layout: { type: 'string', default: 'flat' },
    seed: { type: 'string', default: '1' },
    'big-thread': { type: 'string' },
    'article-body': { type: 'string' },
    out: { type: 'string' },
  },
});
const comments = Number(values.comments);
if (!Number.isInteger(comments) || comments < 1) fail('--comments must be a positive integer');
const layout = values.layout;
if (layout !== 'flat' && layout !== 'indented') fail('--layout must be flat or indented');
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail('--seed must be an integer');
const bigThread = values['big-thread'] === undefined ? undefined : Number(values['big-thread']);
if (bigThread !== undefined && !(Number.isInteger(bigThread) && bigThread >= 0)) {
  fail('--big-thread must be a non-negative integer');
}

const articleBody = Number(values['article-body'] ?? 0);
if (!(Number.isInteger(articleBody) && articleBody >= 0)) {
  fail('--article-body must be a non-negative integer (characters)');
}

const { text } = generateDump({
  comments,
  layout: layout satisfies GenLayout,
  seed,
  corpus: seedCorpus(),
  ...(bigThread === undefined ? {} : { bigThread }),
  articleBody,
});
const out = values.out ?? `bench/out/${layout}-${comments}-seed${seed}.txt`;
if (out === '-') {
  process.stdout.write(text);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  process.stderr.write(
    `wrote ${out} (${comments} comments, ${(text.length / 1e6).toFixed(1)} MB)\n`,
  );
}
