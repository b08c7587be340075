// Markup: every built page of both builds passes html-validate with the
// project's rules (.htmlvalidate.json: the recommended set, void-style off
// because Astro writes void elements its own way; long-title off because a
// record's title is never cut: see src/lib/titles.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { withBase } from '../../src/lib/urls';
import {
  LONG_SITE,
  ROOT_SITE,
  SUB_BASE,
  SUB_SITE,
  hasPage,
  pageFile,
  pagePaths,
  readPage,
  readingPages,
} from '../helpers/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each([ROOT_SITE, SUB_SITE])('html-validate on %s', (site) => {
  const paths = pagePaths(site);

  it('checks a page list that grows with the site', () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  it('finds 0 errors on every page', async () => {
    const errors: string[] = [];
    for (const path of paths) {
      const report = await validator.validateFile(resolve(pageFile(site, path)));
      for (const m of report.results.flatMap((r) => r.messages)) {
        errors.push(`${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('the rules are live: a page with a broken attribute fails', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a" id="a">x</p></body></html>',
      resolve(site, 'probe.html'),
    );
    expect(report.valid).toBe(false);
  });
});

describe.each([ROOT_SITE, LONG_SITE])('document titles on %s', (site) => {
  it('every page a reader lands on has a title of its own (WCAG 2.4.2), and a record title is never cut', () => {
    const owner = new Map<string, string>();
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      const title = $('title').text();
      expect(owner.get(title), `${path} has the title of ${owner.get(title)}: "${title}"`).toBeUndefined();
      owner.set(title, path);
      expect(title.startsWith($('h1').text().trim()), `${path}: "${title}" begins with its heading`).toBe(true);
    }
  });
});

describe.each([ROOT_SITE, LONG_SITE])('dates on %s', (site) => {
  it('every <time> gives a date HTML can read: a day, a month or a year; a period, one for each of its years', () => {
    const bad: string[] = [];
    let seen = 0;
    let periods = 0;
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      $('time').each((_, t) => {
        seen++;
        const value = $(t).attr('datetime');
        if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value ?? ''))
          bad.push(`${path}: datetime="${value}" for "${$(t).text()}"`);
        // A <time> says what it shows: a period's first year alone read, to a machine, as the date.
        else if ($(t).text() !== formatDate(value!)) bad.push(`${path}: datetime="${value}" for "${$(t).text()}"`);
      });
      $('.period').each((_, p) => {
        periods++;
        const years = $(p)
          .find('time')
          .toArray()
          .map((t) => $(t).attr('datetime'));
        if ($(p).text() !== years.join('–') || years.length !== 2) bad.push(`${path}: period "${$(p).text()}"`);
      });
    }
    expect(seen).toBeGreaterThan(20);
    if (site === ROOT_SITE) expect(periods).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});

describe.each([ROOT_SITE, LONG_SITE])('counts on %s', (site) => {
  it('a count of one takes the singular (“1 meeting”, not “1 meetings”)', () => {
    const nouns =
      'meetings|people|agreements|places|events|sources|countries|organizations|records|paragraphs|years|pairs|articles|spellings';
    const plural = new RegExp(`(?<![\\d.,])\\b1 (${nouns})\\b`, 'g');
    const problems: string[] = [];
    for (const path of readingPages(site)) {
      const text = readPage(site, path)('body').text().replace(/\s+/g, ' ');
      for (const m of text.matchAll(plural)) problems.push(`${path}: “${text.slice(m.index - 30, m.index + 20)}”`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each([ROOT_SITE, SUB_SITE])('addresses shown as link text on %s', (site) => {
  it('a link whose text is an address shows the one it goes to, under a sub-path too', () => {
    // The methodology showed "/people/rakhimzoda/" under a sub-path, where the link went to <base>people/rakhimzoda/: a reader who typed it got a 404.
    const problems: string[] = [];
    let shown = 0;
    for (const path of pagePaths(site)) {
      const $ = readPage(site, path);
      $('main a[href^="/"]').each((_, a) => {
        const text = $(a).text().trim();
        if (!/^\/[\w./-]*$/.test(text)) return;
        shown++;
        if (text !== $(a).attr('href')) problems.push(`${path}: “${text}” links to ${$(a).attr('href')}`);
      });
    }
    expect(shown).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe.each([ROOT_SITE, LONG_SITE])('word spacing on %s', (site) => {
  it('links listed in a sentence keep their space (“Meetings, People”, not “Meetings,People”)', () => {
    // Astro drops the line break after "</a>," in a template, so a list of links split over lines runs together.
    const joined = /<\/a>[,;:]<a\b/g;
    const problems = pagePaths(site).flatMap((path) =>
      [...readFileSync(pageFile(site, path), 'utf8').matchAll(joined)].map(
        (m) => `${path}: ${m.input.slice(m.index - 40, m.index + 40)}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('a link or an emphasis in a sentence keeps the space before and after it (“and whose”, not “andwhose”)', () => {
    // A line break between a word and a link in a template may be dropped likewise.
    const joined = /[\p{L}\p{N}]<(a|strong|em)\b[^>]*>[\p{L}\p{N}“¶]|<\/(a|strong|em)>[\p{L}\p{N}]/gu;
    const problems = pagePaths(site).flatMap((path) =>
      [...readFileSync(pageFile(site, path), 'utf8').matchAll(joined)].map(
        (m) => `${path}: ${m.input.slice(m.index - 40, m.index + 80)}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('the site’s navigation on %s', (site, base) => {
  it('marks as the current page only the link to the page itself; a link to the section a page is in, as current', () => {
    // ARIA's aria-current="page" is the page itself: every person's page had "People" marked so, and a screen reader
    // read "People, current page" there.
    const wrong: string[] = [];
    let sections = 0;
    for (const path of readingPages(site)) {
      const here = withBase(base, path);
      readPage(
        site,
        path,
      )('header nav a').each((_, a) => {
        const to = a.attribs.href!;
        const expected = here === to ? 'page' : here.startsWith(to) ? 'true' : undefined;
        if (expected === 'true') sections++;
        if (a.attribs['aria-current'] !== expected)
          wrong.push(`${path}: the link to ${to} has aria-current=${a.attribs['aria-current']}, not ${expected}`);
      });
    }
    expect(sections, 'pages inside a section of the navigation').toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('leads to the list of every kind of record the content holds, from every page', () => {
    // The events had pages of their own but no place in the navigation: on them, no link said where the reader was.
    const lists = readdirSync('content', { withFileTypes: true })
      .filter((d) => d.isDirectory() && hasPage(site, `/${d.name}/`))
      .map((d) => withBase(base, `/${d.name}/`));
    expect(lists.length, 'kinds of record with a list').toBeGreaterThan(5);
    for (const path of ['/', ...lists.map((l) => `/${l.slice(base.length)}`)]) {
      const links = readPage(
        site,
        path,
      )('header nav a')
        .map((_, a) => a.attribs.href)
        .get();
      expect(links.filter((l) => lists.includes(l)).sort(), path).toEqual([...lists].sort());
    }
  });

  it('any link to the page itself says so, and no other link does', () => {
    // A person's page links to itself at the centre of "Met with" and in every row of its pairs, a meeting page in its
    // stable link, the home page in the site's name, the methodology in the footer: a screen reader should not offer
    // them as somewhere to go. A link to a place on the page (#…) is not to the page itself.
    const wrong: string[] = [];
    const selves = new Set<string>();
    for (const path of readingPages(site)) {
      const here = withBase(base, path);
      readPage(
        site,
        path,
      )('a[href]').each((_, a) => {
        const to = a.attribs.href!;
        const self = to === here;
        if (self) selves.add(path.split('/')[1] || 'home');
        if ((a.attribs['aria-current'] === 'page') !== self)
          wrong.push(`${path}: the link to ${to} has aria-current=${a.attribs['aria-current']}`);
      });
    }
    // People, meetings, the home page and the pages the footer names: the check above met each kind of self-link.
    expect([...selves].sort()).toEqual(
      expect.arrayContaining(['changes', 'home', 'meetings', 'methodology', 'people']),
    );
    expect(wrong).toEqual([]);
  });
});
