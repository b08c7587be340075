// Year pages: each year of the timeline, the meetings, the sources, the
// agreements and the events has a page listing exactly that year's records,
// whatever the record's size. The list pages (/timeline/, /meetings/…) show
// every entry while the record is short, as the real one is, and only their
// years once it holds more entries than the list limit; so do the pages of a
// country or person with that many dated records, whose years get pages of
// their own. The long case is checked on a synthetic record (the benchmark's
// generator, built by tests/global-setup.ts) with a lower limit
// (SITE_LIST_LIMIT), so that some countries and people are long and others not.
// A record dated to a period of years ("2013/2014") is listed, and counted, in
// every year of it.
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildGraph, type Corpus } from '../../src/lib/graph';
import { entityPath } from '../../src/lib/urls';
import { LIST_LIMIT } from '../../src/lib/years';
import { longCorpus, realCorpus } from '../helpers/corpus';
import { firstDay } from '../helpers/dates';
import { redirectTarget } from '../helpers/permalinks';
import { hasPage, LONG_RECORD, LONG_SITE, pagePaths, readPage, ROOT_SITE, SUB_BASE, SUB_SITE } from '../helpers/site';
import { agreementMarks, concerning, datedRecords, spanOf, timelineMarks, type DatedRecord } from '../helpers/timeline';

/** Every dated record (tests/helpers/timeline.ts), under every year its date spans. */
function datedByYear(corpus: Corpus) {
  const years = new Map<string, DatedRecord[]>();
  for (const d of datedRecords(corpus))
    for (const year of spanOf(d.date.value)) years.set(year, [...(years.get(year) ?? []), d]);
  return new Map([...years].sort(([a], [b]) => a.localeCompare(b)));
}

const links = ($: CheerioAPI, selector: string) =>
  $(selector)
    .toArray()
    .map((a) => $(a).attr('href')!)
    .sort();
const sorted = (paths: string[], prefix: string) => paths.map((p) => prefix + p).sort();
/** The year index of a list page: year → [href, count as written]. */
const yearIndex = ($: CheerioAPI) =>
  new Map(
    $('.year-index li')
      .toArray()
      .map((li) => [$(li).find('a').text(), [$(li).find('a').attr('href'), $(li).find('.count').text()]]),
  );

/** The lists split by year: which dated records each holds, how a year page links them, what it calls them. */
const LISTS = [
  {
    list: '/timeline/',
    kinds: ['meetings', 'agreements', 'events', 'sources'],
    links: '.timeline-what a',
    noun: ['entry', 'entries'],
  },
  { list: '/meetings/', kinds: ['meetings'], links: '.meeting-list th a', noun: ['meeting', 'meetings'] },
  { list: '/sources/', kinds: ['sources'], links: '.index-list > li > a:first-child', noun: ['article', 'articles'] },
  { list: '/agreements/', kinds: ['agreements'], links: '.agreement-list a', noun: ['agreement', 'agreements'] },
  { list: '/events/', kinds: ['events'], links: '.timeline-what a', noun: ['event', 'events'] },
] as const;

/** What every year page says, checked against the corpus, for one build. */
function checkYearPages(site: string, base: string, corpus: Corpus) {
  const prefix = base.replace(/\/$/, '');
  const dated = datedByYear(corpus);
  /** The list's years, oldest first, each with the site paths of its records. */
  const yearsOf = ({ kinds }: (typeof LISTS)[number]) =>
    [...dated.keys()]
      .sort()
      .map((year) => ({
        year,
        paths: dated
          .get(year)!
          .filter((d) => (kinds as readonly string[]).includes(d.kind))
          .map((d) => d.path),
      }))
      .filter((y) => y.paths.length > 0);

  describe.each(LISTS)('$list', (list) => {
    it('each year has a page with exactly that year’s records, and no other year has one', () => {
      const years = yearsOf(list);
      for (const { year, paths } of years)
        expect(links(readPage(site, `${list.list}${year}/`), list.links), year).toEqual(sorted(paths, prefix));
      // The year pages built (a redirect aside, left where a year that once had records lost them) are these years'.
      const built = pagePaths(site).filter(
        (p) => new RegExp(`^${list.list}\\d{4}/$`).test(p) && redirectTarget(site, p) === undefined,
      );
      expect(built.sort()).toEqual(years.map((y) => `${list.list}${y.year}/`));
    });

    it('a year page leads to the year before and after, and back to all years', () => {
      const years = yearsOf(list).map((y) => y.year);
      years.forEach((year, i) => {
        const $ = readPage(site, `${list.list}${year}/`);
        expect($('.year-nav a[rel="prev"]').attr('href'), year).toBe(
          i > 0 ? `${prefix}${list.list}${years[i - 1]}/` : undefined,
        );
        expect($('.year-nav a[rel="next"]').attr('href'), year).toBe(
          i < years.length - 1 ? `${prefix}${list.list}${years[i + 1]}/` : undefined,
        );
        expect($('.year-nav a:not([rel])').attr('href')).toBe(prefix + list.list);
        // And, but on the timeline, to the timeline's page of that year, which holds every kind of record of it.
        const timeline = $('.year-timeline a').attr('href');
        if (list.list === '/timeline/') expect(timeline, year).toBeUndefined();
        else {
          expect(timeline, year).toBe(`${prefix}/timeline/${year}/`);
          expect(redirectTarget(site, `/timeline/${year}/`), year).toBeUndefined();
          expect(hasPage(site, `/timeline/${year}/`), year).toBe(true);
        }
        // Named by the year and the way it leads: the arrow is hidden from a screen reader, which read "left arrow
        // 2015", and the years alone did not say which was before. Not "Year before": a year with no records has no
        // page, and the link from 2017 may lead to 2015.
        for (const [rel, to, way] of [
          ['prev', years[i - 1], 'Earlier'],
          ['next', years[i + 1], 'Later'],
        ] as const) {
          const name = $(`.year-nav a[rel="${rel}"]`).clone();
          name.find('[aria-hidden="true"]').remove();
          if (!to) continue;
          expect(name.text().replace(/\s+/g, ' ').trim(), `${year} ${rel}`).toBe(`${way} year: ${to}`);
          // Said, not shown: the link shows the arrow and the year.
          expect($(`.year-nav a[rel="${rel}"] .vh`).text(), `${year} ${rel}`).toBe(`${way} year: `);
        }
      });
    });

    it('the list page links every year page, with its count', () => {
      const index = yearIndex(readPage(site, list.list));
      const years = yearsOf(list);
      expect([...index.keys()]).toEqual(years.map((y) => y.year));
      for (const { year, paths } of years) {
        expect(index.get(year)).toEqual([
          `${prefix}${list.list}${year}/`,
          `${paths.length} ${list.noun[paths.length === 1 ? 0 : 1]}`,
        ]);
      }
    });

    it('a record dated to a period is on the page of every year of it, with its period, and counted in each', () => {
      const periods = [...new Set([...dated.values()].flat())].filter(
        (d) => (list.kinds as readonly string[]).includes(d.kind) && d.date.value.includes('/'),
      );
      const index = yearIndex(readPage(site, list.list));
      const note = readPage(site, list.list)('.year-index-note').text();
      if (periods.length === 0) expect(note).toBe('');
      else expect(note).toContain('dated to a period of years is counted in each year of it');
      for (const d of periods) {
        const span = spanOf(d.date.value);
        expect(span.length, d.path).toBeGreaterThan(1);
        for (const year of span) {
          const $ = readPage(site, `${list.list}${year}/`);
          const link = $(list.links).filter((_, a) => $(a).attr('href') === prefix + d.path);
          expect(link, `${d.path} on ${list.list}${year}/`).toHaveLength(1);
          // Its own dates, not the year of the page: "2013–2014".
          expect(link.closest('li, tr').text(), `${d.path} on ${list.list}${year}/`).toContain(
            d.date.value.replace('/', '–'),
          );
          const count = dated.get(year)!.filter((r) => (list.kinds as readonly string[]).includes(r.kind)).length;
          expect(index.get(year)?.[1], `${list.list} ${year}`).toBe(`${count} ${list.noun[count === 1 ? 0 : 1]}`);
        }
      }
    });
  });
}

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('the real record, %s', (site, base) => {
  const corpus = realCorpus();
  checkYearPages(site, base, corpus);

  it('has agreements dated to a period of years', () => {
    expect(corpus.agreements.filter((a) => a.data.signed?.value.includes('/')).length).toBeGreaterThan(0);
  });

  it('is short, so the list pages still show every entry', () => {
    expect(corpus.meetings.length).toBeLessThanOrEqual(LIST_LIMIT);
    expect(readPage(site, '/meetings/')('.meeting-list th a')).toHaveLength(corpus.meetings.length);
    expect(readPage(site, '/sources/')('.index-list > li > a:first-child')).toHaveLength(corpus.sources.length);
    expect(readPage(site, '/people/')('.index-list > li > a:first-child')).toHaveLength(corpus.people.length);
    // Agreements with no date of signing have no year; the list still carries them.
    expect(corpus.agreements.some((a) => !a.data.signed)).toBe(true);
    expect(readPage(site, '/agreements/')('.agreement-list a')).toHaveLength(corpus.agreements.length);
    expect(readPage(site, '/events/')('.timeline-entry')).toHaveLength(corpus.events.length);
    // A record dated to a period is under each year of it.
    const dated = [...datedByYear(corpus).values()].flat();
    expect(readPage(site, '/timeline/')('.timeline-entry')).toHaveLength(dated.length);
  });
});

describe('a record longer than one page should carry', () => {
  const site = LONG_SITE;
  const limit = LONG_RECORD.listLimit;
  const corpus = longCorpus();
  const graph = buildGraph(corpus);
  const paths = (entries: Array<{ kind: Parameters<typeof entityPath>[0]; id: string }>) =>
    entries.map((e) => entityPath(e.kind, e.id)).sort();

  /**
   * Countries and people, each with the dated records of its own timeline, read off the content by `concerning`
   * (not by the site's own slices, which the pages are built from), split into those longer than the limit and the
   * rest.
   */
  const records = () => [
    ...corpus.countries.map((c) => ({
      kind: 'countries' as const,
      id: c.id,
      dated: concerning(corpus, 'countries', c.id),
    })),
    ...corpus.people.map((p) => ({ kind: 'people' as const, id: p.id, dated: concerning(corpus, 'people', p.id) })),
  ];

  it('is long enough, and has both long and short countries and people', () => {
    expect(corpus.meetings.length).toBeGreaterThan(limit);
    expect(corpus.sources.length).toBeGreaterThan(limit);
    expect(corpus.agreements.length).toBeGreaterThan(limit);
    expect(corpus.events.length).toBeGreaterThan(limit);
    expect(records().filter((r) => r.kind === 'countries' && r.dated.length > limit).length).toBeGreaterThan(0);
    expect(records().filter((r) => r.kind === 'people' && r.dated.length > limit).length).toBeGreaterThan(0);
    expect(records().filter((r) => r.dated.length > 0 && r.dated.length <= limit).length).toBeGreaterThan(0);
    // Some records are dated to a period, and some long countries and people have them.
    expect(corpus.agreements.filter((a) => a.data.signed?.value.includes('/')).length).toBeGreaterThan(0);
    expect(corpus.meetings.filter((m) => m.data.date.value.includes('/')).length).toBeGreaterThan(0);
    expect(corpus.events.filter((e) => e.data.date.value.includes('/')).length).toBeGreaterThan(0);
    for (const kind of ['countries', 'people'])
      expect(
        records().filter(
          (r) => r.kind === kind && r.dated.length > limit && r.dated.some((e) => e.date.value.includes('/')),
        ).length,
        kind,
      ).toBeGreaterThan(0);
  });

  checkYearPages(site, '/', corpus);

  it('the list pages show only the years, and the year pages hold every meeting', () => {
    const $meetings = readPage(site, '/meetings/');
    expect($meetings('.meeting-list')).toHaveLength(0);
    expect($meetings('.map-places a')).toHaveLength(0);
    const $timeline = readPage(site, '/timeline/');
    expect($timeline('.timeline-entry')).toHaveLength(0);
    expect(readPage(site, '/sources/')('.index-list')).toHaveLength(0);
    expect(readPage(site, '/events/')('.timeline-entry')).toHaveLength(0);
    // A link to a year of the full timeline (/timeline/#y2019) still lands on that year.
    for (const year of datedByYear(corpus).keys())
      expect($timeline(`#y${year} a`).attr('href')).toBe(`/timeline/${year}/`);
    const listed = [...yearIndex($meetings).values()].flatMap(([href]) =>
      links(readPage(site, href!), '.meeting-list th a'),
    );
    // A meeting dated to a period is on the page of each year of it.
    expect([...new Set(listed)].sort()).toEqual(corpus.meetings.map((m) => entityPath('meetings', m.id)).sort());
    expect(listed.length).toBeGreaterThan(corpus.meetings.length);
  });

  it('the home page lists the latest meetings, and leads to all of them', () => {
    const $home = readPage(site, '/');
    expect($home('.heading:has(#meetings) h2').text().trim()).toBe('Latest meetings');
    const listed = new Set(links($home, '.meeting-list th a'));
    expect(listed.size).toBeGreaterThan(0);
    expect(listed.size).toBeLessThan(corpus.meetings.length);
    // The first day each meeting's date stands for, read off the value: none left out is later than one listed.
    const days = corpus.meetings.map((m) => ({
      listed: listed.has(entityPath('meetings', m.id)),
      day: firstDay(m.data.date.value),
    }));
    const earliestListed = days
      .filter((d) => d.listed)
      .map((d) => d.day)
      .sort()[0]!;
    expect(days.filter((d) => !d.listed && d.day > earliestListed)).toEqual([]);
    expect($home(`a[href="/meetings/"]:contains("All ${corpus.meetings.length} meetings")`)).toHaveLength(1);
  });

  it('/agreements/ lists only those with no date of signing, which have no year', () => {
    const undated = corpus.agreements.filter((a) => !a.data.signed).map((a) => entityPath('agreements', a.id));
    expect(undated.length).toBeGreaterThan(0);
    expect(links(readPage(site, '/agreements/'), '.agreement-list a')).toEqual(undated.sort());
  });

  it('/people/ lists the countries, each of whose pages lists its people', () => {
    expect(corpus.people.length).toBeGreaterThan(limit);
    const $ = readPage(site, '/people/');
    const countries = links($, '.index-list a');
    const expected = corpus.countries
      .filter((c) => corpus.people.some((p) => p.data.country === c.id))
      .map((c) => `${entityPath('countries', c.id)}#people`);
    expect(countries).toEqual(expected.sort());
    const listed = countries.flatMap((href) => {
      const $c = readPage(site, href.split('#')[0]!);
      return $c('.heading:has(#people)')
        .nextAll('ul')
        .first()
        .children('li')
        .children('a:first-child')
        .toArray()
        .map((a) => $c(a).attr('href')!);
    });
    expect(listed.sort()).toEqual(corpus.people.map((p) => entityPath('people', p.id)).sort());
  });

  it('a long country or person page lists its years, and each year page holds exactly the records of that year', () => {
    for (const { kind, id, dated } of records().filter((r) => r.dated.length > limit)) {
      const page = entityPath(kind, id);
      const $ = readPage(site, page);
      expect($('.timeline-entry, .meeting-list'), page).toHaveLength(0);
      // Each record under every year its date spans.
      const ofYear = new Map<string, typeof dated>();
      for (const e of dated)
        for (const year of spanOf(e.date.value)) ofYear.set(year, [...(ofYear.get(year) ?? []), e]);
      const years = [...ofYear.keys()].sort();
      const index = yearIndex($);
      expect([...index.keys()], page).toEqual(years);
      const yearPages = years.map((year) => readPage(site, `${page}${year}/`));
      years.forEach((year, i) => {
        const entries = ofYear.get(year)!;
        expect(links(yearPages[i]!, '.timeline-what a'), `${page}${year}/`).toEqual(paths(entries));
        expect(index.get(year)?.[1], `${page} ${year}`).toBe(
          `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`,
        );
      });
      expect($('.year-index-note').length, page).toBe(dated.some((e) => e.date.value.includes('/')) ? 1 : 0);
      if (kind === 'people') {
        // The meetings the person took part in, read off the content.
        const met = corpus.meetings.filter((m) => m.data.participants.some((p) => p.person === id));
        years.forEach((year, i) =>
          expect(links(yearPages[i]!, 'table th[scope="row"] a'), `${page}${year}/`).toEqual(
            met
              .filter((m) => spanOf(m.data.date.value).includes(year))
              .map((m) => entityPath('meetings', m.id))
              .sort(),
          ),
        );
      }
      // What links here counts the meetings, which the year pages list, and lists every other record.
      const backlinks = graph.backlinksTo(kind, id);
      const meetings = backlinks.filter((l) => l.kind === 'meetings');
      expect($('.backlinks li.counted').text(), page).toContain(`${meetings.length} meeting`);
      expect(links($, '.backlinks li:not(.counted) a'), page).toEqual(
        paths(backlinks.filter((l) => l.kind !== 'meetings')),
      );
      for (const m of meetings)
        expect(paths(dated), `${page} links from ${m.id}`).toContain(entityPath('meetings', m.id));
    }
  });

  it('an event that concerns a person is on that person’s timeline under each year of its date, and each page links the other', () => {
    // Read off the content: the generator gives some events a person (scripts/bench/corpus.mjs).
    const concerning = corpus.events.flatMap((e) => e.data.people.map((person) => ({ event: e, person })));
    expect(concerning.length).toBeGreaterThan(0);
    const pages = { long: 0, short: 0 };
    for (const { event, person } of concerning) {
      const path = entityPath('events', event.id);
      const page = entityPath('people', person);
      const $ = readPage(site, page);
      // A long page lists the event on its year pages; a short one under each year of its own timeline.
      const long = $('.year-index').length > 0;
      pages[long ? 'long' : 'short']++;
      for (const year of spanOf(event.data.date.value)) {
        const at = `${path} on ${page}, ${year}`;
        if (long) expect(links(readPage(site, `${page}${year}/`), '.timeline-what a'), at).toContain(path);
        else
          expect(
            $('.timeline-entry')
              .toArray()
              .filter((li) => $(li).closest('.timeline-year').find('h3').first().text() === year)
              .map((li) => $(li).find('.timeline-what a').attr('href')),
            at,
          ).toContain(path);
      }
      expect(links($, '.backlinks a'), `${page} links ${path}`).toContain(path);
      const $event = readPage(site, path);
      expect(
        $event('dl.facts dt')
          .filter((_, dt) => $event(dt).text().trim() === 'People it concerns')
          .next('dd')
          .find('a')
          .map((_, a) => $event(a).attr('href'))
          .get(),
        path,
      ).toEqual(event.data.people.map((p) => entityPath('people', p)));
    }
    // Both kinds of person page are tried.
    expect(pages.long).toBeGreaterThan(0);
    expect(pages.short).toBeGreaterThan(0);
  });

  it('a short country or person page keeps its whole timeline, and has no year pages', () => {
    for (const { kind, id, dated } of records().filter((r) => r.dated.length > 0 && r.dated.length <= limit)) {
      const page = entityPath(kind, id);
      // Each record under each year of its date.
      const $ = readPage(site, page);
      const underYears = $('.timeline-entry')
        .toArray()
        .map(
          (li) =>
            `${$(li).closest('.timeline-year').find('h3').first().text()} ${$(li).find('.timeline-what a').attr('href')}`,
        );
      expect(underYears.sort(), page).toEqual(
        dated.flatMap((e) => spanOf(e.date.value).map((year) => `${year} ${entityPath(e.kind, e.id)}`)).sort(),
      );
      expect(hasPage(site, `${page}${spanOf(dated[0]!.date.value)[0]}/`), page).toBe(false);
    }
  });

  it('marks each entry of every timeline and list of agreements Inferred exactly when its date is inferred, and says its precision', () => {
    // Here the year pages of the long countries and people too, whose timelines the real record has no need to split.
    const timelines = timelineMarks(site, '/', corpus);
    const agreements = agreementMarks(site, '/', corpus);
    expect(timelines.problems).toEqual([]);
    expect(agreements.problems).toEqual([]);
    const long = records().filter((r) => r.dated.length > limit);
    const short = records().filter((r) => r.dated.length > 0 && r.dated.length <= limit);
    for (const { kind, id, dated } of long)
      for (const year of new Set(dated.flatMap((e) => spanOf(e.date.value))))
        expect(timelines.pages, `${kind}/${id}`).toContain(`${entityPath(kind, id)}${year}/`);
    for (const { kind, id } of short) expect(timelines.pages, `${kind}/${id}`).toContain(entityPath(kind, id));
    for (const marks of [timelines, agreements]) {
      expect(marks.rows).toBeGreaterThan(corpus.agreements.length);
      expect(marks.stated).toBeGreaterThan(0);
    }
    expect(timelines.inferred).toBeGreaterThan(0);
    // The generator infers no date of signing: an inferred one is tried on the real record (timeline.test.ts).
    expect(agreements.inferred > 0).toBe(corpus.agreements.some((a) => a.data.signed?.inferred));
    expect(timelines.precisions.size, [...timelines.precisions].join(', ')).toBeGreaterThan(3);
  });
});
