// The timeline on the built site: every dated record, its date and whether it
// is inferred, as the content holds them; the country and person slices agree
// with the meeting lists on the same pages.
import { describe, expect, it } from 'vitest';
import { entityPath } from '../../src/lib/urls';
import { realCorpus } from '../helpers/corpus';
import { ROOT_SITE, SUB_BASE, SUB_SITE, readPage } from '../helpers/site';

const corpus = realCorpus();
const dated = [
  ...corpus.meetings.map((m) => ({ path: entityPath('meetings', m.id), date: m.data.date })),
  ...corpus.agreements.flatMap((a) =>
    a.data.signed ? [{ path: entityPath('agreements', a.id), date: a.data.signed }] : [],
  ),
  ...corpus.events.map((e) => ({ path: entityPath('events', e.id), date: e.data.date })),
  ...corpus.sources.map((s) => ({ path: entityPath('sources', s.id), date: s.data.published })),
];

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('%s', (site, base) => {
  const prefix = base.replace(/\/$/, '');
  const $ = readPage(site, '/timeline/');
  const rows = $('.timeline-entry')
    .toArray()
    .map((li) => ({
      href: $(li).find('.timeline-what a').attr('href'),
      datetime: $(li).find('time').attr('datetime'),
      inferred: $(li).find('.badge').length > 0,
    }));

  it('lists every dated record once, with its date and whether the site inferred it', () => {
    expect(rows.length).toBe(dated.length);
    for (const d of dated) {
      const row = rows.filter((r) => r.href === prefix + d.path);
      expect(row, d.path).toHaveLength(1);
      expect(row[0]!.datetime).toBe(d.date.value.split('/')[0]);
      expect(row[0]!.inferred, d.path).toBe(d.date.inferred);
    }
  });

  it('is in date order, under year headings', () => {
    const times = rows.map((r) => r.datetime!);
    expect(times).toEqual(
      [...times].sort((a, b) => (a + '-01-01').slice(0, 10).localeCompare((b + '-01-01').slice(0, 10))),
    );
    $('.timeline-year').each((_, section) => {
      const year = $(section).find('h2').first().text();
      $(section)
        .find('time')
        .each((__, t) => void expect($(t).attr('datetime')!.startsWith(year)).toBe(true));
    });
  });

  it('on country and person pages, shows every meeting the page lists', () => {
    let seen = 0;
    for (const [kind, records] of [
      ['countries', corpus.countries],
      ['people', corpus.people],
    ] as const) {
      for (const r of records) {
        const page = readPage(site, entityPath(kind, r.id));
        const listed = page('.heading:has(#meetings)')
          .nextUntil('.heading')
          .find('a[href*="/meetings/"]')
          .toArray()
          .map((a) => page(a).attr('href'))
          .sort();
        const onTimeline = page('.timeline-meetings .timeline-what a')
          .toArray()
          .map((a) => page(a).attr('href'))
          .sort();
        expect(onTimeline, `${kind}/${r.id}`).toEqual([...new Set(listed)]);
        seen += onTimeline.length;
      }
    }
    expect(seen).toBeGreaterThan(corpus.meetings.length);
  });
});
