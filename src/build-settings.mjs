// Where a build publishes, reads and writes, from the environment: read here
// once for astro.config.mjs and scripts/build.mjs.
//
// SITE_URL: where the site is published (canonical URLs, feeds).
// SITE_BASE: the sub-path it is served under, e.g. /research/ca-china/.
// CONTENT_DIR (read in src/lib/load.ts): the content tree, content/ by default.
// SITE_OUT_DIR, SITE_CACHE_DIR: where a build writes, so tests and benchmarks
// can build several sites side by side.
// SITE_LIST_LIMIT: how many entries a list carries on one page before it is
// split into a page per year (src/lib/years.ts); 500 unless set.
export const site = process.env.SITE_URL ?? 'https://example.org';
export const base = process.env.SITE_BASE ?? '/';
export const outDir = process.env.SITE_OUT_DIR ?? './dist';
export const cacheDir = process.env.SITE_CACHE_DIR ?? './node_modules/.astro';

export const listLimit = wholeNumber('SITE_LIST_LIMIT', process.env.SITE_LIST_LIMIT, 500);

/** @param {string} name @param {string | undefined} value @param {number} fallback */
export function wholeNumber(name, value, fallback) {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number above 0, such as ${fallback}; found "${value}"`);
  return n;
}
