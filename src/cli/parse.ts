// `npm run --silent parse -- [--pretty] FILE`: the THREAD_JSON object for one dump on stdout, compact
// (one line) by default, indented by two spaces with --pretty. Bad input exits 2 with exactly one
// `error:` line on stderr and nothing on stdout, never a stack trace. The JSON is written comment by
// comment, so no dump is limited by the longest string V8 can build; a reader that stops early
// (`| head`) ends the run quietly.
// The bytes go through the page's own decoder, so the CLI and the page accept the same files and
// give the same ids (an invalid byte is refused with its offset, never patched with U+FFFD).
import { setFlagsFromString } from 'node:v8';
import { EXPECTED_LAYOUT } from '../core/parse/detect-format.ts';
import { checkDumpSize, decodeDump } from '../core/parse/decode-dump.ts';
import { parseThread } from '../core/parse-thread.ts';
import { terminalSafe } from '../core/text/terminal-safe.ts';
import { jsonChunks } from './json-chunks.ts';
import { readRegularFile } from './read-regular-file.ts';
import { writeChunks } from './write-chunks.ts';

// A batch run favours memory over speed: by default V8 lets old garbage (each stage's scratch) pile
// up to about 2.5× what is live before collecting, which ran a 19 MB dump to 340 MB; this mode
// collects sooner (252–273 MB there) at the cost of more collection work.
setFlagsFromString('--optimize-for-size');

const USAGE_EXIT = 2;
/**
 * The page stops at 50 MB to keep a browser tab inside memory; the CLI reads far bigger dumps. 500 MiB
 * stays under V8's longest string (2^29 − 24 UTF-16 units), and UTF-8 never decodes to more units
 * than bytes, so any file under the cap becomes one string.
 */
const CLI_MAX_DUMP_BYTES = 500 * 1024 * 1024;
const USAGE = 'usage: npm run --silent parse -- [--pretty] FILE';

function fail(message: string): never {
  // One line whatever the message holds: a file name with a newline must not split it.
  process.stderr.write(`error: ${terminalSafe(message.replace(/\s*[\r\n]+\s*/g, ' '))}\n`);
  process.exit(USAGE_EXIT);
}

function withLayout(message: string): string {
  return message.includes(EXPECTED_LAYOUT) ? message : `${message}; ${EXPECTED_LAYOUT}`;
}

function readInput(path: string, shown: string): string {
  const read = readRegularFile(path, CLI_MAX_DUMP_BYTES);
  if (!read.ok) {
    const { code, detail } = read.error;
    if (code === 'too-large') {
      const size = checkDumpSize(Number(detail), shown, CLI_MAX_DUMP_BYTES);
      fail(withLayout(size.ok ? `${shown} is too large` : size.error.message));
    }
    fail(withLayout(`${shown}: ${detail}`));
  }
  const decoded = decodeDump(read.value, shown, CLI_MAX_DUMP_BYTES);
  if (!decoded.ok) fail(withLayout(decoded.error.message));
  return decoded.value;
}

interface Args {
  readonly path: string;
  readonly pretty: boolean;
}

/** `--pretty` anywhere before a `--`; anything else is the one FILE (`./--x` for a file named so). */
function readArgs(argv: readonly string[]): Args {
  let pretty = false;
  const files: string[] = [];
  let options = true;
  for (const arg of argv) {
    if (options && arg === '--') options = false;
    else if (options && arg === '--pretty') pretty = true;
    else if (options && arg.startsWith('--'))
      fail(`unknown option ${arg} (${USAGE}); ${EXPECTED_LAYOUT}`);
    else files.push(arg);
  }
  const [path] = files;
  if (path === undefined || files.length > 1) {
    fail(`expected exactly one FILE argument (${USAGE}); ${EXPECTED_LAYOUT}`);
  }
  return { path, pretty };
}

async function main(argv: readonly string[]): Promise<void> {
  const { path, pretty } = readArgs(argv);
  const shown = terminalSafe(path);
  const result = parseThread(readInput(path, shown));
  if (!result.ok) {
    const where = result.error.line === null ? '' : ` (line ${result.error.line})`;
    fail(`${shown}${where}: ${withLayout(result.error.message)}`);
  }
  const doc = result.value;
  function* lines(): Generator<string> {
    yield* jsonChunks(doc, { indent: pretty ? 2 : 0, splitDepth: 2 });
    yield '\n';
  }
  // false means the reader closed the pipe (`| head`): it has what it wanted, so stop without a word.
  await writeChunks(lines(), process.stdout);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // Only a bug lands here; still one line, no stack.
  fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
});
