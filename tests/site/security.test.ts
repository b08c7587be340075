// Security a static host can carry: every page of both builds carries a
// Content-Security-Policy meta tag, before anything it governs, that allows
// only the site itself; and no HTML or SVG file anywhere in the build has
// what that policy would block or what it exists to forbid: inline event
// handlers, inline scripts, inline styles, javascript: URLs.
// (The browser tests check that no violation is logged when the pages run.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/consts';
import { ROOT_SITE, SUB_SITE, pagePaths, readPage } from '../helpers/site';

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
});
