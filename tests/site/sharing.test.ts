// Feeds and sharing on the built site: the RSS feed, the sitemap, robots.txt,
// canonical URLs and Open Graph tags, all at the URL the build was configured
// with (SITE_URL and the base path), and a real 404 page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { NO_HEADLINE } from '../../src/consts';
import { datePrecision, dateSortKey } from '../../src/lib/dates';
import { escapeRegExp } from '../../src/lib/quote-language';
import { entityPath, withBase } from '../../src/lib/urls';
import { PAGE_KINDS } from '../../src/lib/kinds';
import { realCorpus, realGraph } from '../helpers/corpus';
import { datedWords } from '../helpers/dates';
import { ROOT_SITE, SITE_URL, SUB_BASE, SUB_SITE, hasPage, pagePaths, readPage, readingPages } from '../helpers/site';

const corpus = realCorpus();
const graph = realGraph();
const xml = (site: string, file: string) => cheerio.load(readFileSync(join(site, file), 'utf8'), { xml: true });

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('%s', (site, base) => {
  const url = (path: string) => SITE_URL + withBase(base, path);
  /** A URL of this site back to its site path, or null for any other URL. */
  const pathOf = (absolute: string) => (absolute.startsWith(url('/')) ? '/' + absolute.slice(url('/').length) : null);
  /** The description a page gives a shared link or a search engine. */
  const descriptionOf = (path: string) => readPage(site, path)('meta[name="description"]').attr('content') ?? '';

  it('has an RSS feed with every meeting and every source, linking to their pages', () => {
    const $ = xml(site, 'feed.xml');
    expect($('rss > channel > link').text()).toBe(url('/'));
    // Its own address, in the Atom namespace the feed declares.
    const self = $('rss > channel > *').filter((_, e) => e.tagName === 'atom:link' && $(e).attr('rel') === 'self');
    expect(self.attr('href')).toBe(url('/feed.xml'));
    expect($('rss').attr('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
    const links = $('item > link')
      .toArray()
      .map((l) => $(l).text());
    const expected = [
      ...corpus.meetings.map((m) => url(entityPath('meetings', m.id))),
      ...corpus.sources.map((s) => url(entityPath('sources', s.id))),
    ];
    expect([...links].sort()).toEqual(expected.sort());
    for (const link of links) expect(hasPage(site, pathOf(link)!), link).toBe(true);
    // Newest first by the record's date, each at the first day it can mean ("2017-09" sorts as 1 September 2017),
    // but dated only by a day a source states: a feed reader shows a pubDate as a day, with nothing to say that
    // "2017-09" is a month or that a year is the site's inference.
    const dateOf = new Map([
      ...corpus.meetings.map((m) => [url(entityPath('meetings', m.id)), m.data.date] as const),
      ...corpus.sources.map(
        (s) => [url(entityPath('sources', s.id)), { ...s.data.published, read: !!s.data.publishedReading }] as const,
      ),
    ]);
    const starts = links.map((link) => dateSortKey(dateOf.get(link)!.value));
    expect(starts).toEqual([...starts].sort().reverse());
    const pubDates = $('item')
      .toArray()
      .map((item) => $(item).children('pubDate').text());
    let stated = 0;
    links.forEach((link, i) => {
      const date: { value: string; inferred: boolean; onOrBefore: boolean; read?: boolean } = dateOf.get(link)!;
      // A source's day the site only reads as the day of publication (publishedReading) is not one either.
      const exact = datePrecision(date.value) === 'day' && !date.inferred && !date.onOrBefore && !date.read;
      if (!exact) return expect(pubDates[i], link).toBe('');
      stated++;
      const [year, month, day] = date.value.split('-').map(Number) as [number, number, number];
      expect(Date.parse(pubDates[i]!), link).toBe(Date.UTC(year, month - 1, day));
    });
    // The real record has both kinds, so each side of the rule is exercised.
    expect(stated).toBeGreaterThan(0);
    expect(stated).toBeLessThan(links.length);
    // Each item is titled as its record: a meeting by its title, a source by its headline as published, or the site's
    // description of it in square brackets, as APA writes one, where the capture has no headline.
    const titleOf = new Map([
      ...corpus.meetings.map((m) => [url(entityPath('meetings', m.id)), m.data.title] as const),
      ...corpus.sources.map(
        (s) =>
          [url(entityPath('sources', s.id)), s.data.titleIsEditorial ? `[${s.data.title}]` : s.data.title] as const,
      ),
    ]);
    expect(corpus.sources.some((s) => s.data.titleIsEditorial)).toBe(true);
    const titles = $('item > title')
      .toArray()
      .map((t) => $(t).text());
    expect(titles).toEqual(links.map((link) => titleOf.get(link)));
  });

  it('has a feed of corrections and additions: one item per revision, linking to it on its record’s page', () => {
    const $ = xml(site, 'changes.xml');
    const self = $('rss > channel > *').filter((_, e) => e.tagName === 'atom:link' && $(e).attr('rel') === 'self');
    expect(self.attr('href')).toBe(url('/changes.xml'));
    const revised = PAGE_KINDS.flatMap((kind) =>
      corpus[kind].flatMap((r) => r.data.revisions.map((rev) => ({ kind, id: r.id, rev }))),
    );
    expect(revised.length).toBeGreaterThan(0);
    const items = $('item')
      .toArray()
      .map((item) => ({
        link: $(item).children('link').text(),
        title: $(item).children('title').text(),
        date: Date.parse($(item).children('pubDate').text()),
        description: $(item).children('description').text(),
      }));
    expect(items.length).toBe(revised.length);
    expect(new Set(items.map((i) => i.link)).size, 'every link its own').toBe(items.length);
    for (const { kind, id, rev } of revised) {
      const page = url(entityPath(kind, id));
      const item = items.find((i) => i.link.startsWith(`${page}#`) && i.description === rev.text);
      expect(item, `${kind}/${id}: ${rev.text.slice(0, 40)}`).toBeDefined();
      const [y, m, d] = rev.date.split('-').map(Number) as [number, number, number];
      expect(item!.date).toBe(Date.UTC(y, m - 1, d));
      // The link's fragment is the revision's entry on the record's page.
      const $page = readPage(site, pathOf(page)!);
      const entry = $page(`#${item!.link.split('#')[1]}`);
      expect(entry.closest('.revisions').length, item!.link).toBe(1);
      expect(entry.text()).toContain(rev.text.slice(0, 30));
      // Its title names the record changed, as the record's page is headed.
      expect(item!.title, item!.link).toMatch(new RegExp(`“${escapeRegExp($page('h1').text().trim())}”$`));
    }
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('has a sitemap of exactly the reading pages, reachable from robots.txt', () => {
    const index = xml(site, 'sitemap-index.xml');
    const sitemaps = index('sitemap > loc')
      .toArray()
      .map((l) => index(l).text());
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((s) => {
      const $ = xml(site, pathOf(s)!.slice(1));
      return $('url > loc')
        .toArray()
        .map((l) => pathOf($(l).text()));
    });
    expect([...listed].sort()).toEqual(readingPages(site));
    const robots = readFileSync(join(site, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${url('/sitemap-index.xml')}`);
    // Crawlers read robots.txt only at the host's root: under a sub-path the file tells the publisher so.
    expect(robots.includes(`served under ${base}`)).toBe(base !== '/');
  });

  it('gives every reading page a canonical URL and Open Graph tags that agree with it', () => {
    const problems: string[] = [];
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      const canonical = $('link[rel="canonical"]').attr('href');
      const og = (p: string) => $(`meta[property="og:${p}"]`).attr('content');
      if (canonical !== url(path)) problems.push(`${path}: canonical ${canonical}`);
      if (og('url') !== canonical) problems.push(`${path}: og:url ${og('url')}`);
      if (og('title') !== $('h1').text().trim()) problems.push(`${path}: og:title "${og('title')}" is not the heading`);
      if (!og('description') || og('description') !== $('meta[name="description"]').attr('content'))
        problems.push(`${path}: og:description`);
      const feeds = $('link[rel="alternate"][type="application/rss+xml"]')
        .map((_, l) => $(l).attr('href'))
        .get();
      if (feeds.join(' ') !== `${withBase(base, '/feed.xml')} ${withBase(base, '/changes.xml')}`)
        problems.push(`${path}: feed links ${feeds.join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it("gives a meeting's, event's or source's date in the description a shared link shows, marked when the site inferred it", () => {
    const dated = [
      ...corpus.meetings.map((r) => ({ kind: 'meetings' as const, id: r.id, date: r.data.date, field: 'Date' })),
      ...corpus.events.map((r) => ({ kind: 'events' as const, id: r.id, date: r.data.date, field: 'Date' })),
      ...corpus.sources.map((r) => ({
        kind: 'sources' as const,
        id: r.id,
        date: r.data.published,
        field: 'Published',
      })),
    ];
    for (const { kind, id, date, field } of dated) {
      const $ = readPage(site, entityPath(kind, id));
      const description = $('meta[name="description"]').attr('content') ?? '';
      // The date's latest <time> (one known only within bounds has its earliest before it), and all its words.
      const shown = $(`dt:contains("${field}") + dd time:not(.earliest)`).first().text();
      expect(shown, `${kind}/${id}`).not.toBe('');
      expect(description, `${kind}/${id}`).toContain(shown);
      expect(description, `${kind}/${id}`).toContain(datedWords(date));
      // The words in brackets after it ("(month only; inferred by the site)"), not the place's, which have their own.
      const after = description.slice(description.lastIndexOf(shown) + shown.length);
      expect(/^ \([^)]*inferred/.test(after), `${kind}/${id}: ${description}`).toBe(date.inferred);
    }
    // The real record has dates of both kinds.
    expect(new Set(dated.map((d) => d.date.inferred))).toEqual(new Set([true, false]));
  });

  it('describes each record page by its own record, in the description a shared link or a search result shows', () => {
    const general = readPage(site, '/')('meta[name="description"]').attr('content');
    const seen = new Map<string, string>();
    for (const kind of PAGE_KINDS)
      for (const { id } of corpus[kind]) {
        const path = entityPath(kind, id);
        const description = descriptionOf(path);
        expect(description, path).not.toBe(general);
        expect(seen.get(description), `${path} is described as ${seen.get(description)} is`).toBeUndefined();
        seen.set(description, path);
        // Its own record's, not another's: a record page opens with its name ("The United States", as a sentence
        // names that country); a source's, whose title is a headline, with when and by whom it was published.
        const name = graph.title(kind, id);
        if (kind !== 'sources')
          expect(
            [name, `The ${name}`].some((n) => description.startsWith(n)),
            `${path}: ${description}`,
          ).toBe(true);
      }
    for (const { id, data } of corpus.sources) {
      const path = entityPath('sources', id);
      const $ = readPage(site, path);
      const description = $('meta[name="description"]').attr('content') ?? '';
      // The date as the page's Published field shows it, and the publisher the source names, if any.
      const shown = $('dt:contains("Published") + dd time').first().text();
      expect(shown, path).not.toBe('');
      // "dated" where the site only reads the date as the day of publication, as the page says beside it.
      const verb = data.publishedReading ? 'dated' : 'published';
      expect(description.startsWith(`Source article ${verb} ${shown}`), `${path}: ${description}`).toBe(true);
      if (data.publisher) expect(description, path).toContain(data.publisher.name);
      // A title the site wrote for want of a headline says so, as the page does beside it.
      expect(description.includes(NO_HEADLINE.sentence), `${path}: ${description}`).toBe(data.titleIsEditorial);
    }
    expect(new Set(corpus.sources.map((s) => s.data.titleIsEditorial))).toEqual(new Set([true, false]));
  });

  it('names where a meeting was held, marked when the site inferred it, and what a person is reported as, in the description a shared link shows', () => {
    for (const m of corpus.meetings) {
      const path = entityPath('meetings', m.id);
      const description = descriptionOf(path);
      // The place and its country, as the content names them.
      const place = corpus.places.find((p) => p.id === m.data.place.place)!.data;
      const country = corpus.countries.find((c) => c.id === place.country)!.data.name;
      expect(description, path).toContain(`${place.name}, ${country}`);
      expect(/place inferred/.test(description), `${path}: ${description}`).toBe(m.data.place.inferred);
    }
    expect(new Set(corpus.meetings.map((m) => m.data.place.inferred))).toEqual(new Set([true, false]));
    for (const p of corpus.people) {
      const description = descriptionOf(entityPath('people', p.id));
      for (const role of p.data.roles) expect(description, p.id).toContain(role.title);
    }
  });

  it('describes a meeting, person or country page by the lists it has, not by ones it lacks', () => {
    // Xi Jinping's description promised "meetings and the people met"; Russia's "its people, meetings, agreements".
    const says = (description: string, word: string) =>
      new RegExp(`\\b${word}\\b`).test(description.split(': ').at(-1)!);
    let lacking = 0;
    for (const m of corpus.meetings) {
      const d = descriptionOf(entityPath('meetings', m.id));
      expect(says(d, 'topics'), m.id).toBe(m.data.topics.length > 0);
      expect(says(d, 'outcomes'), m.id).toBe(m.data.outcomes.length > 0);
      if (m.data.outcomes.length === 0) lacking++;
    }
    const attended = new Set(corpus.meetings.flatMap((m) => m.data.participants.map((p) => p.person)));
    for (const p of corpus.people) {
      expect(says(descriptionOf(entityPath('people', p.id)), 'meetings'), p.id).toBe(attended.has(p.id));
      if (!attended.has(p.id)) lacking++;
    }
    for (const c of corpus.countries) {
      const hasPeople = corpus.people.some((p) => p.data.country === c.id);
      expect(says(descriptionOf(entityPath('countries', c.id)), 'people'), c.id).toBe(hasPeople);
      if (!hasPeople) lacking++;
    }
    expect(lacking).toBeGreaterThan(0);
  });

  it('describes a source in another language than English as such, with the translation of its headline', () => {
    const others = corpus.sources.filter((s) => s.data.language !== 'en');
    expect(others.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      const description = descriptionOf(entityPath('sources', s.id));
      expect(description.includes('translation'), s.id).toBe(s.data.language !== 'en');
      if (s.data.titleTranslation) expect(description).toContain(s.data.titleTranslation);
      expect(description).toContain(s.data.publisher?.name ?? 'a publisher the capture does not name');
    }
  });

  it('gives every section heading of every reading page a link to itself', () => {
    const problems: string[] = [];
    let headings = 0;
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      // Every h2 is a section's heading (an h3 may head a part of a section that is no place to link to).
      $('main h2:not([id])').each((_, h) => {
        if (!$(h).closest('.timeline-year').length) problems.push(`${path}: "${$(h).text().trim()}" has no id`);
      });
      $('main :is(h2, h3)[id]').each((_, h) => {
        if ($(h).closest('.timeline-year').length) return; // year headings of a timeline are not sections
        headings += 1;
        const link = $(h).next('a.heading-link');
        if (link.attr('href') !== `#${$(h).attr('id')}`)
          problems.push(`${path}: #${$(h).attr('id')} has no link to itself`);
        if (!link.find('.vh').text().includes($(h).text().trim()))
          problems.push(`${path}: #${$(h).attr('id')}'s link does not name the section`);
      });
    }
    expect(headings).toBeGreaterThan(readingPages(site).length);
    expect(problems).toEqual([]);
  });

  it('has a 404 page that links home and to search under the base, and keeps out of search engines', () => {
    const $ = readPage(site, '/404.html');
    expect($('h1').text()).toBe('Page not found');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]')).toHaveLength(0);
    const hrefs = $('main a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(hrefs).toContain(withBase(base, '/'));
    expect(hrefs).toContain(withBase(base, '/search/'));
  });

  it('gives every page a canonical address, or keeps it out of search engines', () => {
    const loose = pagePaths(site).filter((path) => {
      const $ = readPage(site, path);
      return $('link[rel="canonical"]').length === 0 && $('meta[name="robots"]').attr('content') !== 'noindex';
    });
    expect(pagePaths(site).length).toBeGreaterThan(100);
    expect(loose).toEqual([]);
  });
});
