// The link index, built from the real content, and from a small hand-made corpus.
import { describe, expect, it } from 'vitest';
import { buildGraph, compareInDateOrder, viaText, type Corpus } from '../../src/lib/graph';
import { buildTimeline } from '../../src/lib/timeline';
import { PAGE_KINDS, type PageKind } from '../../src/lib/kinds';
import { realCorpus } from '../helpers/corpus';

const corpus = realCorpus();
const graph = buildGraph(corpus);

describe('participations', () => {
  it('list every meeting a person attended, with the role held there, oldest first', () => {
    const expected = corpus.meetings
      .flatMap((m) =>
        m.data.participants
          .filter((p) => p.person === 'ramazon-rahimzoda')
          .map((p) => ({ id: m.id, date: m.data.date.value, role: p.role })),
      )
      .sort((a, b) => a.date.localeCompare(b.date));
    expect(expected.length).toBeGreaterThan(1);
    expect(
      graph
        .participationsOf('ramazon-rahimzoda')
        .map((p) => ({ id: p.meeting.id, date: p.meeting.data.date.value, role: p.role })),
    ).toEqual(expected);
  });
});

describe('lookups', () => {
  it('find every record of each kind by its id', () => {
    for (const a of corpus.agreements) expect(graph.agreement(a.id)).toBe(a);
    for (const e of corpus.events) expect(graph.event(e.id)).toBe(e);
    for (const m of corpus.meetings) expect(graph.meeting(m.id)).toBe(m);
    expect(graph.agreement('no-such-agreement')).toBeUndefined();
  });
});

describe('backlinks', () => {
  it('hold both ways: every participant links back to the meeting, and every meeting forward to them', () => {
    for (const m of corpus.meetings) {
      for (const p of m.data.participants) {
        expect(graph.backlinksTo('people', p.person).some((b) => b.kind === 'meetings' && b.id === m.id)).toBe(true);
        expect(graph.participationsOf(p.person).some((x) => x.meeting.id === m.id)).toBe(true);
      }
    }
  });

  it('never list a record among its own referrers, though a source cites its own paragraphs', () => {
    const selfCiting = corpus.sources.filter((s) => JSON.stringify(s.data).includes(`${s.id}#p`));
    expect(selfCiting.length).toBeGreaterThan(0);
    for (const s of selfCiting) expect(graph.backlinksTo('sources', s.id).map((b) => b.id)).not.toContain(s.id);
  });

  it('say through which paragraphs a record cites a source, in order', () => {
    for (const m of corpus.meetings) {
      for (const source of new Set(JSON.stringify(m.data).match(/[a-z0-9-]+(?=#p\d+)/g))) {
        const cited = [...JSON.stringify(m.data).matchAll(new RegExp(`${source}#p(\\d+)`, 'g'))].map((x) =>
          Number(x[1]),
        );
        const backlink = graph.backlinksTo('sources', source).find((b) => b.id === m.id)!;
        const numbers = [...new Set(cited)].sort((a, b) => a - b);
        expect(viaText(backlink)).toBe(`cites\u00a0${numbers.map((n) => `¶${n}`).join(', ')}`);
      }
    }
    expect(viaText({ via: ['a party'], paragraphs: [10, 3] })).toBe('cites\u00a0¶3, ¶10; a party');
  });

  it('reach a country through its meeting places and its people', () => {
    const meetings = graph.meetingsOfCountry('kazakhstan').map((m) => m.id);
    expect(meetings).toEqual(['2019-08-09-almaty-interior-ministers-conference']);
    const people = graph
      .peopleOfCountry('tajikistan')
      .map((p) => p.id)
      .sort();
    expect(people).toEqual(['emomali-rahmon', 'ramazon-rahimzoda']);
    expect(graph.meetingsOfCountry('tajikistan').map((m) => m.id)).toEqual([
      '2017-09-beijing-rahimzoda-guo',
      '2019-08-09-almaty-interior-ministers-conference',
    ]);
  });

  it('reach a country through the parties of its agreements', () => {
    const ids = graph
      .agreementsOf('countries', 'afghanistan')
      .map((a) => a.id)
      .sort();
    expect(ids).toEqual([
      'tajikistan-afghanistan-interior-ministries-cooperation-agreement',
      'tajikistan-afghanistan-interior-ministries-multilateral-cooperation-2014',
    ]);
  });

  it('tie each cited paragraph to the records that cite it, through which field', () => {
    for (const [kind, records] of [
      ['meetings', corpus.meetings],
      ['agreements', corpus.agreements],
    ] as const) {
      for (const r of records) {
        for (const cite of JSON.stringify(r.data).match(/[a-z0-9-]+#p\d+/g) ?? []) {
          const [source, n] = cite.split('#p');
          expect(
            graph.citedBy(source!, Number(n)).some((b) => b.kind === kind && b.id === r.id),
            cite,
          ).toBe(true);
        }
      }
    }
    const protocol = graph.citedBy('kazinform-2019-almaty-conference', 8);
    expect(protocol.find((b) => b.id === '2019-08-09-almaty-interior-ministers-conference')?.via).toEqual(['outcome']);
  });
});

describe('last change', () => {
  const newest = (kind: PageKind, id: string) =>
    (corpus[kind] as Array<{ id: string; data: { revisions: Array<{ date: string }> } }>)
      .find((r) => r.id === id)!
      .data.revisions.at(-1)?.date;

  it('is the newest revision of the record or of any record linking to it or linked from it, its own on a tie', () => {
    for (const kind of PAGE_KINDS)
      for (const { id } of corpus[kind]) {
        const own = newest(kind, id);
        const linkedTo = graph.backlinksTo(kind, id);
        const linkedFrom = PAGE_KINDS.flatMap((k) =>
          corpus[k]
            .filter((r) => graph.backlinksTo(k, r.id).some((b) => b.kind === kind && b.id === id))
            .map((r) => ({ kind: k, id: r.id })),
        );
        const dates = [own, ...[...linkedTo, ...linkedFrom].map((r) => newest(r.kind, r.id))].filter(
          (d) => d !== undefined,
        );
        const last = graph.lastChange(kind, id);
        expect(last?.date, `${kind}/${id}`).toBe(dates.sort().at(-1));
        if (last && own === last.date) expect([last.kind, last.id]).toEqual([kind, id]);
        if (last) expect(newest(last.kind, last.id)).toBe(last.date);
      }
  });

  it('reaches a person through a meeting corrected after the person’s own record', () => {
    const talks = corpus.meetings.find((m) => m.data.participants.some((p) => p.person === 'wang-xiaohong'))!;
    expect(newest('meetings', talks.id)! > (newest('people', 'wang-xiaohong') ?? '')).toBe(true);
    const last = graph.lastChange('people', 'wang-xiaohong')!;
    expect(last.kind).not.toBe('people');
    expect(last.date >= newest('meetings', talks.id)!).toBe(true);
    expect(last.anchor).toMatch(new RegExp(`^revision-${last.date}-\\d+$`));
  });
});

describe('links resting on an inference', () => {
  it('say so in their label: a meeting’s place, an agreement’s party and its tie to a meeting', () => {
    const labelled = (kind: 'countries' | 'organizations' | 'meetings', id: string, from: string) =>
      graph.backlinksTo(kind, id).find((b) => b.id === from)?.via ?? [];
    let inferred = 0;
    for (const m of corpus.meetings) {
      const country = graph.place(m.data.place.place)!.data.country;
      const label = m.data.place.inferred ? 'held in this country, inferred' : 'held in this country';
      expect(labelled('countries', country, m.id), m.id).toContain(label);
      if (m.data.place.inferred) inferred++;
    }
    for (const a of corpus.agreements) {
      for (const party of a.data.parties) {
        const label = party.inferred ? 'a party, inferred' : 'a party';
        expect(labelled('organizations', party.organization, a.id), `${a.id} ${party.organization}`).toContain(label);
        if (party.inferred) inferred++;
      }
      const tie = a.data.meeting;
      if (!tie) continue;
      const via = labelled('meetings', tie.meeting, a.id);
      expect(
        via.some((v) => v.endsWith(', inferred')),
        a.id,
      ).toBe(tie.inferred);
      if (tie.inferred) inferred++;
    }
    // Each kind of inference occurs in the record, so each rule above is exercised.
    expect(corpus.meetings.some((m) => m.data.place.inferred)).toBe(true);
    expect(corpus.agreements.some((a) => a.data.parties.some((p) => p.inferred))).toBe(true);
    expect(corpus.agreements.some((a) => a.data.meeting?.inferred)).toBe(true);
    expect(inferred).toBeGreaterThan(2);
  });
});

describe('redirects', () => {
  it('send every alias and every former meeting id to its record', () => {
    const small: Corpus = {
      ...corpus,
      meetings: corpus.meetings.map((m, i) => (i === 0 ? { ...m, data: { ...m.data, formerIds: ['old-id'] } } : m)),
    };
    const redirects = buildGraph(small).redirects;
    expect(redirects).toContainEqual({ kind: 'meetings', from: 'old-id', to: corpus.meetings[0]!.id });
    expect(redirects).toContainEqual({ kind: 'people', from: 'rakhimzoda', to: 'ramazon-rahimzoda' });
    expect(redirects).toContainEqual({ kind: 'people', from: 'bobozhonov', to: 'pulat-bobojonov' });
    expect(new Set(redirects.map((r) => `${r.kind}/${r.from}`)).size).toBe(redirects.length);
  });
});

describe('name order', () => {
  // People and organizations of one country whose ids sort against their names (a renamed record keeps its id),
  // loaded id-first.
  const country = corpus.countries[0]!.id;
  const person = corpus.people[0]!;
  const organization = corpus.organizations[0]!;
  const named = <T extends { id: string; data: { name: string } }>(record: T, id: string, name: string): T => ({
    ...record,
    id,
    data: { ...record.data, name, country },
  });
  const small = buildGraph({
    ...corpus,
    people: [named(person, 'a-named', 'Zhou Zz'), named(person, 'b-named', 'Abai Aa')],
    organizations: [named(organization, 'a-named', 'Zhetysu Ministry'), named(organization, 'b-named', 'Agency A')],
  });
  const ours = (list: readonly { id: string }[]) => list.map((r) => r.id).filter((id) => id.endsWith('-named'));

  it("gives a country's people and organizations by name, whatever order their files load in", () => {
    expect(ours(small.peopleOfCountry(country))).toEqual(['b-named', 'a-named']);
    expect(ours(small.organizationsOfCountry(country))).toEqual(['b-named', 'a-named']);
    expect(ours(small.peopleByName)).toEqual(['b-named', 'a-named']);
    expect(ours(small.organizationsByName)).toEqual(['b-named', 'a-named']);
  });

  it('lists the organizations of no country apart, by name', () => {
    const ofNoCountry = (o: typeof organization, id: string, name: string) => ({
      ...named(o, id, name),
      data: { ...named(o, id, name).data, country: undefined },
    });
    const international = buildGraph({
      ...corpus,
      organizations: [
        ofNoCountry(organization, 'a-named', 'Zed Council'),
        named(organization, 'c-named', 'Aardvark Office'),
        ofNoCountry(organization, 'b-named', 'Alpha Bureau'),
      ],
    });
    expect(ours(international.organizationsOfNoCountry)).toEqual(['b-named', 'a-named']);
    expect(ours(international.organizationsOfCountry(country))).toEqual(['c-named']);
  });
});

describe('date order', () => {
  // Two records on one day whose titles and ids sort in opposite orders, loaded id-first; and two with one title,
  // loaded in the reverse of their ids' order.
  const sameDay = <T extends { id: string; data: { title: string; date: { value: string } } }>(
    record: T,
    rows: Array<[string, string]>,
  ): T[] =>
    rows.map(([id, title]) => ({ ...record, id, data: { ...record.data, title, date: { value: '2031-05-05' } } }));
  const rows: Array<[string, string]> = [
    ['a-same-day', 'Zeta talks'],
    ['b-same-day', 'Alpha talks'],
    ['d-same-day', 'Same talks'],
    ['c-same-day', 'Same talks'],
  ];
  const expected = ['b-same-day', 'c-same-day', 'd-same-day', 'a-same-day'];
  const small = buildGraph({
    ...corpus,
    meetings: [...corpus.meetings, ...sameDay(corpus.meetings[0]!, rows)],
    events: [...corpus.events, ...sameDay(corpus.events[0]!, rows)],
  });
  const onTheDay = (list: readonly { id: string }[]) => list.map((r) => r.id).filter((id) => id.endsWith('-same-day'));

  it('puts records of one day by title, then by id, whatever order their files load in', () => {
    expect(onTheDay(small.meetingsInOrder)).toEqual(expected);
    expect(onTheDay(small.eventsInOrder)).toEqual(expected);
    const participant = corpus.meetings[0]!.data.participants[0]!.person;
    expect(onTheDay(small.participationsOf(participant).map((p) => p.meeting))).toEqual(expected);
    expect(small.meetingsAround('c-same-day')).toMatchObject({
      earlier: { id: 'b-same-day' },
      later: { id: 'd-same-day' },
    });
  });

  it('is the same on the timeline, after its order of kinds', () => {
    const day = buildTimeline(small).filter((e) => e.date.value === '2031-05-05');
    expect(day.map((e) => `${e.kind}/${e.id}`)).toEqual([
      ...expected.map((id) => `meetings/${id}`),
      ...expected.map((id) => `events/${id}`),
    ]);
  });

  it('is one comparator: date, then title (numbers by value), then id', () => {
    const at = (value: string, title: string, id: string) => ({ id, title, date: { value } });
    expect(compareInDateOrder(at('2018-12-31', 'Z', 'z'), at('2019-01-01', 'A', 'a'))).toBeLessThan(0);
    expect(compareInDateOrder(at('2019-01-01', 'A', 'z'), at('2019-01-01', 'B', 'a'))).toBeLessThan(0);
    expect(compareInDateOrder(at('2019-01-01', 'Round 2', 'z'), at('2019-01-01', 'Round 10', 'a'))).toBeLessThan(0);
    expect(compareInDateOrder(at('2019-01-01', 'A', 'a'), at('2019-01-01', 'A', 'b'))).toBeLessThan(0);
    expect(compareInDateOrder(at('2019-01-01', 'A', 'a'), at('2019-01-01', 'A', 'a'))).toBe(0);
  });
});
