// JSON-LD: every record's description, and JSON that no text can break out of.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph';
import { JSONLD_TYPES, jsonLdFor, serializeJsonLd } from '../../src/lib/jsonld';
import type { PageKind } from '../../src/lib/kinds';
import { citedParagraph } from '../../src/lib/quotations';
import { validateTree } from '../../src/lib/validate';
import { realCorpus } from '../helpers/corpus';
import { contentTree } from '../helpers/tree';

const corpus = realCorpus();
const { paragraphs } = validateTree(contentTree());
const graph = buildGraph(corpus);
const SITE = 'https://ld.example.org';
/** A period of years ("2013/2014"), some time within it, is no schema.org date: a date the JSON-LD leaves out. */
const unlessPeriod = (value: string) => (/^\d{4}\/\d{4}$/.test(value) ? undefined : value);

describe('serializeJsonLd', () => {
  it('writes no character that could close the script element or start markup, and parses back', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028 \u2029' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('jsonLdFor', () => {
  it('describes every record of every kind, with its page URL, and nothing for an unknown id', () => {
    const kinds = Object.keys(JSONLD_TYPES) as PageKind[];
    for (const kind of kinds) {
      const list = corpus[kind] as Array<{ id: string }>;
      expect(list.length, kind).toBeGreaterThan(0);
      for (const { id } of list) {
        const data = jsonLdFor(graph, kind, id, SITE)!;
        expect(data['@type']).toBe(JSONLD_TYPES[kind]);
        expect(data['name']).toBe(graph.title(kind, id));
        // A source article was published elsewhere: its page here is where it is kept, not its address.
        expect(data[kind === 'sources' ? 'archivedAt' : 'url']).toBe(`${SITE}/${kind}/${id}/`);
        if (kind === 'sources') expect(data).not.toHaveProperty('url');
      }
      expect(jsonLdFor(graph, kind, 'no-such-record', SITE)).toBeUndefined();
    }
  });

  it('gives every fact the sources state and leaves out every fact the site inferred', () => {
    /** For each kind of fact, whether it was seen inferred, stated, or both. */
    const seen = new Map<string, Set<boolean>>();
    const check = (
      kind: string,
      record: string,
      fact: { inferred: boolean } | undefined,
      got: unknown,
      value: unknown,
    ) => {
      if (!fact) return expect(got, `${record}: ${kind}`).toBeUndefined();
      seen.set(kind, (seen.get(kind) ?? new Set()).add(fact.inferred));
      expect(got, `${record}: ${kind} (${fact.inferred ? 'inferred' : 'stated'})`).toEqual(
        fact.inferred ? undefined : value,
      );
    };
    for (const { id, data: m } of corpus.meetings) {
      const ld = jsonLdFor(graph, 'meetings', id, SITE) as any;
      check('date', id, m.date, ld.startDate, unlessPeriod(m.date.value));
      const place = corpus.places.find((p) => p.id === m.place.place)!.data;
      check('place', id, m.place, ld.location?.name, place.name);
      check('statement', id, m.occasion, ld.description, m.occasion?.text);
    }
    for (const { id, data: e } of corpus.events) {
      const ld = jsonLdFor(graph, 'events', id, SITE) as any;
      check('date', id, e.date, ld.startDate, unlessPeriod(e.date.value));
      check('statement', id, e.summary, ld.description, e.summary.text);
    }
    for (const { id, data: s } of corpus.sources) {
      const ld = jsonLdFor(graph, 'sources', id, SITE) as any;
      // A date the text gives that the site only reads as the day of publication (an interview's) is its reading.
      if (s.publishedReading) expect(ld.datePublished, id).toBeUndefined();
      else check('publication date', id, s.published, ld.datePublished, s.published.value);
    }
    expect(corpus.sources.some((s) => s.data.publishedReading)).toBe(true);
    for (const { id, data: a } of corpus.agreements) {
      const ld = jsonLdFor(graph, 'agreements', id, SITE) as any;
      check('date', id, a.signed, ld.dateCreated, a.signed && unlessPeriod(a.signed.value));
      const creators: string[] = (ld.creator ?? []).map((c: { url: string }) => c.url);
      for (const p of a.parties) {
        const url = `${SITE}/organizations/${p.organization}/`;
        check(
          'party',
          id,
          p,
          creators.find((u) => u === url),
          url,
        );
      }
    }
    // The real record has each of these facts both stated and inferred, so each rule above is exercised.
    for (const kind of ['date', 'place', 'publication date', 'party'])
      expect(seen.get(kind), kind).toEqual(new Set([true, false]));
  });

  it('ties spellings to one person only where the sources do: a person filed as one by inference is the name’s own', () => {
    // samePerson inferred: the spellings are one person by the site's reading, which schema.org cannot mark. Read
    // against the paragraphs themselves: a person's node is tied only to what spells the name as the site does.
    const text = (cite: string) => citedParagraph(paragraphs, cite) ?? '';
    const spellsName = (cites: readonly string[], name: string) => cites.some((c) => text(c).includes(name));
    const seen = new Set<string>();
    for (const { id, data: m } of corpus.meetings) {
      const ld = jsonLdFor(graph, 'meetings', id, SITE) as any;
      m.participants.forEach((p, i) => {
        const person = corpus.people.find((x) => x.id === p.person)!.data;
        const got = ld.attendee[i].attendee;
        if (got['@id'] !== undefined) {
          // Tied to the person's node: the sources' word, either one spelling or the site's own in these paragraphs.
          expect(got['@id'], id).toBe(`${SITE}/people/${p.person}/#record`);
          expect(!person.samePerson?.inferred || spellsName(p.cites, person.name), `${id} ${p.person}`).toBe(true);
          seen.add(person.samePerson?.inferred ? 'tied, the name spelled so' : 'tied');
          return;
        }
        // Not tied: only by inference the same person, named as these paragraphs spell them, and nothing more.
        expect(person.samePerson?.inferred, `${id} ${p.person}`).toBe(true);
        expect(spellsName(p.cites, person.name), `${id} ${p.person}`).toBe(false);
        expect(Object.keys(got).sort(), `${id} ${p.person}`).toEqual(['@type', 'name']);
        expect(got.name).not.toBe(person.name);
        expect(spellsName(p.cites, got.name), `${id} ${p.person}: ${got.name}`).toBe(true);
        seen.add('named as spelled');
      });
    }
    for (const { id, data: person } of corpus.people) {
      const ld = jsonLdFor(graph, 'people', id, SITE) as any;
      if (!person.samePerson?.inferred) continue;
      // Every source it draws on spells the name as the site does; one that does not is left out.
      const about = (ld.subjectOf ?? []).map((s: { archivedAt: string }) => s.archivedAt.split('/').at(-2));
      const bySource = (source: string) => (paragraphs.get(source) ?? []).some((p) => p.text.includes(person.name));
      expect(about.length, id).toBeGreaterThan(0);
      for (const source of about) expect(bySource(source), `${id}: ${source}`).toBe(true);
      const cited = [...new Set(person.named.map((c) => c.split('#')[0]!))];
      expect(cited.filter((source) => !about.includes(source)).length, id).toBeGreaterThan(0);
      for (const source of cited.filter((x) => !about.includes(x)))
        expect(bySource(source), `${id}: ${source}`).toBe(false);
      // The roles those sources report, and no role only the others do.
      for (const role of person.roles)
        expect(ld.description.includes(role.title), `${id}: ${role.title}`).toBe(
          role.cites.some((c) => bySource(c.split('#')[0]!)),
        );
      seen.add('person');
    }
    // The real record has each case: Almaty's report spells two ministers otherwise than the site does.
    expect([...seen].sort()).toEqual(['named as spelled', 'person', 'tied', 'tied, the name spelled so']);
  });

  it('leaves out a statement the site inferred, which the real record does not have: an occasion, an event’s summary', () => {
    const m = corpus.meetings.find((x) => x.data.occasion)!;
    const e = corpus.events[0]!;
    const inferred = <T extends object>(fact: T) => ({ ...fact, inferred: true, basis: 'The site’s reading.' });
    const g = buildGraph({
      ...corpus,
      meetings: [{ ...m, data: { ...m.data, occasion: inferred(m.data.occasion!) } }],
      events: [{ ...e, data: { ...e.data, summary: inferred(e.data.summary) } }],
    });
    expect(jsonLdFor(graph, 'meetings', m.id, SITE)).toHaveProperty('description', m.data.occasion!.text);
    expect(jsonLdFor(g, 'meetings', m.id, SITE)).not.toHaveProperty('description');
    expect(jsonLdFor(graph, 'events', e.id, SITE)).toHaveProperty('description', e.data.summary.text);
    expect(jsonLdFor(g, 'events', e.id, SITE)).not.toHaveProperty('description');
  });

  it('gives no person a nationality and no organization a location: the country the site files each under is neither', () => {
    // A person is filed under the country they serve, an organization under the one it belongs to (the Data page
    // says so): no source states anyone's nationality, and the US embassy in Dushanbe belongs to one country and
    // stands in another.
    expect(corpus.people.length).toBeGreaterThan(0);
    expect(corpus.organizations.filter((o) => o.data.country).length).toBeGreaterThan(0);
    for (const { id } of corpus.people)
      expect(jsonLdFor(graph, 'people', id, SITE), id).not.toHaveProperty('nationality');
    for (const { id } of corpus.organizations)
      expect(jsonLdFor(graph, 'organizations', id, SITE), id).not.toHaveProperty('location');
  });

  it('gives no date that is a period of years, some time within it, which schema.org cannot say', () => {
    // As a start and an end it said an event lasted both years; "2013/2014" is not a schema.org Date either.
    const e = corpus.events[0]!;
    const a = corpus.agreements.find((x) => x.data.signed)!;
    const period = <T extends object>(d: T) => ({ ...d, value: '2014/2015', inferred: false, onOrBefore: false });
    const g = buildGraph({
      ...corpus,
      events: [{ ...e, data: { ...e.data, date: period(e.data.date) } }],
      agreements: [{ ...a, data: { ...a.data, signed: period(a.data.signed!) } }],
    });
    const event = jsonLdFor(g, 'events', e.id, SITE);
    expect(event).not.toHaveProperty('startDate');
    expect(event).not.toHaveProperty('endDate');
    expect(jsonLdFor(g, 'agreements', a.id, SITE)).not.toHaveProperty('dateCreated');
  });

  it('gives no date that is only the latest it can be, even one the sources state', () => {
    const m = corpus.meetings[0]!;
    const s = corpus.sources[0]!;
    const a = corpus.agreements.find((x) => x.data.signed)!;
    /** The record with its date stated by the sources, as the date itself or only as the latest it can be. */
    const withDates = (onOrBefore: boolean) => {
      const date = <T extends object>(d: T) => ({ ...d, inferred: false, basis: undefined, onOrBefore });
      return buildGraph({
        ...corpus,
        meetings: [{ ...m, data: { ...m.data, date: date(m.data.date) } }],
        sources: corpus.sources.map((x) =>
          x.id === s.id ? { ...x, data: { ...x.data, published: date(x.data.published) } } : x,
        ),
        agreements: [{ ...a, data: { ...a.data, signed: date(a.data.signed!) } }],
      });
    };
    const [exact, bound] = [withDates(false), withDates(true)];
    expect(jsonLdFor(exact, 'meetings', m.id, SITE)).toHaveProperty('startDate', m.data.date.value);
    expect(jsonLdFor(bound, 'meetings', m.id, SITE)).not.toHaveProperty('startDate');
    expect(jsonLdFor(exact, 'sources', s.id, SITE)).toHaveProperty('datePublished', s.data.published.value);
    expect(jsonLdFor(bound, 'sources', s.id, SITE)).not.toHaveProperty('datePublished');
    expect(jsonLdFor(exact, 'agreements', a.id, SITE)).toHaveProperty('dateCreated', a.data.signed!.value);
    expect(jsonLdFor(bound, 'agreements', a.id, SITE)).not.toHaveProperty('dateCreated');
  });
});
