// What the home page says of the record as a whole (src/lib/record-summary.ts), from the real record and from a
// copy of it with one source undated and every meeting's place inferred.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph';
import { recordSummary } from '../../src/lib/record-summary';
import { realCorpus } from '../helpers/corpus';

const corpus = realCorpus();

describe('recordSummary', () => {
  it('counts the articles and the records of each kind, each count with its list', () => {
    const summary = recordSummary(buildGraph(corpus));
    expect(summary.sources).toBe(corpus.sources.length);
    expect(summary.counts).toEqual([
      { path: '/meetings/', text: `${corpus.meetings.length} meetings` },
      { path: '/people/', text: `${corpus.people.length} people` },
      { path: '/countries/', text: `${corpus.countries.length} countries` },
      { path: '/organizations/', text: `${corpus.organizations.length} organizations` },
      { path: '/agreements/', text: `${corpus.agreements.length} agreements` },
      { path: '/events/', text: `${corpus.events.length} other dated events` },
    ]);
  });

  it('gives the years of publication, a period’s last year included, and how many articles carry no date', () => {
    const published = (value: string, inferred: boolean) => ({ value, inferred, onOrBefore: false, cites: [] });
    const [a, b, ...rest] = corpus.sources;
    const sources = [
      { ...a!, data: { ...a!.data, published: published('2013/2014', false) } },
      { ...b!, data: { ...b!.data, published: published('2031-05', true) } },
      ...rest.map((s) => ({ ...s, data: { ...s.data, published: published('2020', false) } })),
    ];
    const summary = recordSummary(buildGraph({ ...corpus, sources }));
    expect([summary.firstYear, summary.lastYear, summary.undatedSources]).toEqual(['2013', '2031', 1]);
  });

  it('names each city once, in order of first meeting, and marks one no source names for any of its meetings', () => {
    const graph = buildGraph(corpus);
    const first = graph.meetingsInOrder[0]!;
    const meetings = corpus.meetings.map((m) => ({
      ...m,
      data: { ...m.data, place: { ...m.data.place, inferred: m.data.place.place === first.data.place.place } },
    }));
    const cities = recordSummary(buildGraph({ ...corpus, meetings })).cities;
    const firstCity = graph.place(first.data.place.place)!.data.name;
    expect(cities[0]).toBe(`${firstCity} (the site’s inference)`);
    expect(cities.slice(1).every((c) => !c.includes('inference'))).toBe(true);
    // In order of each city's first meeting: the real record's dates are ISO days and months, which sort as text.
    const byDate = [...corpus.meetings].sort((x, y) => x.data.date.value.localeCompare(y.data.date.value));
    const placeName = (id: string) => corpus.places.find((p) => p.id === id)!.data.name;
    const expected = [...new Set(byDate.map((m) => placeName(m.data.place.place)))];
    expect(expected.length).toBeGreaterThan(2);
    expect(cities.map((c) => c.replace(' (the site’s inference)', ''))).toEqual(expected);
  });

  it('gives the latest meetings, oldest first, and how many there are in all', () => {
    // Twenty meetings more, after the real ones, one a year from 2030 and given in no order: the latest twelve are
    // those of 2038 to 2049, whatever order the files come in.
    const template = corpus.meetings[0]!;
    const years = Array.from({ length: 20 }, (_, i) => 2030 + ((i * 7) % 20));
    const added = years.map((year) => ({
      ...template,
      id: `added-${year}`,
      data: { ...template.data, formerIds: [], date: { ...template.data.date, value: `${year}-05` } },
    }));
    const graph = buildGraph({ ...corpus, meetings: [...added, ...corpus.meetings] });
    const latest = (limit?: number) => recordSummary(graph, limit).latestMeetings.map((m) => m.id);
    expect(latest()).toEqual(Array.from({ length: 12 }, (_, i) => `added-${2038 + i}`));
    expect(latest(2)).toEqual(['added-2048', 'added-2049']);
    expect(recordSummary(graph).meetings).toBe(corpus.meetings.length + 20);
  });
});
