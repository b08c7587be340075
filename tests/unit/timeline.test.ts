// The timeline, built from the real content: every dated record once, in order,
// and the slices country and person pages show.
import { describe, expect, it } from 'vitest';
import { dateSortKey } from '../../src/lib/dates';
import { buildTimeline, byYear, timelineIndex } from '../../src/lib/timeline';
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

  it('is in date order and groups by the year each date starts in', () => {
    const keys = entries.map((e) => dateSortKey(e.date.value));
    expect(keys).toEqual([...keys].sort());
    const years = byYear(entries);
    expect(years.flatMap((y) => y.entries)).toEqual(entries);
    for (const y of years) for (const e of y.entries) expect(e.date.value.startsWith(y.year)).toBe(true);
    expect(new Set(years.map((y) => y.year)).size).toBe(years.length);
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
