// Preloaded into the CLI by bench/cli-bench.ts: writes the process's peak resident set (KB) to the
// file named by PEAK_RSS_FILE when it exits, however it exits. Plain JS so it loads before tsx.
import { writeFileSync } from 'node:fs';

const out = process.env.PEAK_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
