// Runs every check the project has and ends with one line: "N passed, N failed", summed over all suites.
// Types, lint, formatting, the stance evaluation and a quick bench count as one check each; vitest
// counts its tests (unit, component, browser).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

let passed = 0;
let failed = 0;
// Repeated right above the last line: CI shows only the end of a long log, and a failure's name
// printed minutes earlier is lost there.
const failures = [];

// The reporter's colour codes (ESC [ … m), kept out of the one-line reason.
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The first line of a failed test's first message: its name alone did not say which wait failed. */
function why(messages) {
  const first = (messages?.[0] ?? '').replace(COLOUR, '').split('\n')[0]?.trim();
  return first ? `: ${first.slice(0, 300)}` : '';
}

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, cmd, args) {
  const ok = run(cmd, args);
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

check('types (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint (eslint)', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format (prettier --check)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
// The stance figures (confusion matrices, per-class F1, macro-F1 beside the baseline) in every CI log;
// the floors that fail the run live in tests/core/stance-eval.test.ts.
check('stance evaluation (npm run eval:stance)', 'npm', ['run', '--silent', 'eval:stance']);
// Reply inference: parent accuracy per labelled flat dump, precision per deciding cue, recall per
// labelled cue; the floors live in tests/core/reply-accuracy.test.ts.
check('reply evaluation (npm run eval:replies)', 'npm', ['run', '--silent', 'eval:replies']);

for (const project of ['unit', 'component', 'browser']) {
  const out = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    for (const file of report.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (t.status === 'failed')
          failures.push(
            `${project}: ${relative(process.cwd(), file.name)} > ${t.fullName}${why(t.failureMessages)}`,
          );
      }
    }
    // A suite that fails to load has no failed tests of its own but must still turn the run red.
    if (!ok && report.numFailedTests === 0) {
      failed += 1;
      failures.push(`${project}: a test file failed to load`);
    }
  } else if (!ok) {
    failed += 1;
    failures.push(`${project}: vitest wrote no report`);
  }
}

// The benchmark itself must keep working: a quick run (small dumps, one browser visit) into a temp folder.
check('bench runs (npm run bench -- --quick)', 'npm', [
  'run',
  '--silent',
  'bench',
  '--',
  '--quick',
  '--out',
  join(mkdtempSync(join(tmpdir(), 'bench-')), 'results'),
]);

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
