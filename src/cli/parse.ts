// `npm run --silent parse -- FILE`: the THREAD_JSON object for one dump on stdout. Bad input exits 2
// with exactly one `error:` line on stderr and nothing on stdout, never a stack trace.
// The bytes go through the page's own decoder, so the CLI and the page accept the same files and
// give the same ids (an invalid byte is refused with its offset, never patched with U+FFFD).
import { EXPECTED_LAYOUT } from '../core/parse/detect-format.ts';
import { checkDumpSize, decodeDump } from '../core/parse/decode-dump.ts';
import { parseThread } from '../core/parse-thread.ts';
import { terminalSafe } from '../core/text/terminal-safe.ts';
import { readRegularFile } from './read-regular-file.ts';

const USAGE_EXIT = 2;

function fail(message: string): never {
  // One line whatever the message holds: a file name with a newline must not split it.
  process.stderr.write(`error: ${terminalSafe(message.replace(/\s*[\r\n]+\s*/g, ' '))}\n`);
  process.exit(USAGE_EXIT);
}

function withLayout(message: string): string {
  return message.includes(EXPECTED_LAYOUT) ? message : `${message}; ${EXPECTED_LAYOUT}`;
}

function readInput(path: string, shown: string): string {
  const read = readRegularFile(path);
  if (!read.ok) {
    const { code, detail } = read.error;
    if (code === 'too-large') {
      const size = checkDumpSize(Number(detail), shown);
      fail(withLayout(size.ok ? `${shown} is too large` : size.error.message));
    }
    fail(withLayout(`${shown}: ${detail}`));
  }
  const decoded = decodeDump(read.value, shown);
  if (!decoded.ok) fail(withLayout(decoded.error.message));
  return decoded.value;
}

function main(argv: readonly string[]): void {
  const [path, ...extra] = argv;
  if (path === undefined || extra.length > 0) {
    fail(
      `expected exactly one FILE argument (usage: npm run --silent parse -- FILE); ${EXPECTED_LAYOUT}`,
    );
  }
  const shown = terminalSafe(path);
  const result = parseThread(readInput(path, shown));
  if (!result.ok) {
    const where = result.error.line === null ? '' : ` (line ${result.error.line})`;
    fail(`${shown}${where}: ${withLayout(result.error.message)}`);
  }
  process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  // Only a bug lands here; still one line, no stack.
  fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
}
