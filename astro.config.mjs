// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { searchIndex } from './src/integrations/search-index.ts';
import { validateContent } from './src/integrations/validate-content.ts';

// SITE_URL: where the site is published (canonical URLs, feeds).
// SITE_BASE: the sub-path it is served under, e.g. /research/ca-china/.
// CONTENT_DIR (read in src/lib/load.ts): the content tree, content/ by default.
// SITE_OUT_DIR, SITE_CACHE_DIR: where a build writes, so tests and benchmarks
// can build several sites side by side.
const site = process.env.SITE_URL ?? 'https://example.org';
const base = process.env.SITE_BASE ?? '/';
const outDir = process.env.SITE_OUT_DIR ?? './dist';

/**
 * The sitemap lists pages to read: not the redirect pages left at old and alternative URLs, not the search page.
 * @param {string} url
 */
function isReadingPage(url) {
  const path = new URL(url).pathname.slice(base.replace(/\/$/, '').length);
  if (path === '/search/') return false;
  const file = join(outDir, path, 'index.html');
  return !existsSync(file) || !readFileSync(file, 'utf8').includes('http-equiv="refresh"');
}

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nothing inline: the Content-Security-Policy allows only files of the site.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [validateContent(), mdx(), sitemap({ filter: isReadingPage }), searchIndex()],
});
