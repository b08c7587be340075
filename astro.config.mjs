// @ts-check
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { base, cacheDir, outDir, site } from './src/build-settings.mjs';
import { citationFiles } from './src/integrations/citation-files.ts';
import { isRedirectPage } from './src/lib/redirect-page.ts';
import { referenceWorker } from './src/integrations/reference-worker.ts';
import { validateContent } from './src/integrations/validate-content.ts';

/**
 * The sitemap lists pages to read: not the redirect pages left at old and alternative URLs, not the search page.
 * @param {string} url
 */
function isReadingPage(url) {
  const path = new URL(url).pathname.slice(base.replace(/\/$/, '').length);
  return path !== '/search/' && !isRedirectPage(join(outDir, path, 'index.html'));
}

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Eight pages render at a time, so one page's render overlaps another's file write: at 10 000
  // meetings the build takes a fifth less time than one page at a time (bench/RESULTS.md).
  // Astro's experimental.parallelPrerender stays off: on two cores it made that build slower and its peak memory half
  // as large again (bench/RESULTS.md's notes, 2026-12-03, session 41).
  // Bundled CSS and JS go to assets/, not Astro's _astro/: a host that runs Jekyll (GitHub Pages served from a
  // branch) leaves out every folder whose name starts with "_", and the pages would lose their stylesheet.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8, assets: 'assets' },
  // Nothing inline: the Content-Security-Policy allows only files of the site.
  // The dev server leaves tmp/ alone: the benchmark's corpora there hold tens of thousands of files.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/tmp/**'] } } },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [validateContent(), referenceWorker(), citationFiles(), mdx(), sitemap({ filter: isReadingPage })],
});
