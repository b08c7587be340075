// Where a build publishes, reads and writes, from the environment: read here
// once for astro.config.mjs and scripts/build.mjs.
//
// SITE_URL: where the site is published (canonical URLs, feeds).
// SITE_BASE: the sub-path it is served under, e.g. /research/ca-china/.
// CONTENT_DIR (read in src/lib/load.ts): the content tree, content/ by default.
// SITE_OUT_DIR, SITE_CACHE_DIR: where a build writes, so tests and benchmarks
// can build several sites side by side.
export const site = process.env.SITE_URL ?? 'https://example.org';
export const base = process.env.SITE_BASE ?? '/';
export const outDir = process.env.SITE_OUT_DIR ?? './dist';
export const cacheDir = process.env.SITE_CACHE_DIR ?? './node_modules/.astro';
