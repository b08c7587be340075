// The whole test suite, as `npm test` runs it: the type check, then every
// vitest test. Ends with the line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = 'tmp/vitest-report.json';
mkdirSync('tmp', { recursive: true });
rmSync(report, { force: true });
let passed = 0;
let failed = 0;

const check = spawnSync('npx', ['astro', 'check', '--minimumSeverity', 'warning'], { stdio: 'inherit' });
if (check.status === 0) passed += 1;
else {
  failed += 1;
  console.error('astro check failed');
}

const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
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
