// `npm run bench`: builds synthetic corpora of N meetings through the real
// build and a bare Astro site with as many pages, plain and padded to this
// site's mean page (bytes and elements) holding this site's records, checks
// the budgets, runs Lighthouse on the real site and writes bench/RESULTS.md.
//
//   npm run bench -- --sizes 100,1000    quick run
//   npm run bench -- --no-lighthouse     skip Lighthouse
//   npm run bench -- --strict            exit 1 when a budget fails
//   npm run bench -- --repeat 1          one build of each instead of the fastest of two
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { generateBareSite } from './bare.mjs';
import { checkBudgets } from './budgets.mjs';
import { generateCorpus } from './corpus.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureAstroBuild, measureProcess, measureSiteBuild } from './measure.mjs';
import { writeResults } from './results.mjs';
import { heaviestPages, meanPage } from './weight.mjs';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'no-lighthouse': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '2' },
  },
});
const sizes = flags.sizes.split(',').map(Number).sort((a, b) => a - b);
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes expects meeting counts like 100,1000; found "${flags.sizes}"`);
const repeat = Number(flags.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat expects a count of builds like 2; found "${flags.repeat}"`);

const WORK = 'tmp/bench';
const log = (line) => console.log(`[bench] ${line}`);

/** The size in bytes of the content data store a build left in its cache folder: the record Astro holds. */
const dataStoreBytes = (cacheDir) => statSync(join(cacheDir, 'data-store.json')).size;

function countPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/**
 * The generated tree, checked by the same validator the build runs, so a generator bug is named at once: its records,
 * as the schemas give them and Astro's content data store holds them.
 */
async function validate(root) {
  const options = { configFile: false, logLevel: 'silent' };
  const { module: load } = await runnerImport('/src/lib/load.ts', options);
  const { module: check } = await runnerImport('/src/lib/validate.ts', options);
  const { problems, entries } = check.validateTree(load.loadContentTree(root));
  if (problems.length) throw new Error(`The generated corpus in ${root} is invalid:\n${check.formatProblems(problems.slice(0, 20))}`);
  return entries.map(({ data, body }) => ({ data, body }));
}

/** Removes what a build leaves, so the next one starts cold. */
const clear = (...dirs) => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));

/** One cold build: `label` names it in the log and in an error. */
async function buildOnce(label, { measure, outDir, leftovers }) {
  clear(outDir, ...leftovers);
  // Let the disk write out what the last build and the removal left in memory, so it does not slow this one.
  execFileSync('sync');
  const run = await measure();
  if (run.status !== 0) throw new Error(`The ${label} build failed:\n${run.output.slice(-4000)}`);
  log(`${label}: ${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB`);
  return run;
}

/**
 * Builds each of `builds` `repeat` times, each cold, taking turns (site, bare,
 * site, bare…) so that both see the machine as it was at the time, and keeps
 * the fastest run of each: the one least disturbed by whatever else the
 * machine was doing (its peak memory with it). `first` is a run already made
 * of the first build.
 */
async function fastestInTurns(builds, first) {
  const runs = builds.map(() => []);
  if (first) runs[0].push(first);
  for (let i = 0; i < repeat; i++) {
    for (const [b, build] of builds.entries()) {
      if (runs[b].length > i) continue;
      runs[b].push(await buildOnce(`${build.label} (run ${i + 1} of ${repeat})`, build));
    }
  }
  return builds.map((build, b) => {
    const best = runs[b].reduce((x, y) => (y.seconds < x.seconds ? y : x));
    const pages = countPages(build.outDir);
    log(`${build.label}: ${pages} pages; fastest ${best.seconds.toFixed(1)} s, peak ${best.peakMb.toFixed(0)} MB`);
    return { pages, seconds: best.seconds, peakMb: best.peakMb, peaks: runs[b].map((run) => run.peakMb) };
  });
}

/** Pagefind on a built site, by itself, through its own command line. */
async function searchIndexAlone(outDir) {
  const bin = join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const run = await measureProcess(process.execPath, [bin, '--site', outDir, '--output-path', join(outDir, 'pagefind-again')]);
  if (run.status !== 0) throw new Error(`Pagefind alone failed on ${outDir}:\n${run.output.slice(-2000)}`);
  return { seconds: run.seconds, peakMb: run.peakMb };
}

const rows = [];
for (const meetings of sizes) {
  const corpus = `${WORK}/corpus-${meetings}`;
  const shape = generateCorpus(corpus, meetings);
  const records = await validate(corpus);
  log(`N = ${meetings}: ${records.length} valid content files in ${corpus}/`);
  const outDir = `${WORK}/site-${meetings}`;
  const cacheDir = `${WORK}/cache-${meetings}`;
  const env = { CONTENT_DIR: corpus, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: cacheDir };
  const siteBuild = { label: `site N = ${meetings}`, measure: () => measureSiteBuild(env), outDir, leftovers: [cacheDir] };
  // The bare sites have as many pages as this site: build this site once to count them.
  const first = await buildOnce(`${siteBuild.label} (run 1 of ${repeat})`, siteBuild);
  const pages = countPages(outDir);
  // Read once: every build of this site writes the same pages.
  const siteMean = meanPage(outDir);
  const bareSite = (label, root, options) => {
    generateBareSite(root, pages, options);
    return { label, measure: () => measureAstroBuild(root), outDir: join(root, 'dist'), leftovers: [join(root, '.astro'), join(root, 'node_modules')], root };
  };
  const bareBuild = bareSite(`bare Astro N = ${meetings}`, `${WORK}/bare-${meetings}`);
  // Astro's own cost for pages as heavy as this site's and for its record: the budgets are against plain pages, as the issue sets them.
  const heavyBuild = bareSite(`bare Astro as heavy N = ${meetings}`, `${WORK}/heavy-${meetings}`, { ...siteMean, records });
  const [site, bare, heavy] = await fastestInTurns([siteBuild, bareBuild, heavyBuild], first);
  site.mean = siteMean;
  site.store = dataStoreBytes(cacheDir);
  for (const [run, build] of [[bare, bareBuild], [heavy, heavyBuild]]) {
    run.mean = meanPage(build.outDir);
    run.store = dataStoreBytes(join(build.root, 'node_modules', '.astro'));
  }
  // The search index is the build's last step (scripts/build.mjs); indexing the same output
  // again on its own shows how much of the build's time and memory is Pagefind's.
  site.search = await searchIndexAlone(outDir);
  log(`  of which the search index alone: ${site.search.seconds.toFixed(1)} s, peak ${site.search.peakMb.toFixed(0)} MB`);
  site.heaviest = heaviestPages(outDir);
  rows.push({ meetings, shape, site, bare, heavy });
  // The outputs are large at 10000; the figures are all we keep.
  for (const dir of [outDir, cacheDir, bareBuild.root, heavyBuild.root]) rmSync(dir, { recursive: true, force: true });
}

const budgets = checkBudgets(rows);
for (const b of budgets) log(`${b.pass ? 'PASS' : 'FAIL'} ${b.name}: ${b.value}`);

let lighthouse;
if (!flags['no-lighthouse']) {
  const outDir = `${WORK}/real`;
  const cacheDir = `${WORK}/cache-real`;
  await buildOnce('real site', { measure: () => measureSiteBuild({ SITE_OUT_DIR: outDir, SITE_CACHE_DIR: cacheDir }), outDir, leftovers: [cacheDir] });
  lighthouse = await runLighthouse(outDir, `${WORK}/lighthouse`);
  for (const r of lighthouse) log(`Lighthouse ${r.label} ${r.path}: ${r.error ?? JSON.stringify(r.scores)}`);
}

const file = writeResults({ rows, budgets, lighthouse, repeat });
log(`wrote ${file}`);
if (flags.strict && budgets.some((b) => !b.pass)) process.exit(1);
