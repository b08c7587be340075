// Telling a redirect page from a reading page in a built site, for the sitemap
// (astro.config.mjs) and the benchmark (scripts/bench/). A redirect page
// (src/layouts/Redirect.astro), left at an old or alternative URL, is a meta
// refresh of about 1 KB; a reading page is several KB, so only files under 4 KB are
// read to tell (at 10 000 meetings, reading every page took a second).
import { readFileSync, statSync } from 'node:fs';

const REDIRECT_PAGE_MAX_BYTES = 4096;

/** Whether the built HTML file at `file` is a redirect page; false when there is no such file. */
export function isRedirectPage(file: string): boolean {
  const size = statSync(file, { throwIfNoEntry: false })?.size;
  return (
    size !== undefined && size <= REDIRECT_PAGE_MAX_BYTES && readFileSync(file, 'utf8').includes('http-equiv="refresh"')
  );
}
