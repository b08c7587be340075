// The built sites the tests read, each built once by tests/global-setup.ts:
// the real record at the domain root and under a deep sub-path, and a long
// synthetic record (the benchmark's generator) with a low list limit, so that
// its list pages, and some of its countries and people, are split by year.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { redirectTarget } from './permalinks.ts';

export const SUB_BASE = '/some/deep/path/';
/** Where the test builds say they are published (SITE_URL). */
export const SITE_URL = 'https://ties.example.net';
/** Where tests write: `tmp/` unless TEST_TMP names another folder (to run two suites side by side). */
export const TMP = process.env.TEST_TMP ?? 'tmp';
export const ROOT_SITE = `${TMP}/site/root`;
export const SUB_SITE = `${TMP}/site/sub`;
export const LONG_SITE = `${TMP}/site/long-record`;
export const LONG_CONTENT = `${TMP}/content/long-record`;
/** Meetings in the long record, more agreements and events than its meetings bring, and its list limit (SITE_LIST_LIMIT). */
export const LONG_RECORD = { meetings: 600, more: { agreements: 150, events: 120 }, listLimit: 100 };

/** Every HTML file of a built site, as site paths ("/meetings/x/"). */
export function pagePaths(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
    );
  return walk(outDir)
    .map(
      (file) =>
        '/' +
        relative(outDir, file)
          .replace(/index\.html$/, '')
          .replace(/\\/g, '/'),
    )
    .sort();
}

/** Every page a reader lands on and reads: not a redirect page, not the search page, not the 404 page. */
export function readingPages(outDir: string): string[] {
  return pagePaths(outDir).filter(
    (p) => redirectTarget(outDir, p) === undefined && p !== '/search/' && p !== '/404.html',
  );
}

/** The pages of a build, redirect pages aside, whose HTML holds `marker` (a class a drawing carries: 'map-svg'…). */
export function pagesWith(outDir: string, marker: string): string[] {
  return pagePaths(outDir).filter(
    (p) => redirectTarget(outDir, p) === undefined && readFileSync(pageFile(outDir, p), 'utf8').includes(marker),
  );
}

export function pageFile(outDir: string, path: string): string {
  const clean = path.split('#')[0]!.split('?')[0]!;
  return join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function hasPage(outDir: string, path: string): boolean {
  return existsSync(pageFile(outDir, path));
}

export function readPage(outDir: string, path: string) {
  return cheerio.load(readFileSync(pageFile(outDir, path), 'utf8'));
}

/** The links in one field of a record page's facts (its term: "Country", "Parties"), or only those to one kind of page. */
export const fieldLinks = ($: cheerio.CheerioAPI, term: string, kind?: string): string[] =>
  $('dl.facts dt')
    .filter((_, dt) => $(dt).text().trim() === term)
    .next('dd')
    .find(kind ? `a[href^="/${kind}/"]` : 'a')
    .map((_, a) => $(a).attr('href'))
    .get();

/**
 * The statements of a section of a record page (its heading's id: "notes"), as a reader reads each: its words with
 * their citation chips left out, and the paragraphs the chips link to. A run quoting one speaker gives its lead-in
 * once (src/lib/lead-ins.ts): each quotation under it reads as the lead-in and the quotation, citing what both cite.
 */
export function statementsShown($: cheerio.CheerioAPI, section: string): { text: string; cites: string[] }[] {
  const words = (el: cheerio.Cheerio<any>) => {
    const copy = el.clone();
    copy.find('.cites, ul').remove();
    return copy.text().replace(/\s+/g, ' ').trim();
  };
  const cites = (el: cheerio.Cheerio<any>) =>
    el
      .find('.cites a')
      .map((_, a) => $(a).attr('href'))
      .get();
  return $(`.heading:has(h2[id="${section}"]) + .fact-list > li`)
    .toArray()
    .flatMap((li) => {
      const $li = $(li);
      if (!$li.hasClass('lead-in')) return [{ text: words($li), cites: cites($li) }];
      const lead = $li.children('p');
      return $li
        .find('> ul > li')
        .toArray()
        .map((item) => ({
          text: `${words(lead)} ${words($(item))}`,
          cites: [...cites(lead), ...cites($(item))],
        }));
    });
}
