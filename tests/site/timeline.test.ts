// The timeline on the built site: every dated record, its date and whether it
// is inferred, as the content holds them; the country and person slices agree
// with the meeting lists on the same pages. A record dated to a period of
// years ("2013/2014") is under each year of it, each time with its period.
import { describe, expect, it } from 'vitest';
import { formatDated } from '../../src/lib/dates';
import { entityPath } from '../../src/lib/urls';
import { realCorpus } from '../helpers/corpus';
import { ROOT_SITE, SUB_BASE, SUB_SITE, readPage } from '../helpers/site';
import {
  agreementMarks,
  concerning as concerningRecords,
  dateShown,
  spanOf,
  timelineMarks,
  timelineRows,
} from '../helpers/timeline';

const corpus = realCorpus();
const dated = [
  ...corpus.meetings.map((m) => ({ path: entityPath('meetings', m.id), date: m.data.date })),
  ...corpus.agreements.flatMap((a) =>
    a.data.signed ? [{ path: entityPath('agreements', a.id), date: a.data.signed }] : [],
  ),
  ...corpus.events.map((e) => ({ path: entityPath('events', e.id), date: e.data.date })),
  ...corpus.sources.map((s) => ({ path: entityPath('sources', s.id), date: s.data.published })),
];
const timelinePages = [
  ...corpus.countries.map((c) => ({ kind: 'countries' as const, id: c.id })),
  ...corpus.people.map((p) => ({ kind: 'people' as const, id: p.id })),
];
/** The paths of the dated records that concern a country or a person, read off the content (tests/helpers/timeline.ts). */
const concerning = (kind: 'countries' | 'people', id: string): string[] =>
  concerningRecords(corpus, kind, id).map((r) => r.path);

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('%s', (site, base) => {
  const prefix = base.replace(/\/$/, '');
  const $ = readPage(site, '/timeline/');
  const rows = timelineRows($);

  it('lists every dated record under each year of its date, with its date and whether the site inferred it', () => {
    expect(rows.length).toBe(dated.reduce((n, d) => n + spanOf(d.date.value).length, 0));
    for (const d of dated) {
      const row = rows.filter((r) => r.href === prefix + d.path);
      expect(
        row.map((r) => r.year),
        d.path,
      ).toEqual(spanOf(d.date.value));
      for (const r of row) {
        expect(r.datetime).toBe(d.date.value);
        expect(r.badge, d.path).toBe(d.date.inferred ? 'Inferred' : '');
      }
    }
  });

  it('says on a year’s page that a date known only as the latest it can be may be earlier than its year', () => {
    // Unless the earliest it can be is in that year too.
    const bounded = dated.filter(
      (d) => d.date.onOrBefore && d.date.onOrAfter?.slice(0, 4) !== d.date.value.slice(0, 4),
    );
    expect(bounded.length).toBeGreaterThan(0);
    for (const d of bounded) {
      const year = d.date.value.slice(0, 4);
      // A record whose date is inferred is on the year's page of inferences too.
      const lists = ['/timeline/', `/${d.path.split('/')[1]}/`, ...(d.date.inferred ? ['/inferences/'] : [])];
      for (const list of lists)
        expect(readPage(site, `${list}${year}/`)('.bound-note').text(), `${list}${year}/`).toContain(
          formatDated(d.date),
        );
    }
  });

  it('calls a source that interviews someone an interview, every other source an article; published, or dated when the site only reads its date as the day of publication', () => {
    const interviews = corpus.sources.filter((s) => s.data.interviewee);
    expect(interviews.length).toBeGreaterThan(0);
    expect(interviews.length).toBeLessThan(corpus.sources.length);
    expect(corpus.sources.filter((s) => s.data.publishedReading).length).toBeGreaterThan(0);
    const labelOf = (s: (typeof corpus.sources)[number]) =>
      `${s.data.interviewee ? 'Interview' : 'Article'} ${s.data.publishedReading ? 'dated' : 'published'}`;
    for (const s of corpus.sources) {
      const labels = rows.filter((r) => r.href === prefix + entityPath('sources', s.id)).map((r) => r.label);
      expect(labels, s.id).toEqual([labelOf(s)]);
      // On the interviewee's own timeline too.
      if (!s.data.interviewee) continue;
      const page = readPage(site, entityPath('people', s.data.interviewee.person));
      const entry = page('.timeline-entry').filter(
        (_, li) => page(li).find('.timeline-what a').attr('href') === prefix + entityPath('sources', s.id),
      );
      expect(entry.find('.kind-tag').text(), s.data.interviewee.person).toBe(labelOf(s));
    }
  });

  it('lists a record dated to a period in every year of it, there and on each year’s page, with its period', () => {
    const periods = dated.filter((d) => d.date.value.includes('/'));
    expect(periods.length).toBeGreaterThan(0);
    for (const d of periods) {
      for (const year of spanOf(d.date.value)) {
        const period = d.date.value.replace('/', '–');
        const row = rows.filter((r) => r.href === prefix + d.path && r.year === year);
        expect(
          row.map((r) => r.shown),
          `${d.path} under ${year}`,
        ).toEqual([period]);
        const $y = readPage(site, `/timeline/${year}/`);
        const entry = $y('.timeline-entry').filter(
          (_, li) => $y(li).find('.timeline-what a').attr('href') === prefix + d.path,
        );
        expect(dateShown(entry), `${d.path} on /timeline/${year}/`).toBe(period);
        // And the page says why it is there, so that its heading does not read as its date; an agreement's year too.
        expect($y('.period-note').text(), `/timeline/${year}/`).toContain(`(${period})`);
        if (d.path.startsWith('/agreements/'))
          expect(readPage(site, `/agreements/${year}/`)('.period-note').text()).toContain(`(${period})`);
        // Headed by its year once, by the page's own heading.
        expect($y('h1').text(), `/timeline/${year}/`).toContain(year);
        expect($y('main').find(`h2:contains("${year}"), h3:contains("${year}")`).length, `/timeline/${year}/`).toBe(0);
        // Under a later year of it, the entry says where it is listed first, so it does not read as a duplicate.
        const first = spanOf(d.date.value)[0]!;
        const also = `also listed under ${first}`;
        const precision = entry.find('.precision').text().replace(/\s+/g, ' ');
        if (year === first) expect(precision, `${d.path} on /timeline/${year}/`).not.toContain('also listed');
        else expect(precision, `${d.path} on /timeline/${year}/`).toContain(also);
      }
    }
  });

  it('is in date order under year headings, each entry under a year its date spans', () => {
    const years = $('.timeline-year h2')
      .toArray()
      .map((h) => $(h).text());
    expect(years).toEqual([...years].sort());
    const key = (t: string) => (t + '-01-01').slice(0, 10);
    for (const year of years) {
      const times = rows.filter((r) => r.year === year).map((r) => r.datetime!);
      expect(times, year).toEqual([...times].sort((a, b) => key(a).localeCompare(key(b))));
    }
    for (const r of rows) {
      const d = dated.find((x) => prefix + x.path === r.href)!;
      expect(spanOf(d.date.value), r.href).toContain(r.year);
    }
  });

  it('on country and person pages, shows every meeting the page lists', () => {
    let seen = 0;
    for (const { kind, id } of timelinePages) {
      const page = readPage(site, entityPath(kind, id));
      // Up to the next heading, or the next section (a list the search leaves out with its heading: ListSection).
      const listed = page('.heading:has(#meetings)')
        .nextUntil('.heading, section')
        .find('a[href*="/meetings/"]')
        .toArray()
        .map((a) => page(a).attr('href'))
        .sort();
      const onTimeline = page('.timeline-meetings .timeline-what a')
        .toArray()
        .map((a) => page(a).attr('href'))
        .sort();
      expect(onTimeline, `${kind}/${id}`).toEqual([...new Set(listed)]);
      seen += onTimeline.length;
    }
    expect(seen).toBeGreaterThan(corpus.meetings.length);
  });

  it('on country and person pages, shows every dated meeting, agreement, event and interview that concerns them', () => {
    const kinds = new Set<string>();
    for (const { kind, id } of timelinePages) {
      const page = readPage(site, entityPath(kind, id));
      const shown = page('.timeline-entry .timeline-what a')
        .toArray()
        .map((a) => page(a).attr('href')!);
      expect([...new Set(shown)].sort(), `${kind}/${id}`).toEqual(concerning(kind, id).map((p) => prefix + p));
      for (const href of shown) kinds.add(href.slice(prefix.length).split('/')[1]!);
    }
    expect([...kinds].sort()).toEqual(['agreements', 'events', 'meetings', 'sources']);
  });

  it('marks each entry of every timeline Inferred exactly when the site inferred its date, and says its precision', () => {
    // The timeline and its year pages, /events/ and its, every country's and person's: a page that shows the date
    // without its mark reads as a source's date, and one that called a month an exact day would claim too much.
    const marks = timelineMarks(site, base, corpus);
    expect(marks.problems).toEqual([]);
    const years = (kinds: string[]) => [
      ...new Set(dated.filter((d) => kinds.includes(d.path.split('/')[1]!)).flatMap((d) => spanOf(d.date.value))),
    ];
    const expected = [
      '/timeline/',
      ...years(['meetings', 'agreements', 'events', 'sources']).map((y) => `/timeline/${y}/`),
      '/events/',
      ...years(['events']).map((y) => `/events/${y}/`),
      ...timelinePages.filter(({ kind, id }) => concerning(kind, id).length > 0).map((p) => entityPath(p.kind, p.id)),
    ];
    expect(expected.filter((page) => !marks.pages.includes(page))).toEqual([]);
    expect(marks.rows).toBeGreaterThan(2 * dated.length);
    expect(marks.inferred).toBeGreaterThan(0);
    expect(marks.stated).toBeGreaterThan(0);
    expect([...marks.precisions].sort()).toEqual(
      ['a period', 'exact day', 'exact day not known', 'month only', 'year only'].sort(),
    );
  });

  it('marks each agreement of every list of agreements Inferred exactly when the site inferred its date of signing, and says its precision', () => {
    const marks = agreementMarks(site, base, corpus);
    expect(marks.problems).toEqual([]);
    const signed = corpus.agreements.filter((a) => a.data.signed);
    const expected = [
      '/agreements/',
      ...new Set(signed.flatMap((a) => spanOf(a.data.signed!.value)).map((y) => `/agreements/${y}/`)),
    ];
    expect(expected.filter((page) => !marks.pages.includes(page))).toEqual([]);
    // A country's and an organization's lists too.
    for (const kind of ['countries', 'organizations'])
      expect(marks.pages.filter((p) => p.startsWith(`/${kind}/`)).length, kind).toBeGreaterThan(1);
    expect(marks.rows).toBeGreaterThan(2 * corpus.agreements.length);
    expect(marks.inferred).toBeGreaterThan(0);
    expect(marks.stated).toBeGreaterThan(0);
    expect(marks.precisions.size, [...marks.precisions].join(', ')).toBeGreaterThan(2);
  });
});
