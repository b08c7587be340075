// axe-core (WCAG 2.0–2.2, levels A and AA) on every page of the built site in
// the reader's light and dark colour schemes at desktop width, and on one page
// of each kind at phone width (the layout, not the content, changes there);
// and on the pages a long record splits by year.
// Redirect pages are skipped: they leave before a reader sees them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, luminance, watchedContext } from '../helpers/browser';
import { redirectTarget } from '../helpers/permalinks';
import { servedForTests, serveSite, type StaticSite } from '../helpers/server';
import { LONG_SITE, ROOT_SITE, pagePaths, readPage } from '../helpers/site';
import { isYear } from '../../src/lib/years';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The axe-core the project depends on, not the older copy @axe-core/playwright bundles: its rules are the ones a
 * dependency update brings.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * The time a run may take for each page it checks. axe took 1.3 s a page of the real record and 3.8 s a page of
 * the long one on a loaded two-core machine: a runner two or three times slower must not time out.
 */
const PER_PAGE = 6_000;
const PER_LONG_PAGE = 15_000;
const pages = pagePaths(ROOT_SITE).filter((path) => redirectTarget(ROOT_SITE, path) === undefined);
/** The kind of page a path is: "/meetings/", a year's page "/meetings/<year>/", a record's "/meetings/<id>/". */
const kindOf = (path: string) => {
  const [section = '', page] = path.split('/').filter(Boolean);
  return page === undefined ? path : `/${section}/${isYear(page) ? '<year>' : '<id>'}/`;
};
/** The first page of each kind. */
const onePerKind = pages.filter((path, i) => pages.findIndex((p) => kindOf(p) === kindOf(path)) === i);

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(ROOT_SITE, '/');
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/** Every WCAG A and AA violation axe finds on the pages, in one colour scheme at one width. */
async function violationsOn(origin: string, paths: readonly string[], scheme: 'light' | 'dark', width: number) {
  const { context, page } = await watchedContext(browser, scheme);
  await page.setViewportSize({ width, height: 900 });
  const violations: string[] = [];
  for (const path of paths) {
    // A page that is not there would be the 404 page, which axe would check in its place. Each is a fresh load, from
    // a blank page: a path on the page before, at another fragment, would be a move within it, which answers nothing.
    await page.goto('about:blank');
    const response = await page.goto(origin + path);
    if (!response?.ok()) violations.push(`${path}: answered ${response?.status()}, not the page`);
    // The scheme asked for is the one drawn (dark text on a light ground, or the reverse), so axe's contrast
    // checks measure the colours of that scheme.
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { ground: style.backgroundColor, text: style.color };
    });
    const drawn = luminance(body.ground) > luminance(body.text) ? 'light' : 'dark';
    if (drawn !== scheme) violations.push(`${path}: drawn in the ${drawn} scheme, not the ${scheme}`);
    // A page opened at a fragment is checked with the element it leads to marked, as its reader sees it.
    const fragment = new URL(origin + path).hash.slice(1);
    if (fragment) {
      const target = await page.evaluate(() => document.querySelector(':target')?.id ?? null);
      if (target !== fragment) violations.push(`${path}: the target is ${target}, not #${fragment}`);
    }
    const result = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(WCAG_AA).analyze();
    for (const v of result.violations) {
      violations.push(
        `${path}: ${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
      );
    }
  }
  await context.close();
  return violations;
}

describe.each([
  ['light', 'desktop', 1280, pages],
  ['dark', 'desktop', 1280, pages],
  ['light', 'phone', 375, onePerKind],
  ['dark', 'phone', 375, onePerKind],
] as const)('axe, %s scheme, %s width', (scheme, _, width, paths) => {
  // The whole site's run grows with it.
  it(
    `finds no violation on ${paths === pages ? 'any page' : 'one page of each kind'}`,
    { timeout: paths.length * PER_PAGE },
    async () => {
      expect(paths.length).toBeGreaterThan(paths === pages ? 40 : 10);
      expect(await violationsOn(site.origin, paths, scheme, width)).toEqual([]);
    },
  );
});

describe('axe on pages opened at a fragment, the element it leads to marked', () => {
  // A citation's paragraph, a correction and an inference are drawn on a ground of their own when a link leads to
  // them: their text must keep its contrast on it, in both schemes. Each is the first such link the site gives.
  const firstLink = (path: string, selector: string) => readPage(ROOT_SITE, path)(selector).first().attr('href');
  const meeting = pages.find((p) => /^\/meetings\/(?!\d{4}\/)[^/]+\/$/.test(p));
  const fragments = {
    'a cited source paragraph': meeting && firstLink(meeting, 'main a[href^="/sources/"][href*="#p"]'),
    'a correction from /changes/': firstLink('/changes/', 'main a[href*="#revision-"]'),
    'an inference from /inferences/': firstLink('/inferences/', 'main a[href*="#inferred-"]'),
  };

  it.each(['light', 'dark'] as const)(
    'finds no violation in the %s scheme',
    { timeout: (Object.keys(fragments).length + 1) * PER_PAGE },
    async (scheme) => {
      expect(fragments).toEqual({
        'a cited source paragraph': expect.stringMatching(/^\/sources\/[^/]+\/#p\d+$/),
        'a correction from /changes/': expect.stringMatching(/^\/[a-z]+\/[^/]+\/#revision-[\w-]+$/),
        'an inference from /inferences/': expect.stringMatching(/^\/[a-z]+\/[^/]+\/#inferred-[\w-]+$/),
      });
      expect(await violationsOn(site.origin, Object.values(fragments) as string[], scheme, 1280)).toEqual([]);
    },
  );
});

describe('axe on a record too long for one page', () => {
  const long = servedForTests(LONG_SITE);
  // The list pages as years, a year of each, and a long country and person with a year of each.
  const yearPages = pagePaths(LONG_SITE).filter((p) =>
    /^\/(meetings|timeline|countries|people)\/([^/]+\/)?\d{4}\/$/.test(p),
  );
  const firstYear = (kind: string) => yearPages.find((p) => p.startsWith(`/${kind}/`))!;
  const paths = ['/meetings/', '/timeline/', firstYear('meetings'), firstYear('timeline')];
  for (const kind of ['countries', 'people']) paths.push(firstYear(kind).replace(/\d{4}\/$/, ''), firstYear(kind));

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
  ] as const)(
    'finds no violation in the %s scheme at %i px',
    { timeout: paths.length * PER_LONG_PAGE },
    async (scheme, width) => {
      expect(await violationsOn(long.origin, paths, scheme, width)).toEqual([]);
    },
  );
});

describe('axe itself', () => {
  it('reports a contrast failure it is shown', async () => {
    const { context, page } = await watchedContext(browser, 'light');
    await page.goto(site.home);
    // Faint text through the CSSOM (the CSP refuses a new stylesheet, rightly).
    await page.evaluate(() => {
      for (const p of document.querySelectorAll<HTMLElement>('main p')) p.style.setProperty('color', '#ddd');
    });
    const result = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(WCAG_AA).analyze();
    await context.close();
    expect(result.violations.map((v) => v.id)).toContain('color-contrast');
  });
});
