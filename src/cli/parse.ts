// `npm run --silent parse -- FILE`: the THREAD_JSON object for one dump on stdout. Bad input exits 2
// with exactly one `error:` line on stderr and nothing on stdout, never a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { EXPECTED_LAYOUT } from '../core/parse/detect-format.ts';
import { parseThread } from '../core/parse-thread.ts';

const USAGE_EXIT = 2;

function fail(message: string): never {
  // One line whatever the message holds: a file name with a newline must not split it.
  process.stderr.write(`error: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
  process.exit(USAGE_EXIT);
}

function readInput(path: string): string {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`${path}: no such file; ${EXPECTED_LAYOUT}`);
    fail(`${path}: cannot read it (${code ?? 'unknown error'}); ${EXPECTED_LAYOUT}`);
  }
  if (isDirectory) fail(`${path} is a directory, not a file; ${EXPECTED_LAYOUT}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    fail(
      `${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}); ${EXPECTED_LAYOUT}`,
    );
  }
}

function main(argv: readonly string[]): void {
  const [path, ...extra] = argv;
  if (path === undefined || extra.length > 0) {
    fail(
      `expected exactly one FILE argument (usage: npm run --silent parse -- FILE); ${EXPECTED_LAYOUT}`,
    );
  }
  const result = parseThread(readInput(path));
  if (!result.ok) {
    const where = result.error.line === null ? '' : ` (line ${result.error.line})`;
    const message = result.error.message.includes(EXPECTED_LAYOUT)
      ? result.error.message
      : `${result.error.message}; ${EXPECTED_LAYOUT}`;
    fail(`${path}${where}: ${message}`);
  }
  process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  // Only a bug lands here; still one line, no stack.
  fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
}
