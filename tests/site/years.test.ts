// Year pages: each year of the timeline and of the meetings has a page listing
// exactly that year's records, whatever the record's size. The list pages
// (/timeline/, /meetings/) show every entry while the record is short, as the
// real one is, and only their years once it holds more than LONG_LIST entries:
// checked on a synthetic record of that size (the benchmark's generator), built here.
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.mjs';
import { corpusOf } from '../../src/lib/corpus';
import type { Corpus } from '../../src/lib/graph';
import { loadContentTree } from '../../src/lib/load';
import { entityPath } from '../../src/lib/urls';
import { validateTree } from '../../src/lib/validate';
import { LONG_LIST } from '../../src/lib/years';
import { buildSite } from '../helpers/build';
import { realCorpus } from '../helpers/corpus';
import { hasPage, readPage, ROOT_SITE, SUB_BASE, SUB_SITE, TMP } from '../helpers/site';

/** Site paths of every dated record, by the year it is filed under (the first four digits of its date). */
function datedByYear(corpus: Corpus) {
  const dated = [
    ...corpus.meetings.map((m) => ({ kind: 'meetings', path: entityPath('meetings', m.id), value: m.data.date.value })),
    ...corpus.agreements.flatMap((a) => (a.data.signed ? [{ kind: 'agreements', path: entityPath('agreements', a.id), value: a.data.signed.value }] : [])),
    ...corpus.events.map((e) => ({ kind: 'events', path: entityPath('events', e.id), value: e.data.date.value })),
    ...corpus.sources.map((s) => ({ kind: 'sources', path: entityPath('sources', s.id), value: s.data.published.value })),
  ];
  const years = new Map<string, typeof dated>();
  for (const d of dated) years.set(d.value.slice(0, 4), [...(years.get(d.value.slice(0, 4)) ?? []), d]);
  return years;
}

const links = ($: CheerioAPI, selector: string) => $(selector).toArray().map((a) => $(a).attr('href')!).sort();
const sorted = (paths: string[], prefix: string) => paths.map((p) => prefix + p).sort();
/** The year index of a list page: year → [href, count as written]. */
const yearIndex = ($: CheerioAPI) =>
  new Map($('.year-index li').toArray().map((li) => [$(li).find('a').text(), [$(li).find('a').attr('href'), $(li).find('.count').text()]]));

/** What every year page says, checked against the corpus, for one build (given once it exists). */
function checkYearPages(built: () => { site: string; corpus: Corpus }, base: string) {
  const prefix = base.replace(/\/$/, '');
  let site = '';
  let years: ReturnType<typeof datedByYear>;
  let timelineYears: string[];
  let meetingYears: string[];
  beforeAll(() => {
    const { corpus } = built();
    site = built().site;
    years = datedByYear(corpus);
    timelineYears = [...years.keys()].sort();
    meetingYears = [...new Set(corpus.meetings.map((m) => m.data.date.value.slice(0, 4)))].sort();
  });

  it('each year of the timeline has a page with exactly that year’s dated records', () => {
    for (const year of timelineYears) {
      const $ = readPage(site, `/timeline/${year}/`);
      expect(links($, '.timeline-what a'), year).toEqual(sorted(years.get(year)!.map((d) => d.path), prefix));
    }
  });

  it('each year with meetings has a page with exactly that year’s meetings', () => {
    for (const year of meetingYears) {
      const $ = readPage(site, `/meetings/${year}/`);
      const expected = years.get(year)!.filter((d) => d.kind === 'meetings').map((d) => d.path);
      expect(links($, '.meeting-list th a'), year).toEqual(sorted(expected, prefix));
    }
    expect(hasPage(site, `/meetings/${Number(meetingYears[0]) - 1}/`)).toBe(false);
  });

  it('a year page leads to the year before and after, and back to all years', () => {
    for (const [list, all] of [['/timeline/', timelineYears], ['/meetings/', meetingYears]] as const) {
      all.forEach((year, i) => {
        const $ = readPage(site, `${list}${year}/`);
        expect($('.year-nav a[rel="prev"]').attr('href'), `${list}${year}`).toBe(i > 0 ? `${prefix}${list}${all[i - 1]}/` : undefined);
        expect($('.year-nav a[rel="next"]').attr('href'), `${list}${year}`).toBe(i < all.length - 1 ? `${prefix}${list}${all[i + 1]}/` : undefined);
        expect($('.year-nav a:not([rel])').attr('href')).toBe(prefix + list);
      });
    }
  });

  it('the list pages link every year page, with its count', () => {
    const timeline = yearIndex(readPage(site, '/timeline/'));
    expect([...timeline.keys()]).toEqual(timelineYears);
    for (const year of timelineYears) {
      const n = years.get(year)!.length;
      expect(timeline.get(year)).toEqual([`${prefix}/timeline/${year}/`, `${n} ${n === 1 ? 'entry' : 'entries'}`]);
    }
    const meetings = yearIndex(readPage(site, '/meetings/'));
    expect([...meetings.keys()]).toEqual(meetingYears);
    for (const year of meetingYears) {
      const n = years.get(year)!.filter((d) => d.kind === 'meetings').length;
      expect(meetings.get(year)).toEqual([`${prefix}/meetings/${year}/`, `${n} meeting${n === 1 ? '' : 's'}`]);
    }
  });
}

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('the real record, %s', (site, base) => {
  const corpus = realCorpus();
  checkYearPages(() => ({ site, corpus }), base);

  it('is short, so the list pages still show every entry', () => {
    expect(corpus.meetings.length).toBeLessThanOrEqual(LONG_LIST);
    expect(readPage(site, '/meetings/')('.meeting-list th a')).toHaveLength(corpus.meetings.length);
    const dated = [...datedByYear(corpus).values()].flat();
    expect(readPage(site, '/timeline/')('.timeline-entry')).toHaveLength(dated.length);
  });
});

describe('a record longer than one page should carry', () => {
  const content = join(TMP, 'content', 'long-record');
  const meetings = LONG_LIST + 100;
  let site = '';
  let corpus: Corpus;

  beforeAll(() => {
    generateCorpus(content, meetings);
    corpus = corpusOf(validateTree(loadContentTree(content)));
    const build = buildSite({ name: 'long-record', contentDir: content });
    if (build.status !== 0) throw new Error(build.output);
    site = build.outDir;
  });

  it('is long enough', () => {
    expect(corpus.meetings.length).toBeGreaterThan(LONG_LIST);
    expect([...datedByYear(corpus).values()].flat().length).toBeGreaterThan(LONG_LIST);
  });

  checkYearPages(() => ({ site, corpus }), '/');

  it('the list pages show only the years, and the year pages hold every meeting', () => {
    const $meetings = readPage(site, '/meetings/');
    expect($meetings('.meeting-list')).toHaveLength(0);
    expect($meetings('.map-places a')).toHaveLength(0);
    const $timeline = readPage(site, '/timeline/');
    expect($timeline('.timeline-entry')).toHaveLength(0);
    // A link to a year of the full timeline (/timeline/#y2019) still lands on that year.
    for (const year of datedByYear(corpus).keys()) expect($timeline(`#y${year} a`).attr('href')).toBe(`/timeline/${year}/`);
    const listed = [...yearIndex($meetings).values()].flatMap(([href]) => links(readPage(site, href!), '.meeting-list th a'));
    expect(listed.sort()).toEqual(corpus.meetings.map((m) => entityPath('meetings', m.id)).sort());
  });
});
