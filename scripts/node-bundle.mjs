// Compiles a TypeScript entry and everything it imports into one ES module for Node, the way the
// app's own bundles are compiled, and returns the module's path. tsx (what `npm run` scripts use
// elsewhere) compiles with esbuild's keepNames, which wraps every function a closure creates in a
// defineProperty call: the parse ran about 1.5× slower under it than in the page's worker, so the
// CLI and the bench's Node measures run code compiled like the app's instead.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'thread-explorer');

/**
 * @param {string} entry a path from the project's root, e.g. 'src/cli/parse.ts'
 * @returns {Promise<string>} the absolute path of the compiled module
 */
export async function nodeBundle(entry) {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  // Named by content: a CLI run never reads another run's half-written file, and an unchanged
  // source is not written again.
  const name = basename(entry).replace(/\.[cm]?tsx?$/, '');
  const hash = createHash('sha256').update(file.contents).digest('hex').slice(0, 12);
  try {
    return writeOnce(OUT, name, hash, file.contents);
  } catch {
    // A read-only checkout (a shared install, a container): the system's temporary folder will do.
    return writeOnce(join(tmpdir(), 'thread-explorer-bundles'), name, hash, file.contents);
  }
}

/**
 * @param {string} dir
 * @param {string} name
 * @param {string} hash
 * @param {Uint8Array} contents
 * @returns {string}
 */
function writeOnce(dir, name, hash, contents) {
  const path = join(dir, `${name}-${hash}.mjs`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) {
    if (old.startsWith(`${name}-`) && !old.startsWith(`${name}-${hash}`)) {
      rmSync(join(dir, old), { force: true });
    }
  }
  // Renamed into place whole: runs side by side (the CLI's tests) may import it meanwhile.
  const partial = `${path}.${process.pid}.part`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
  return path;
}
