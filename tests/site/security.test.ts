// Security a static host can carry: every page of both builds carries a
// Content-Security-Policy meta tag, before anything it governs, that allows
// only the site itself; and no HTML or SVG file anywhere in the build has
// what that policy would block or what it exists to forbid: inline event
// handlers, inline scripts, inline styles, javascript: URLs; and nothing a page,
// an SVG or a stylesheet loads comes from another host.
// (The browser tests check that no violation is logged when the pages run.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/consts';
import { redirectTarget } from '../helpers/permalinks';
import { ROOT_SITE, SITE_URL, SUB_SITE, pagePaths, readPage } from '../helpers/site';

/**
 * Sources a directive may list: the site itself or nothing. Two exceptions
 * admit no other origin and no inline code: `data:` images (icons embedded in
 * CSS), and 'wasm-unsafe-eval', which a search page needs to compile its
 * WebAssembly index reader, itself served by the site.
 */
const ALLOWED_SOURCES: Record<string, string[]> = {
  '*': ["'self'", "'none'"],
  'img-src': ["'self'", "'none'", 'data:'],
  'script-src': ["'self'", "'none'", "'wasm-unsafe-eval'"],
};
/** Directives whose values are not lists of sources. */
const NOT_SOURCE_LISTS = new Set([
  'upgrade-insecure-requests',
  'block-all-mixed-content',
  'sandbox',
  'report-to',
  'report-uri',
]);
/** Fetch directives that must fall back to 'self' at least, so nothing is left open. */
const REQUIRED = ['default-src', 'object-src', 'base-uri', 'form-action'];

function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const directives = new Map<string, string[]>();
  for (const part of policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    directives.set(name!.toLowerCase(), sources);
  }
  for (const name of REQUIRED) if (!directives.has(name)) problems.push(`no ${name}`);
  for (const [name, sources] of directives) {
    if (NOT_SOURCE_LISTS.has(name)) continue;
    const allowed = ALLOWED_SOURCES[name] ?? ALLOWED_SOURCES['*']!;
    for (const source of sources)
      if (!allowed.includes(source.toLowerCase())) problems.push(`${name} allows ${source}`);
  }
  return problems;
}

const builtFiles = (site: string) =>
  readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|svg)$/.test(f));

/** Link relations that only name a URL (for a reader, a crawler or a feed reader): the browser fetches nothing. */
const NAMING_RELS = new Set([
  'canonical',
  'alternate',
  'sitemap',
  'author',
  'license',
  'help',
  'prev',
  'next',
  'search',
]);

/** Every URL an HTML or SVG file makes the browser fetch as it loads: sources, stylesheets, icons, preloads. */
function requestedUrls($: cheerio.CheerioAPI): string[] {
  const urls: string[] = [];
  $('[src], [poster], object[data], image[href], image[xlink\\:href], use[href], use[xlink\\:href]').each((_, el) => {
    for (const name of ['src', 'poster', 'data', 'href', 'xlink:href']) {
      const value = $(el).attr(name);
      if (value !== undefined && (name !== 'data' || el.tagName === 'object')) urls.push(value);
    }
  });
  $('[srcset]').each((_, el) => {
    for (const part of ($(el).attr('srcset') ?? '').split(','))
      if (part.trim()) urls.push(part.trim().split(/\s+/)[0]!);
  });
  $('link[href]').each((_, el) => {
    const rels = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (!rels.every((rel) => NAMING_RELS.has(rel))) urls.push($(el).attr('href')!);
  });
  return urls;
}

/** The URLs a stylesheet fetches: url(…) and @import. */
const stylesheetUrls = (css: string): string[] => [
  ...[...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!),
  ...[...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]!),
];

/** A script element runs code unless its type names a data block (JSON-LD, JSON). */
const isDataBlock = (type: string | undefined) => type !== undefined && /json/i.test(type);

describe('the policy checker', () => {
  it('passes the site policy', () => {
    expect(policyProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('reports a host, an inline allowance and a missing fallback', () => {
    expect(
      policyProblems(
        "default-src 'self' cdn.example.org; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'",
      ),
    ).toEqual(['no form-action', 'default-src allows cdn.example.org', "style-src allows 'unsafe-inline'"]);
  });
});

describe('the request finder', () => {
  it('finds what a page fetches, and not the links that only name a URL', () => {
    const $ = cheerio.load(
      '<link rel="canonical" href="https://a.example/"><link rel="preconnect" href="https://b.example"><link rel="alternate stylesheet" href="https://c.example/s.css"><img src="/x.png" srcset="https://d.example/x.png 2x"><svg><image href="https://e.example/i.png"/></svg><object data="https://f.example/o"></object>',
    );
    expect(requestedUrls($)).toEqual([
      '/x.png',
      'https://e.example/i.png',
      'https://f.example/o',
      'https://d.example/x.png',
      'https://b.example',
      'https://c.example/s.css',
    ]);
    expect(stylesheetUrls('@import "https://g.example/a.css"; a { background: url( \'/b.svg\' ) }')).toEqual([
      '/b.svg',
      'https://g.example/a.css',
    ]);
  });
});

describe.each([ROOT_SITE, SUB_SITE])('%s', (site) => {
  const paths = pagePaths(site);

  it('every page has one CSP meta tag that allows only the site, before any element it governs', () => {
    const problems: string[] = [];
    for (const path of paths) {
      const $ = readPage(site, path);
      const metas = $('meta[http-equiv="Content-Security-Policy" i]');
      if (metas.length !== 1) {
        problems.push(`${path}: ${metas.length} CSP meta tags`);
        continue;
      }
      for (const p of policyProblems(metas.attr('content') ?? '')) problems.push(`${path}: ${p}`);
      const all = $('*').toArray() as Element[];
      const first = all.findIndex((el) =>
        ['link', 'script', 'style', 'img', 'iframe', 'object', 'base'].includes(el.tagName),
      );
      if (first !== -1 && first < all.indexOf(metas[0]!))
        problems.push(`${path}: <${all[first]!.tagName}> comes before the CSP meta tag`);
    }
    expect(paths.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('every page but a redirect sends no referrer, so a link out to a publisher tells it nothing of the page', () => {
    const pages = paths.filter((path) => redirectTarget(site, path) === undefined);
    expect(pages.length).toBeGreaterThan(50);
    const without = pages.filter(
      (path) => readPage(site, path)('head meta[name="referrer"][content="no-referrer"]').length !== 1,
    );
    expect(without).toEqual([]);
  });

  it('no HTML or SVG file has an inline event handler, inline script or style, or javascript: URL', () => {
    const problems: string[] = [];
    for (const file of builtFiles(site)) {
      const $ = cheerio.load(readFileSync(join(site, file), 'utf8'), { xml: file.endsWith('.svg') });
      ($('*').toArray() as Element[]).forEach((el) => {
        for (const [name, value] of Object.entries(el.attribs)) {
          if (/^on/i.test(name)) problems.push(`${file}: <${el.tagName} ${name}>`);
          if (name === 'style') problems.push(`${file}: <${el.tagName} style="${value}">`);
          if (/^\s*javascript:/i.test(value)) problems.push(`${file}: <${el.tagName} ${name}="${value}">`);
        }
      });
      $('script:not([src])').each((_, el) => {
        if (!isDataBlock($(el).attr('type'))) problems.push(`${file}: inline <script>`);
      });
      $('style').each(() => void problems.push(`${file}: inline <style>`));
    }
    expect(problems).toEqual([]);
  });

  it('no page, SVG or stylesheet requests anything from another host', () => {
    const origin = new URL(SITE_URL).origin;
    const foreign: string[] = [];
    let checked = 0;
    const check = (file: string, url: string) => {
      checked++;
      if (/^data:/i.test(url.trim())) return;
      // Resolved as the browser would, against the page's own URL on the site's host.
      const resolved = new URL(url.trim(), `${origin}/${file}`);
      if (resolved.origin !== origin) foreign.push(`${file}: ${url}`);
    };
    for (const file of builtFiles(site)) {
      const $ = cheerio.load(readFileSync(join(site, file), 'utf8'), { xml: file.endsWith('.svg') });
      for (const url of requestedUrls($)) check(file, url);
    }
    const stylesheets = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const file of stylesheets)
      for (const url of stylesheetUrls(readFileSync(join(site, file), 'utf8'))) check(file, url);
    // Every page requests at least its stylesheet and its icon.
    expect(checked).toBeGreaterThan(2 * pagePaths(site).length);
    expect(foreign).toEqual([]);
  });
});
