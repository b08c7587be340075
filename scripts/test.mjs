// The whole test suite, as `npm test` runs it: the type check, the linter and
// the format check, then every vitest test. Ends with the line
// "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

// Beside the suite's builds (TEST_TMP, tests/helpers/site.ts), so two suites run side by side keep their own counts.
const dir = process.env.TEST_TMP ?? 'tmp';
const report = `${dir}/vitest-report.json`;
mkdirSync(dir, { recursive: true });
rmSync(report, { force: true });
let passed = 0;
let failed = 0;

// Checks of the source before any build, each counted as one test.
const checks = [
  ['astro check', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['eslint', ['eslint', '.']],
  ['prettier --check', ['prettier', '--check', '--log-level', 'warn', '.']],
];
for (const [name, command] of checks) {
  const run = spawnSync('npx', command, { stdio: 'inherit' });
  if (run.status === 0) passed += 1;
  else {
    failed += 1;
    console.error(`${name} failed`);
  }
}

const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const vitest = spawnSync('npx', args, { stdio: 'inherit' });
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load, or a failing global setup, fails no single test: count it.
  if (vitest.status !== 0 && results.numFailedTests === 0) failed += Math.max(1, results.numFailedTestSuites);
} catch {
  failed += 1;
  console.error(`vitest wrote no report (exit ${vitest.status})`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
