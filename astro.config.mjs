// @ts-check
import mdx from '@astrojs/mdx';
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
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.SITE_BASE ?? '/',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nothing inline: the Content-Security-Policy allows only files of the site.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [validateContent(), mdx(), searchIndex()],
});
