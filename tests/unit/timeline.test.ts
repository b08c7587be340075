// The timeline, built from the real content: every dated record once, in order,
// and the slices country and person pages show.
import { describe, expect, it } from 'vitest';
import { dateSortKey } from '../../src/lib/dates';
import { buildTimeline, recordYears, timelineByYear, timelineIndex } from '../../src/lib/timeline';
import { LIST_LIMIT, yearsOfDate } from '../../src/lib/years';
import { realGraph } from '../helpers/corpus';

const graph = realGraph();
const { corpus } = graph;
const entries = buildTimeline(graph);
const index = timelineIndex(entries);
const ids = (kind: string) =>
  entries
    .filter((e) => e.kind === kind)
    .map((e) => e.id)
    .sort();

describe('the timeline', () => {
  it('holds every meeting, every signed agreement, every event and every source, once', () => {
    expect(ids('meetings')).toEqual(corpus.meetings.map((m) => m.id).sort());
    expect(ids('agreements')).toEqual(
      corpus.agreements
        .filter((a) => a.data.signed)
        .map((a) => a.id)
        .sort(),
    );
    expect(ids('events')).toEqual(corpus.events.map((e) => e.id).sort());
    expect(ids('sources')).toEqual(corpus.sources.map((s) => s.id).sort());
    expect(corpus.events.length).toBeGreaterThan(0);
  });

  it('keeps each record’s own date, inferred flag included', () => {
    for (const e of entries.filter((x) => x.kind === 'meetings')) expect(e.date).toBe(graph.meeting(e.id)!.data.date);
    for (const e of entries.filter((x) => x.kind === 'events')) {
      expect(e.date).toBe(corpus.events.find((ev) => ev.id === e.id)!.data.date);
    }
  });

  it('is in date order and groups by year, an entry dated to a period under each year of it', () => {
    const keys = entries.map((e) => dateSortKey(e.date.value));
    expect(keys).toEqual([...keys].sort());
    const years = timelineByYear(entries);
    expect(years.map((y) => y.year)).toEqual([...new Set(entries.flatMap((e) => e.years))].sort());
    for (const y of years) {
      // Those of the year, in the timeline's order.
      expect(y.entries, y.year).toEqual(entries.filter((e) => e.years.includes(y.year)));
    }
    const period = entries.find((e) => e.date.value === '2013/2014');
    expect(period?.years).toEqual(['2013', '2014']);
    expect(years.filter((y) => y.entries.includes(period!)).map((y) => y.year)).toEqual(['2013', '2014']);
  });

  it('calls a source published on its date, or dated that day when the site only reads the date as its publication', () => {
    const sources = entries.filter((e) => e.kind === 'sources');
    for (const e of sources) {
      const s = graph.source(e.id)!.data;
      const what = s.interviewee ? 'Interview' : 'Article';
      expect(e.label, e.id).toBe(`${what} ${s.publishedReading ? 'dated' : 'published'}`);
    }
    // The record has both: an interview whose date it only reads as the day of publication, and articles it does not.
    expect(sources.map((e) => e.label)).toContain('Interview dated');
    expect(sources.map((e) => e.label)).toContain('Article published');
  });

  it('gives each date every year it spans', () => {
    expect(yearsOfDate('2017-04-10')).toEqual(['2017']);
    expect(yearsOfDate('2017-09')).toEqual(['2017']);
    expect(yearsOfDate('2017')).toEqual(['2017']);
    expect(yearsOfDate('2013/2014')).toEqual(['2013', '2014']);
    expect(yearsOfDate('2009/2012')).toEqual(['2009', '2010', '2011', '2012']);
  });
});

describe('the slices', () => {
  it('give a country every meeting it takes part in and every event naming it', () => {
    for (const country of corpus.countries) {
      const slice = index.ofCountry(country.id);
      const meetings = slice
        .filter((e) => e.kind === 'meetings')
        .map((e) => e.id)
        .sort();
      expect(meetings).toEqual(
        graph
          .meetingsOfCountry(country.id)
          .map((m) => m.id)
          .sort(),
      );
      const events = slice
        .filter((e) => e.kind === 'events')
        .map((e) => e.id)
        .sort();
      expect(events).toEqual(
        corpus.events
          .filter((e) => e.data.countries.includes(country.id))
          .map((e) => e.id)
          .sort(),
      );
    }
  });

  it('give a person an agreement only when it was signed on the day of a meeting they attended, tied to it by a source', () => {
    for (const person of corpus.people) {
      const agreements = index
        .ofPerson(person.id)
        .filter((e) => e.kind === 'agreements')
        .map((e) => e.id)
        .sort();
      const signedAtTheirMeetings = corpus.agreements
        .filter(({ data: a }) => {
          const meeting = a.meeting && !a.meeting.inferred && graph.meeting(a.meeting.meeting)?.data;
          return (
            meeting &&
            meeting.date.value === a.signed?.value &&
            meeting.participants.some((p) => p.person === person.id)
          );
        })
        .map((a) => a.id)
        .sort();
      expect(agreements, person.id).toEqual(signedAtTheirMeetings);
    }
    // The Minsk programme, signed the day before the meeting it is reported with, is on no participant's timeline.
    expect(index.ofPerson('guo-shengkun').map((e) => e.id)).not.toContain(
      'belarus-china-prosecutors-general-programme-2017',
    );
    // Nor is one signed on the day but tied to the meeting by the site's inference: it may be the other meeting's.
    const inferredTie = corpus.agreements.filter((a) => a.data.meeting?.inferred && a.data.signed);
    expect(inferredTie.length).toBeGreaterThan(0);
    for (const a of inferredTie)
      for (const p of graph.meeting(a.data.meeting!.meeting)!.data.participants)
        expect(
          index.ofPerson(p.person).map((e) => e.id),
          p.person,
        ).not.toContain(a.id);
  });

  it('give a person every meeting they attended', () => {
    for (const person of corpus.people) {
      const meetings = index
        .ofPerson(person.id)
        .filter((e) => e.kind === 'meetings')
        .map((e) => e.id);
      expect(meetings).toEqual(graph.participationsOf(person.id).map((p) => p.meeting.id));
    }
  });
});

describe('a record’s own years', () => {
  it('are none while its timeline fits on its page, and its timeline by year once it is longer than a list may be', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...entries[i % entries.length]!, id: `e${i}` }));
    expect(recordYears(many(3))).toBeUndefined();
    expect(recordYears(many(LIST_LIMIT))).toBeUndefined();
    const long = many(LIST_LIMIT + 1);
    expect(recordYears(long)).toEqual(timelineByYear(long));
    expect(recordYears(long)!.length).toBeGreaterThan(1);
  });
});
