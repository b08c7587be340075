// Where a build publishes, reads and writes, from the environment: read here
// once for astro.config.mjs, scripts/build.mjs and scripts/screenshots.mjs, and
// for the pages (src/lib/years.ts's list limit).
//
// SITE_URL: where the site is published (canonical URLs, feeds).
// SITE_BASE: the sub-path it is served under, e.g. /research/ca-china/; a path
// given in SITE_URL instead is taken as the base (publishedAt).
// CONTENT_DIR (read in src/lib/load.ts): the content tree, content/ by default.
// SITE_OUT_DIR, SITE_CACHE_DIR: where a build writes, so tests and benchmarks
// can build several sites side by side.
// SITE_LIST_LIMIT: how many entries a list carries on one page before it is
// split into a page per year (src/lib/years.ts); 500 unless set.
// PUBLISHED_LIST (read in src/lib/published-list.ts): the list of published
// addresses the build keeps answering, permalinks.txt unless set, and
// only for the real record (content/): the build stops when a record address
// on it has no record left, and builds a published year page whose year has no
// entries any more as a redirect to its list. Any other content tree (a test's
// copy, the benchmark's corpus) has none unless this names one.
export const { site, base } = publishedAt(process.env.SITE_URL, process.env.SITE_BASE);
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

/**
 * Astro's `site` (the origin) and `base` (the sub-path, "/" or "/a/b/") from SITE_URL and SITE_BASE. A publisher may
 * give the sub-path in SITE_URL (https://example.org/research/ties/): Astro would drop it from every link, so it is
 * taken as the base; given in both, the two must agree.
 * @param {string | undefined} url @param {string | undefined} baseSetting
 */
export function publishedAt(url, baseSetting) {
  const given = url || 'https://example.org';
  const parsed = URL.canParse(given) ? new URL(given) : undefined;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash)
    throw new Error(
      `SITE_URL must be the full address the site is published at, such as https://example.org; found "${given}"`,
    );
  const path = trimSlashes(parsed.pathname);
  const sub = baseSetting ? trimSlashes(baseSetting) : path;
  if (path && path !== sub)
    throw new Error(
      `SITE_URL has the path /${path}/ and SITE_BASE is /${sub}/; give the sub-path once, e.g. SITE_URL=${parsed.origin} SITE_BASE=/${path}/`,
    );
  return { site: parsed.origin, base: sub ? `/${sub}/` : '/' };
}

/** Leading and trailing slashes off: "/research/ties/" → "research/ties". @param {string} path */
function trimSlashes(path) {
  return path.replace(/^\/+|\/+$/g, '');
}
