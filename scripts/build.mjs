// `npm run build`: Astro writes the site, then Pagefind indexes it for the
// search page. The index is written once Astro's process has ended, not in an
// astro:build:done hook inside it, so the build never needs the memory of both
// at once (at 10 000 meetings Astro's build peaks at about 2.1 GB and Pagefind's
// index alone at about 1.5 GB: bench/RESULTS.md).
// Arguments go to `astro build`; --silent also quiets the indexing step.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchWords } from './search-words.mjs';

// A setting that is not one (SITE_URL, SITE_BASE, SITE_LIST_LIMIT) stops the build with what would do, not a stack trace.
const { outDir, site: siteUrl } = await import('../src/build-settings.mjs').catch((error) => {
  console.error(`[build] ${error.message}`);
  process.exit(1);
});

const args = process.argv.slice(2);
// A build for publishing names its address in every canonical URL, citation and feed entry.
if (!process.env.SITE_URL && !args.includes('--silent'))
  console.warn(
    `[build] SITE_URL is not set: pages, citations and the feed will name ${siteUrl}. ` +
      'For a build to publish, set SITE_URL to the address it is published at (README, Deploying).',
  );
const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const built = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

/** Indexes every page that opts in with data-pagefind-body (src/layouts/Page.astro); redirect pages and the pages of a year of a list do not. */
async function writeSearchIndex(site) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

const site = resolve(outDir);
const pages = await writeSearchIndex(site);
const words = writeSearchWords(site);
if (!args.includes('--silent'))
  console.log(`[search-index] ${pages} pages indexed in ${join(site, 'pagefind')}, their ${words} words listed`);
