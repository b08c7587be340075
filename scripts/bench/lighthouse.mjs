// Lighthouse on one page of each kind of the real site, served by Astro's
// preview server, with Debian's chromium.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'astro';
import { isRedirectPage } from '../../src/lib/redirect-page.ts';

const LIGHTHOUSE = join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const execFileAsync = promisify(execFile);

async function lighthouse(args) {
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  try {
    await execFileAsync(process.execPath, [LIGHTHOUSE, ...args], { env, timeout: 180_000, maxBuffer: 2 ** 26 });
    return {};
  } catch (error) {
    return { error: String(error.stderr || error.message).trim().split('\n').at(-1) };
  }
}

const isYear = (name) => /^\d{4}$/.test(name);

/** The first page under a kind's folder that is a record's (or, with `years`, a year's), not a redirect left at an alias. */
function firstPage(outDir, kind, { years = false } = {}) {
  const dir = join(outDir, kind);
  if (!existsSync(dir)) return undefined;
  const id = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && isYear(d.name) === years)
    .map((d) => d.name)
    .sort()
    .find((name) => !isRedirectPage(join(dir, name, 'index.html')));
  return id && `/${kind}/${id}/`;
}

/** A query that finds something: the name on the first person's page, as a reader might search for it. */
function aName(outDir) {
  const person = firstPage(outDir, 'people');
  const page = person && readFileSync(join(outDir, person, 'index.html'), 'utf8');
  const name = page && /<h1[^>]*>([^<]+)</.exec(page)?.[1]?.trim();
  return name && `/search/?q=${encodeURIComponent(name)}`;
}

/** One page of each kind of the built site at `outDir`: [label, path]. */
export function pagesToAudit(outDir) {
  const kinds = [['Meeting', 'meetings'], ['Person', 'people'], ['Country', 'countries'], ['Organization', 'organizations'], ['Agreement', 'agreements'], ['Event', 'events'], ['Source', 'sources']];
  return [
    ['Home', '/'],
    ...kinds.map(([label, kind]) => [label, firstPage(outDir, kind)]),
    ['Index (meetings)', '/meetings/'],
    ['Year (meetings)', firstPage(outDir, 'meetings', { years: true })],
    ['Timeline', '/timeline/'],
    ['Inferences', '/inferences/'],
    ['Corrections', '/changes/'],
    ['Data', '/data/'],
    ['Methodology', '/methodology/'],
    ['Search', '/search/'],
    // The one page that runs a script: a link to a search, as readers send them, draws its results on arrival.
    ['Search with a query', aName(outDir)],
    ['Not found', '/404.html'],
  ].filter(([, path]) => path);
}

/**
 * Audits left out on a page, with the reason the results give. The 404 page is kept out of search engines' indexes
 * (noindex: a host may send it with a 200 at any missing address), which Lighthouse's "Page is blocked from indexing"
 * counts against its SEO score (63).
 */
export const SKIPPED_AUDITS = {
  '/404.html': { audits: ['is-crawlable'], reason: 'the page is noindex on purpose, as a host may send it with a 200 at any missing address' },
};

/** Serves `outDir` and audits each page; resolves to [{ label, path, scores: {category: 0–100} }]. */
export async function runLighthouse(outDir, reportDir) {
  mkdirSync(reportDir, { recursive: true });
  process.env.SITE_OUT_DIR = outDir;
  const server = await preview({ root: process.cwd(), outDir, logLevel: 'error', server: { port: 4391, host: '127.0.0.1' } });
  const results = [];
  try {
    for (const [label, path] of pagesToAudit(outDir)) {
      const report = join(reportDir, `${label.toLowerCase().replace(/[^a-z]+/g, '-')}.json`);
      const skipped = SKIPPED_AUDITS[path];
      // Asynchronous: the preview server answers from this same process.
      const run = await lighthouse([
        `http://127.0.0.1:${server.port}${path}`,
        '--quiet', '--output=json', `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`,
        ...(skipped ? [`--skip-audits=${skipped.audits.join(',')}`] : []),
      ]);
      if (run.error) {
        results.push({ label, path, error: run.error });
        continue;
      }
      const lhr = JSON.parse(readFileSync(report, 'utf8'));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const shortfalls = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
          .map((ref) => `${c}: ${lhr.audits[ref.id].title}`),
      );
      results.push({ label, path, scores, shortfalls, skipped });
    }
  } finally {
    await server.stop();
  }
  return results;
}
