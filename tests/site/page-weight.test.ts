// Page weight of the real root build (and, for scripts, of the long record): reading pages ship no JavaScript, a
// meeting page and the site's CSS stay small once gzipped, and no web font is
// shipped or fetched. Sizes are of the real files, gzipped as a server would.
// A redirect page is not a reading page: a reader passes through it to the page
// it names, and its one script does only that (public/redirect.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../helpers/permalinks';
import { LONG_SITE, ROOT_SITE, pageFile, pagePaths, readPage } from '../helpers/site';

const KB = 1024;
/** The one page a reader reads that runs JavaScript, and the folder of its index. */
const SEARCH_PAGE = '/search/';
const SEARCH_BUNDLE = 'pagefind/';
/**
 * A redirect page's one script (public/redirect.js), the only other JavaScript the site ships: it carries the old
 * address's #fragment on to the new one (a link to a section of a renamed record), which a meta refresh drops.
 */
const REDIRECT_SCRIPT = 'redirect.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(ROOT_SITE, join(d.parentPath, d.name)).replace(/\\/g, '/'));
const gzipped = (file: string) => gzipSync(readFileSync(join(ROOT_SITE, file))).length;

const allFiles = files(ROOT_SITE);
const isRedirect = (site: string, path: string) => redirectTarget(site, path) !== undefined;
const redirectPages = pagePaths(ROOT_SITE).filter((p) => isRedirect(ROOT_SITE, p));
const readingPages = pagePaths(ROOT_SITE).filter(
  (p) => p !== SEARCH_PAGE && !p.startsWith(`/${SEARCH_BUNDLE}`) && !isRedirect(ROOT_SITE, p),
);
const isScriptUrl = (url: string) => /\.m?js(?:[?#]|$)/.test(url);

describe('page weight', () => {
  it('reading pages have no script tag and request no JavaScript', () => {
    expect(readingPages.length).toBeGreaterThan(50);
    for (const path of readingPages) {
      const $ = readPage(ROOT_SITE, path);
      // JSON-LD blocks are data, not script: the browser runs nothing.
      expect($('script:not([type="application/ld+json"])').length, `${path} has a <script>`).toBe(0);
      const urls = $('[src], link[href]')
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
        .get();
      expect(urls.filter(isScriptUrl), `${path} requests JavaScript`).toEqual([]);
    }
  });

  it('no page of a long record has a script either, its country and person year pages among them', () => {
    // Those pages exist only once a record is long (tests/global-setup.ts builds one); read as text, as there are many.
    const pages = pagePaths(LONG_SITE).filter((p) => p !== SEARCH_PAGE && !isRedirect(LONG_SITE, p));
    expect(pages.filter((p) => /^\/(countries|people)\/[^/]+\/\d{4}\/$/.test(p)).length).toBeGreaterThan(0);
    const withScript = pages.filter((p) =>
      /<script(?![^>]*type="application\/ld\+json")/i.test(readFileSync(pageFile(LONG_SITE, p), 'utf8')),
    );
    expect(withScript).toEqual([]);
  });

  it('a redirect page runs one script, the one that carries the address’s #fragment on, and requests no other', () => {
    expect(redirectPages.length).toBeGreaterThan(0);
    for (const path of redirectPages) {
      const $ = readPage(ROOT_SITE, path);
      expect($('script:not([type="application/ld+json"])').length, `${path}: its scripts`).toBe(1);
      const urls = $('[src], link[href]')
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
        .get();
      expect(urls.filter(isScriptUrl), `${path} requests`).toEqual([`/${REDIRECT_SCRIPT}`]);
    }
  });

  it('no JavaScript file is built except for the search page and the redirect pages', () => {
    const searchHtml = allFiles.includes('search/index.html')
      ? readFileSync(pageFile(ROOT_SITE, SEARCH_PAGE), 'utf8')
      : '';
    // The folder of the module Pagefind's UI searches with, which the search page names (public/search-module/).
    const searchModule = readPage(ROOT_SITE, SEARCH_PAGE)('#search').attr('data-bundle')?.replace(/^\//, '');
    expect(searchModule, 'the search page names its search module’s folder').toMatch(/^[\w-]+\/$/);
    expect(searchModule).not.toBe(SEARCH_BUNDLE);
    const stray = allFiles.filter(
      (f) =>
        isScriptUrl(f) &&
        !f.startsWith(SEARCH_BUNDLE) &&
        !f.startsWith(searchModule!) &&
        f !== REDIRECT_SCRIPT &&
        !searchHtml.includes(f.split('/').pop()!),
    );
    expect(stray).toEqual([]);
  });

  it('every meeting page is at most 25 KB gzipped', () => {
    const meetings = readingPages.filter((p) => /^\/meetings\/[^/]+\/$/.test(p));
    expect(meetings.length).toBeGreaterThan(0);
    for (const path of meetings) {
      const size = gzipped(relative(ROOT_SITE, pageFile(ROOT_SITE, path)));
      expect(size, `${path}: ${size} bytes gzipped`).toBeLessThanOrEqual(25 * KB);
    }
  });

  it('the CSS of the reading pages is at most 15 KB gzipped in all', () => {
    const linked = new Set<string>();
    const inline = new Set<string>();
    for (const path of readingPages) {
      const $ = readPage(ROOT_SITE, path);
      $('link[rel="stylesheet"]').each((_, el) => void linked.add($(el).attr('href')!.replace(/^\//, '')));
      $('style').each((_, el) => void inline.add($(el).text()));
    }
    expect(linked.size, 'the pages link a stylesheet').toBeGreaterThan(0);
    for (const file of linked) expect(allFiles, `linked stylesheet ${file}`).toContain(file);
    const css = allFiles.filter((f) => f.endsWith('.css') && !f.startsWith(SEARCH_BUNDLE));
    const total = css.reduce((sum, f) => sum + gzipped(f), 0) + gzipSync([...inline].join('\n')).length;
    expect(total, `${css.join(', ')} and ${inline.size} inline style blocks`).toBeLessThanOrEqual(15 * KB);
  });

  it('no web font is shipped, declared or fetched', () => {
    expect(allFiles.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    for (const file of allFiles.filter((f) => /\.(css|html)$/.test(f))) {
      const text = readFileSync(join(ROOT_SITE, file), 'utf8');
      expect(text, file).not.toMatch(/@font-face/i);
      expect(text, file).not.toMatch(/\.(woff2?|ttf|otf|eot)\b|fonts\.(googleapis|gstatic)/i);
    }
  });
});
