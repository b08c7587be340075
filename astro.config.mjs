// @ts-check
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { base, cacheDir, outDir, site } from './src/build-settings.mjs';
import { citationFiles } from './src/integrations/citation-files.ts';
import { referenceWorker } from './src/integrations/reference-worker.ts';
import { validateContent } from './src/integrations/validate-content.ts';

/** A redirect page (src/layouts/Redirect.astro) is under 1 KB; a reading page is several. */
const REDIRECT_PAGE_MAX_BYTES = 4096;

/**
 * The sitemap lists pages to read: not the redirect pages left at old and alternative URLs, not the search page.
 * Only pages small enough to be a redirect are read to tell (at 10 000 meetings, reading every page took a second).
 * @param {string} url
 */
function isReadingPage(url) {
  const path = new URL(url).pathname.slice(base.replace(/\/$/, '').length);
  if (path === '/search/') return false;
  const file = join(outDir, path, 'index.html');
  const size = statSync(file, { throwIfNoEntry: false })?.size;
  if (size === undefined || size > REDIRECT_PAGE_MAX_BYTES) return true;
  return !readFileSync(file, 'utf8').includes('http-equiv="refresh"');
}

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Eight pages render at a time, so one page's render overlaps another's file write: at 10 000
  // meetings the build takes a fifth less time than one page at a time (bench/RESULTS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Nothing inline: the Content-Security-Policy allows only files of the site.
  // The dev server leaves tmp/ alone: the benchmark's corpora there hold tens of thousands of files.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/tmp/**'] } } },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [validateContent(), referenceWorker(), citationFiles(), mdx(), sitemap({ filter: isReadingPage })],
});
