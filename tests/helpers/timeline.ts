// The dated records of a record and those that concern a country or a person, read off the content independently of
// src/lib/timeline.ts; the entries of a built timeline as a reader reads them; and what every date in a built list
// should say beside it (its precision, and whether the site inferred it), against the content.
import type { CheerioAPI } from 'cheerio';
import type { Corpus } from '../../src/lib/graph';
import type { DatedFact } from '../../src/lib/schema';
import { entityPath } from '../../src/lib/urls';
import { inferredPartWords, noteWords, precisionWords } from './dates';
import { pagesWith, readPage } from './site';

export type DatedKind = 'meetings' | 'agreements' | 'events' | 'sources';

/** A dated record: its kind, id and site path, and its date as the content gives it. */
export interface DatedRecord {
  kind: DatedKind;
  id: string;
  path: string;
  date: DatedFact;
}

/** Every dated record: each meeting, signed agreement, event and source, with the date the content gives it. */
export function datedRecords(corpus: Corpus): DatedRecord[] {
  const of = (kind: DatedKind, id: string, date: DatedFact): DatedRecord => ({
    kind,
    id,
    path: entityPath(kind, id),
    date,
  });
  return [
    ...corpus.meetings.map((m) => of('meetings', m.id, m.data.date)),
    ...corpus.agreements.flatMap((a) => (a.data.signed ? [of('agreements', a.id, a.data.signed)] : [])),
    ...corpus.events.map((e) => of('events', e.id, e.data.date)),
    ...corpus.sources.map((s) => of('sources', s.id, s.data.published)),
  ];
}

/** Every year a date value spans, read off the value: "2013/2014" spans 2013 and 2014, "2017-04-10" only 2017. */
export function spanOf(value: string): string[] {
  const [first, last = first] = value.split('/').map((v) => Number(v.slice(0, 4))) as [number, number?];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/**
 * The dated records that concern a country or a person, read off the content, in the order of their paths: a meeting
 * held in the country or attended by its people (or by the person); a signed agreement with a party of the country (or
 * made at a meeting the person attended); an event naming the country (or the person); an interview with the person.
 */
export function concerning(corpus: Corpus, kind: 'countries' | 'people', id: string): DatedRecord[] {
  const placeOf = new Map(corpus.places.map((p) => [p.id, p.data]));
  const personOf = new Map(corpus.people.map((p) => [p.id, p.data]));
  const organizationOf = new Map(corpus.organizations.map((o) => [o.id, o.data]));
  const meetingOf = new Map(corpus.meetings.map((m) => [m.id, m.data]));
  const inMeeting = (m: (typeof corpus.meetings)[number]['data']) =>
    kind === 'people'
      ? m.participants.some((p) => p.person === id)
      : placeOf.get(m.place.place)?.country === id ||
        m.participants.some((p) => personOf.get(p.person)?.country === id);
  const concerns = (r: DatedRecord): boolean => {
    switch (r.kind) {
      case 'meetings':
        return inMeeting(meetingOf.get(r.id)!);
      case 'agreements': {
        const a = corpus.agreements.find((x) => x.id === r.id)!.data;
        if (kind === 'countries') return a.parties.some((p) => organizationOf.get(p.organization)?.country === id);
        // Signed there, on the day, at a meeting the person attended, as a source says (not by inference).
        const at = a.meeting && !a.meeting.inferred ? meetingOf.get(a.meeting.meeting) : undefined;
        return at !== undefined && inMeeting(at) && at.date.value === a.signed!.value;
      }
      case 'events': {
        const e = corpus.events.find((x) => x.id === r.id)!.data;
        return (kind === 'people' ? e.people : e.countries).includes(id);
      }
      case 'sources':
        return kind === 'people' && corpus.sources.find((x) => x.id === r.id)!.data.interviewee?.person === id;
    }
  };
  return datedRecords(corpus)
    .filter(concerns)
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The date an entry shows: its <time>, or a period's two, "2013–2014". */
export function dateShown(entry: ReturnType<CheerioAPI>): string {
  const time = entry.find('time').first();
  const period = time.parent('.period');
  return (period.length > 0 ? period : time).text();
}

/** One entry of a built timeline, as a reader reads it. */
export interface TimelineRow {
  href: string | undefined;
  /** The year it is listed under: its year's heading, or on a year's page (which has none) ''. */
  year: string;
  /**
   * Its <time>'s datetime; a period's two joined as the content writes it, "2013/2014"; of a date known only within
   * bounds, the latest's (its value), not the earliest's.
   */
  datetime: string;
  shown: string;
  /** What its precision says, spaces squashed: "(month only, as stated)". */
  precision: string;
  /** The words of its badges: "Inferred", or '' with none. */
  badge: string;
  label: string;
}

/** The entries of every timeline on a page (`.timeline-entry`: the timeline, /events/, a country's or person's). */
export function timelineRows($: CheerioAPI): TimelineRow[] {
  return $('.timeline-entry')
    .toArray()
    .map((li) => ({
      href: $(li).find('.timeline-what a').attr('href'),
      year: $(li).closest('.timeline-year').children('h2, h3').first().text(),
      datetime: $(li)
        .find('time:not(.earliest)')
        .toArray()
        .map((t) => $(t).attr('datetime'))
        .join('/'),
      shown: dateShown($(li)),
      precision: $(li).find('.timeline-when .precision').text().replace(/\s+/g, ' ').trim(),
      badge: $(li).find('.badge').text().trim(),
      label: $(li).find('.kind-tag').text(),
    }));
}

/** What the dates of a build's lists were checked against, and what disagreed. */
export interface MarksChecked {
  problems: string[];
  /** The pages read, and the rows, and among those rows the dates (or places) inferred and not. */
  pages: string[];
  rows: number;
  inferred: number;
  stated: number;
  /** The precisions seen ("exact day", "a period", "exact day not known"…). */
  precisions: Set<string>;
}

const checked = (): MarksChecked => ({
  problems: [],
  pages: [],
  rows: 0,
  inferred: 0,
  stated: 0,
  precisions: new Set(),
});

/** Counts a row, inferred or not. */
function count(into: MarksChecked, inferred: boolean) {
  into.rows++;
  into[inferred ? 'inferred' : 'stated']++;
}

/** Notes a problem when what a row shows is not what the content holds. */
function compare(into: MarksChecked, shown: string, expected: string, where: string) {
  if (shown !== expected) into.problems.push(`${where}: shows “${shown}”, not “${expected}”`);
}

/** The dated records of a corpus by the href a build under `base` links them with. */
const byHref = (corpus: Corpus, base: string) =>
  new Map(datedRecords(corpus).map((r) => [base.replace(/\/$/, '') + r.path, r]));

/**
 * Every timeline entry of a build (the timeline and its year pages, /events/, every country's and person's timeline
 * and their year pages), against the content: its precision in the words of tests/helpers/dates.ts, "as stated"
 * unless the site inferred the date, where an Inferred badge says so instead; under a later year of a period, where it
 * is listed first.
 */
export function timelineMarks(site: string, base: string, corpus: Corpus): MarksChecked {
  const records = byHref(corpus, base);
  const into = checked();
  for (const page of pagesWith(site, 'timeline-entry')) {
    into.pages.push(page);
    const rows = timelineRows(readPage(site, page));
    rows.forEach((row, i) => {
      const r = records.get(row.href ?? '');
      const where = `${page} entry ${i + 1} (${row.href})`;
      if (!r) return void into.problems.push(`${where}: no dated record`);
      // On a year's page, the page's year; on a page of every year, its year's heading.
      const year = row.year || /\/(\d{4})\/$/.exec(page)?.[1];
      const first = spanOf(r.date.value)[0]!;
      const words = precisionWords(r.date.value, r.date.onOrBefore);
      into.precisions.add(words);
      const also = year !== undefined && year > first ? `; also listed under ${first}` : '';
      count(into, r.date.inferred);
      compare(into, row.precision, `(${noteWords(r.date, { badge: true })}${also})`, where);
      compare(into, row.badge, r.date.inferred ? 'Inferred' : '', `${where}, its badge`);
    });
  }
  return into;
}

/**
 * Every entry of a list of agreements (/agreements/ and its year pages, a country's, an organization's), against the
 * content: a signed one its date's precision, "as stated" unless the site inferred it, where an Inferred badge says
 * so instead; one with no date says so, with no badge.
 */
export function agreementMarks(site: string, base: string, corpus: Corpus): MarksChecked {
  const prefix = base.replace(/\/$/, '');
  const agreements = new Map(corpus.agreements.map((a) => [prefix + entityPath('agreements', a.id), a.data]));
  const into = checked();
  for (const page of pagesWith(site, 'agreement-entry')) {
    into.pages.push(page);
    const $ = readPage(site, page);
    $('.agreement-entry').each((i, li) => {
      const href = $(li).find('a[href*="/agreements/"]').first().attr('href') ?? '';
      const where = `${page} entry ${i + 1} (${href})`;
      const a = agreements.get(href);
      if (!a) return void into.problems.push(`${where}: no agreement`);
      const precision = $(li).find('.timeline-when .precision').text().replace(/\s+/g, ' ').trim();
      const badge = $(li).find('.badge').text().trim();
      const signed = a.signed;
      if (signed) into.precisions.add(precisionWords(signed.value, signed.onOrBefore));
      const expected = signed ? `(signed; ${noteWords(signed, { badge: true })})` : 'No date in the sources';
      count(into, signed?.inferred === true);
      compare(into, precision, expected, where);
      compare(into, badge, signed?.inferred ? 'Inferred' : '', `${where}, its badge`);
    });
  }
  return into;
}

/**
 * Every row of a table of meetings (`.meeting-list`: the home page, /meetings/ and its year pages, a country's and its
 * year pages; `.participations`: a person's and its year pages), against the content: its date cell "(inferred)"
 * exactly when the site inferred the meeting's date, and a meeting list's place cell exactly when it inferred its
 * place. `dates` and `places` count the two cells apart.
 */
export function meetingMarks(
  site: string,
  base: string,
  corpus: Corpus,
): { dates: MarksChecked; places: MarksChecked; tables: Set<string> } {
  const prefix = base.replace(/\/$/, '');
  const meetings = new Map(corpus.meetings.map((m) => [prefix + entityPath('meetings', m.id), m.data]));
  const dates = checked();
  const places = checked();
  const tables = new Set<string>();
  const mark = (cell: ReturnType<CheerioAPI>) => cell.find('.precision').text().trim();
  for (const page of [...new Set([...pagesWith(site, 'meeting-list'), ...pagesWith(site, 'participations')])]) {
    const $ = readPage(site, page);
    for (const table of ['meeting-list', 'participations']) {
      $(`table.${table} tbody tr`).each((i, tr) => {
        tables.add(table);
        if (!dates.pages.includes(page)) dates.pages.push(page);
        if (table === 'meeting-list' && !places.pages.includes(page)) places.pages.push(page);
        const href = $(tr).find('th a').first().attr('href') ?? '';
        const where = `${page} .${table} row ${i + 1} (${href})`;
        const m = meetings.get(href);
        if (!m) return void dates.problems.push(`${where}: no meeting`);
        const cells = $(tr).children('td');
        count(dates, m.date.inferred);
        const dateMark = m.date.inferred ? `(${inferredPartWords(m.date)})` : '';
        compare(dates, mark(cells.first()), dateMark, `${where}, its date`);
        if (table === 'meeting-list') {
          count(places, m.place.inferred);
          compare(places, mark(cells.last()), m.place.inferred ? '(inferred)' : '', `${where}, its place`);
        }
      });
    }
  }
  return { dates, places, tables };
}
