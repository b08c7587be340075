// The lists of records (/organizations/, /people/, the tables of meetings): what each entry says beside its name, and
// where it is filed, against the content.
import { describe, expect, it } from 'vitest';
import { longCorpus, realCorpus } from '../helpers/corpus';
import { LONG_SITE, ROOT_SITE, SUB_BASE, SUB_SITE, readPage } from '../helpers/site';
import { meetingMarks } from '../helpers/timeline';

describe('the list of organizations', () => {
  it('files each organization under the country it belongs to, and those under no country last', () => {
    // Sorted by name alone, "of the Islamic Republic of Afghanistan" stood among the T's, and a reader looking for a
    // country's ministries had to read the whole list.
    const { countries, organizations } = realCorpus();
    const $ = readPage(ROOT_SITE, '/organizations/');
    const sections = $('main section')
      .map((_, s) => ({
        heading: $(s).find('h2').text().trim(),
        ids: $(s)
          .find('li > a')
          .map((_, a) => a.attribs.href!.split('/')[2])
          .get(),
      }))
      .get();
    const countryName = new Map(countries.map((c) => [c.id, c.data.name]));
    const expected = organizations.map((o) => ({
      id: o.id,
      heading: o.data.country ? countryName.get(o.data.country)! : 'Under no country',
    }));
    const filed = sections.flatMap((s) => s.ids.map((id) => ({ id, heading: s.heading })));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(filed.sort(byId)).toEqual(expected.sort(byId));
    expect(new Set(expected.map((e) => e.heading)).size, 'countries and none').toBeGreaterThan(2);
    expect(sections.at(-1)!.heading).toBe('Under no country');
  });
});

describe('the list of people', () => {
  /**
   * Checks that each office beside a person's name in the list `items` of `page` gives the years of the sources
   * reporting it, and returns how many offices it read.
   */
  function expectOfficesDated(page: string, items: string, people: ReturnType<typeof realCorpus>['people']): number {
    const { sources } = realCorpus();
    const year = new Map(sources.map((s) => [s.id, s.data.published.value.slice(0, 4)]));
    const $ = readPage(ROOT_SITE, page);
    let roles = 0;
    for (const p of people) {
      const item = $(items).filter((_, li) => $(li).find('a').first().attr('href') === `/people/${p.id}/`);
      expect(item.length, `${page}: ${p.id}`).toBe(1);
      const text = item.text().replace(/\s+/g, ' ');
      for (const r of p.data.roles) {
        roles++;
        const after = text.slice(text.indexOf(r.title) + r.title.length);
        const reported = /^ \(reported ([^)]*)\)/.exec(after)?.[1] ?? '';
        const years = [...new Set(r.cites.map((c) => year.get(c.split('#')[0]!)!))];
        expect(reported.match(/\d{4}/g)?.sort(), `${page}: ${p.id}: ${r.title}`).toEqual(years.sort());
      }
    }
    return roles;
  }

  it('dates each office by the year of the sources reporting it', () => {
    // With no year, Guo Shengkun (2017) and Wang Xiaohong (2024) both read as Minister of Public Security today.
    const { people } = realCorpus();
    expect(expectOfficesDated('/people/', 'main li', people)).toBeGreaterThan(people.length);
  });

  it('dates the offices the same way in each country’s list of its people', () => {
    // A country's page listed the bare titles, and past the list limit it is where /people/ sends a reader.
    const { countries, people } = realCorpus();
    let roles = 0;
    for (const c of countries) {
      roles += expectOfficesDated(
        `/countries/${c.id}/`,
        '.heading:has(h2#people) + ul > li',
        people.filter((p) => p.data.country === c.id),
      );
    }
    expect(roles).toBeGreaterThan(people.length);
  });

  it('says that the spellings of several sources are one person by the site’s inference', () => {
    const { people } = realCorpus();
    const $ = readPage(ROOT_SITE, '/people/');
    const several = people.filter((p) => p.data.spellings.length > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const p of people) {
      const item = $('main li').filter((_, li) => $(li).find('a').first().attr('href') === `/people/${p.id}/`);
      const text = item.text().replace(/\s+/g, ' ');
      expect(text.includes('one person by the site’s inference'), p.id).toBe(p.data.samePerson?.inferred === true);
    }
  });
});

describe.each([
  ['the real record', ROOT_SITE, '/'],
  ['the real record', SUB_SITE, SUB_BASE],
  ['the long record', LONG_SITE, '/'],
])('the tables of meetings of %s, %s', (record, site, base) => {
  const corpus = record === 'the long record' ? longCorpus() : realCorpus();

  it('mark a meeting’s date “(inferred)” exactly when the site inferred it, and its place exactly when it inferred that', () => {
    // The home page, /meetings/ and its year pages, each country's (and its year pages'), each person's table of
    // meetings: a date or a place shown without its mark reads as a source's.
    const { dates, places, tables } = meetingMarks(site, base, corpus);
    expect(dates.problems).toEqual([]);
    expect(places.problems).toEqual([]);
    expect([...tables].sort()).toEqual(['meeting-list', 'participations']);
    for (const page of ['/meetings/', '/countries/', '/people/'])
      expect(
        dates.pages.filter((p) => p.startsWith(page)),
        page,
      ).not.toEqual([]);
    expect(places.pages).toContain('/');
    for (const [cell, marks, stated] of [
      ['date', dates, corpus.meetings.some((m) => !m.data.date.inferred)],
      ['place', places, corpus.meetings.some((m) => !m.data.place.inferred)],
    ] as const) {
      expect(marks.rows, cell).toBeGreaterThan(corpus.meetings.length);
      expect(marks.inferred, cell).toBeGreaterThan(0);
      // The real record infers the date of every meeting; the long one states most, so both cases are tried.
      expect(marks.stated > 0, cell).toBe(stated);
      if (record === 'the long record') expect(stated, cell).toBe(true);
    }
  });
});
