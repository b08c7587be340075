// Every internal link of a built site, resolved as a browser would against the
// page's URL when the site is served under its base path: each must name a
// file inside the base, and each #fragment an element of the target page. The
// site's absolute URLs written in its data, citation and feed files, and in its pages' JSON-LD, count too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { fileFor } from './server';
import { pageFile, pagePaths, readingPages } from './site';

/** Where the checker pretends the site is served; only the path matters. */
const LOCAL = 'http://site.invalid';

/** Attributes that hold a URL the reader's browser follows or fetches. */
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'poster', 'data', 'cite'];

export interface Link {
  /** The site path of the page (or stylesheet) the link is on. */
  page: string;
  /** How it is written: 'href="…"', 'srcset="…"', 'meta refresh "…"', 'url(…)'. */
  written: string;
  url: string;
}

function linksOfPage(html: string, page: string): Link[] {
  const $ = cheerio.load(html);
  const links: Link[] = [];
  const add = (written: string, url: string) => links.push({ page, written, url: url.trim() });
  $('*').each((_, el) => {
    for (const name of URL_ATTRIBUTES) {
      const value = $(el).attr(name);
      if (value !== undefined) add(`${name}="${value}"`, value);
    }
    const srcset = $(el).attr('srcset');
    if (srcset) for (const part of srcset.split(',')) add(`srcset="${srcset}"`, part.trim().split(/\s+/)[0]!);
  });
  $('meta[http-equiv="refresh" i]').each((_, el) => {
    const content = $(el).attr('content') ?? '';
    const url = /url\s*=\s*(.+)$/i.exec(content)?.[1]?.replace(/^['"]|['"]$/g, '');
    if (url) add(`meta refresh "${content}"`, url);
  });
  $('script[type="application/ld+json"]').each((_, el) => void links.push(...linksOfJsonLd($(el).text(), page)));
  return links;
}

/**
 * The URLs of a page's JSON-LD, which the link checker would not see as attributes: every web address in it. An
 * `@id` names a thing (a source page's article, "…/#article"), not an element, so only its page is checked.
 */
function linksOfJsonLd(json: string, page: string): Link[] {
  const links: Link[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string' && /^https?:\/\//.test(value))
      links.push({ page, written: `JSON-LD ${key} "${value}"`, url: key === '@id' ? value.split('#')[0]! : value });
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(json), '');
  return links;
}

function linksOfStylesheet(css: string, page: string): Link[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => ({ page, written: m[0], url: m[2]! }));
}

/** Files that write the site's absolute URLs as text: the data files, the citation files, the feed and the sitemap. */
const TEXT_FILE = /\.(csv|json|bib|ris|xml)$/;

function linksOfTextFile(text: string, page: string): Link[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>(){}|,\\]+/g)].map((m) => ({ page, written: `"${m[0]}"`, url: m[0] }));
}

/** Ids (and a[name]s) that a fragment may target, per file, read once. */
function fragmentTargets() {
  const cache = new Map<string, Set<string>>();
  return (file: string) => {
    let ids = cache.get(file);
    if (!ids) {
      const $ = cheerio.load(readFileSync(file, 'utf8'), { xml: file.endsWith('.svg') });
      ids = new Set([
        ...$('[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
        ...$('a[name]')
          .map((_, el) => $(el).attr('name'))
          .get(),
      ]);
      cache.set(file, ids);
    }
    return ids;
  };
}

export interface LinkCheck {
  checked: number;
  broken: string[];
}

/**
 * Checks every link of every page and stylesheet of `outDir`, served under
 * `base`. Absolute URLs count as internal when their origin is `siteOrigin`
 * (the canonical URLs); other origins are external and not checked here.
 */
export function checkLinks(outDir: string, base: string, siteOrigin?: string): LinkCheck {
  const links: Link[] = [];
  for (const path of pagePaths(outDir)) links.push(...linksOfPage(readFileSync(pageFile(outDir, path), 'utf8'), path));
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort();
  for (const css of files.filter((f) => f.endsWith('.css')))
    links.push(...linksOfStylesheet(readFileSync(join(outDir, css), 'utf8'), `/${css.replace(/\\/g, '/')}`));
  for (const file of files.filter((f) => TEXT_FILE.test(f)))
    links.push(...linksOfTextFile(readFileSync(join(outDir, file), 'utf8'), `/${file.replace(/\\/g, '/')}`));

  const idsOf = fragmentTargets();
  const broken: string[] = [];
  let checked = 0;
  for (const link of links) {
    const pageUrl = new URL(base.replace(/\/$/, '') + link.page, LOCAL);
    let url: URL;
    try {
      url = new URL(link.url, pageUrl);
    } catch {
      broken.push(`${link.page}: ${link.written}: not a URL`);
      continue;
    }
    const internal = url.origin === LOCAL || (siteOrigin !== undefined && url.origin === siteOrigin);
    if (!internal || !/^https?:$/.test(url.protocol)) continue;
    checked += 1;
    const fail = (reason: string) => broken.push(`${link.page}: ${link.written}: ${reason}`);
    if (!url.pathname.startsWith(base)) {
      fail(`${url.pathname} is outside the base path ${base}`);
      continue;
    }
    let file: string | undefined;
    try {
      file = fileFor(outDir, base, url.pathname);
    } catch {
      fail(`${url.pathname} has a malformed escape`);
      continue;
    }
    if (!file) {
      fail(`no file at ${url.pathname}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // An empty fragment and "#top" scroll to the top of any HTML page.
    if (!fragment || fragment.toLowerCase() === 'top') continue;
    if (!/\.(html|svg)$/.test(file)) {
      fail(`#${fragment} points into ${url.pathname}, which is not a page`);
    } else if (!idsOf(file).has(fragment)) {
      fail(`no element with id "${fragment}" on ${url.pathname}`);
    }
  }
  return { checked, broken };
}

/**
 * The reading pages of `outDir` that a reader cannot reach from the home page by following links (`<a href>`), the
 * site served under `base`: a page only the sitemap or a typed address leads to.
 */
export function unreachablePages(outDir: string, base: string): string[] {
  const pages = new Set(readingPages(outDir));
  const seen = new Set(['/']);
  const queue = ['/'];
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    const $ = cheerio.load(readFileSync(pageFile(outDir, page), 'utf8'));
    const pageUrl = new URL(base.replace(/\/$/, '') + page, LOCAL);
    for (const el of $('a[href]').toArray()) {
      const url = new URL($(el).attr('href')!, pageUrl);
      if (url.origin !== LOCAL || !url.pathname.startsWith(base)) continue;
      const path = '/' + url.pathname.slice(base.length);
      if (pages.has(path) && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return [...pages].filter((p) => !seen.has(p));
}
