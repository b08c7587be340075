// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { validateContent } from './src/integrations/validate-content.ts';

// SITE_URL: where the site is published (canonical URLs, feeds).
// SITE_BASE: the sub-path it is served under, e.g. /research/ca-china/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [validateContent(), mdx()],
});
