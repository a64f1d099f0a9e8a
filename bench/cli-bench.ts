import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round } from './stats.ts';

export interface CliRun {
  /** What was parsed: "flat 50,000 comments (19.3 MB)". */
  readonly label: string;
  readonly megabytes: number;
  readonly exitCode: number | null;
  /** Peak resident set of the CLI process, MB (10^6 bytes). */
  readonly peakMB: number;
  readonly seconds: number;
  /** Bytes the CLI printed. */
  readonly outputMB: number;
  /** Its stderr when it failed, first line. */
  readonly error: string | null;
}

const ROOT = join(import.meta.dirname, '..');

/**
 * Runs the CLI as `npm run parse` does (scripts/parse.mjs: src/cli/parse.ts compiled) on `text`, its output
 * counted and dropped, and reads its peak resident set from a preloaded exit hook.
 */
export async function benchCli(text: string, label: string): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cli-bench-'));
  try {
    const dump = join(dir, 'dump.txt');
    const peakFile = join(dir, 'peak');
    writeFileSync(dump, text);
    const megabytes = round(Buffer.byteLength(text) / 1e6, 1);
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', './bench/peak-rss.mjs', 'scripts/parse.mjs', dump],
      { cwd: ROOT, env: { ...process.env, PEAK_RSS_FILE: peakFile } },
    );
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (bytes += d.length));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const seconds = round((performance.now() - started) / 1000, 1);
    const peakKB = Number(readFileSync(peakFile, 'utf8'));
    return {
      label,
      megabytes,
      exitCode,
      peakMB: round((peakKB * 1024) / 1e6, 0),
      seconds,
      outputMB: round(bytes / 1e6, 1),
      error: exitCode === 0 ? null : (stderr.split('\n')[0] ?? ''),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
