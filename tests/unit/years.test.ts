// When a list goes on a page per year (src/lib/years.ts). The site tests see lists far shorter or far longer than the
// limit; the README's rule is about the edge: a list page shows every entry up to the limit, and only its years "once
// a list holds more than 500 entries".
import { describe, expect, it } from 'vitest';
import { recordYearPaths } from '../../src/lib/routes';
import type { TimelineEntry } from '../../src/lib/timeline';
import { emptiedYears, isLong, LIST_LIMIT, mayBeEarlierYear, yearPaths } from '../../src/lib/years';

describe('a long list', () => {
  it('is 500 entries by default (SITE_LIST_LIMIT)', () => {
    expect(LIST_LIMIT).toBe(Number(process.env.SITE_LIST_LIMIT || 500));
  });

  it('is one of more entries than the limit: a list of exactly the limit is shown whole', () => {
    expect(isLong(LIST_LIMIT - 1)).toBe(false);
    expect(isLong(LIST_LIMIT)).toBe(false);
    expect(isLong(LIST_LIMIT + 1)).toBe(true);
  });
});

// A date known only as the latest it can be is listed under that day's year, and its year's page says it may fall in
// an earlier one: unless the earliest it can be is in the same year.
describe('a date that may belong to an earlier year than it is listed under', () => {
  it.each([
    [{ value: '2019-08-09', onOrBefore: true }, true],
    [{ value: '2019-08-09', onOrBefore: true, onOrAfter: '2018-03-15' }, true],
    [{ value: '2019-08-09', onOrBefore: true, onOrAfter: '2019-03' }, false],
    [{ value: '2019-08-09' }, false],
    [{ value: '2019', onOrBefore: false }, false],
  ])('%o: %s', (date, may) => {
    expect(mayBeEarlierYear(date)).toBe(may);
  });
});

// A published year page whose year has no entries any more (a date corrected, a record removed) is built as a
// redirect to its list: permalinks.txt keeps every address the record has published.
describe('an emptied year', () => {
  const built = (...years: string[]) => years.map((year) => ({ year, entries: [year] }));
  const published = [
    '/events/',
    '/events/2014/',
    '/events/2015/',
    '/events/some-event/',
    '/events/2016/extra/',
    '/timeline/2013/',
    '/people/x/',
    '/people/x/2019/',
    '/people/x/2020/',
    '/people/xy/2021/',
  ];

  it('is a year of a published page under the list that the built years no longer have', () => {
    expect(emptiedYears('/events/', built('2015', '2016'), published)).toEqual(['2014']);
    expect(emptiedYears('/events/', built('2014', '2015'), published)).toEqual([]);
    expect(emptiedYears('/timeline/', built(), published)).toEqual(['2013']);
  });

  it('takes a record’s year pages only under that record, and a list’s only right under the list', () => {
    expect(emptiedYears('/people/x/', built('2020'), published)).toEqual(['2019']);
    // A record whose timeline is short again has no year pages: each published one is emptied.
    expect(emptiedYears('/people/x/', [], published)).toEqual(['2019', '2020']);
    expect(emptiedYears('/people/', [], published)).toEqual([]);
    expect(emptiedYears('/meetings/', [], published)).toEqual([]);
  });

  it('adds a redirect path to the year pages, with no entries and no neighbours', () => {
    const paths = yearPaths(built('2015', '2016'), '/events/', published);
    expect(paths.map((p) => [p.params.year, p.props.emptied])).toEqual([
      ['2015', false],
      ['2016', false],
      ['2014', true],
    ]);
    expect(paths[2]!.props).toEqual({
      year: '2014',
      list: '/events/',
      entries: [],
      previous: undefined,
      next: undefined,
      emptied: true,
    });
    expect(paths[0]!.props.next).toBe('2016');
    expect(yearPaths(built('2015'), '/events/', [])).toHaveLength(1);
  });

  it('gives each record, short again, a redirect at its own published year pages only', () => {
    const paths = recordYearPaths('people', [{ id: 'x' }, { id: 'xy' }, { id: 'z' }], () => [], published);
    expect(paths.map((p) => [p.params.id, p.params.year, p.props.emptied])).toEqual([
      ['x', '2019', true],
      ['x', '2020', true],
      ['xy', '2021', true],
    ]);
  });
});

// A renamed person keeps their old id as an alias (src/lib/aliases.ts): the year pages published under it answer.
describe('a published year page under a renamed person’s old id', () => {
  const entry = (year: string) => ({ years: [year] }) as unknown as TimelineEntry;
  // Long: more entries than the limit, all in 2019 and 2020.
  const long = Array.from({ length: LIST_LIMIT + 1 }, (_, i) => entry(i % 2 ? '2019' : '2020'));
  const published = ['/people/old/', '/people/old/2018/', '/people/old/2019/', '/people/other/2019/'];
  const redirects = [
    { kind: 'people' as const, from: 'old', to: 'new' },
    { kind: 'meetings' as const, from: 'other', to: 'new' },
  ];

  it('redirects to the year’s page at the new id when it has one, else as an emptied year of the new id', () => {
    const paths = recordYearPaths('people', [{ id: 'new' }], () => long, published, redirects);
    expect(paths.map((p) => [p.params.id, p.params.year, p.props.id, p.props.formerId, p.props.emptied])).toEqual([
      ['new', '2019', 'new', undefined, false],
      ['new', '2020', 'new', undefined, false],
      ['old', '2018', 'new', 'old', true],
      ['old', '2019', 'new', 'old', false],
    ]);
    expect(paths[3]!.props).toMatchObject({ entries: [], previous: undefined, next: undefined });
    // How the new id's page shows its timeline, for the redirect's anchor and sentence: long, by year.
    expect(paths.every((p) => !p.props.whole && p.props.dated)).toBe(true);
    // Short again: no year pages at the new id, so each published one under the old id leads to the record's page.
    const short = recordYearPaths('people', [{ id: 'new' }], () => [], published, redirects);
    expect(short.map((p) => [p.params.id, p.params.year, p.props.emptied])).toEqual([
      ['old', '2018', true],
      ['old', '2019', true],
    ]);
    // Shown whole on the person's page, and here with no entries at all: the redirect leads to the meetings.
    expect(short.every((p) => p.props.whole && !p.props.dated)).toBe(true);
    const few = recordYearPaths('people', [{ id: 'new' }], () => long.slice(0, 2), published, redirects);
    expect(few.map((p) => [p.props.whole, p.props.dated])).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});
