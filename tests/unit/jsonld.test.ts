// JSON-LD: every record's description, and JSON that no text can break out of.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph';
import { JSONLD_TYPES, jsonLdFor, serializeJsonLd } from '../../src/lib/jsonld';
import type { PageKind } from '../../src/lib/urls';
import { realCorpus } from '../helpers/corpus';

const corpus = realCorpus();
const graph = buildGraph(corpus);
const SITE = 'https://ld.example.org';

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
        expect(data['url']).toBe(`${SITE}/${kind}/${id}/`);
      }
      expect(jsonLdFor(graph, kind, 'no-such-record', SITE)).toBeUndefined();
    }
  });

  it('gives a period of years as a start and an end', () => {
    const e = corpus.events[0]!;
    const g = buildGraph({
      ...corpus,
      events: [{ ...e, data: { ...e.data, date: { ...e.data.date, value: '2014/2015' } } }],
    });
    expect(jsonLdFor(g, 'events', e.id, SITE)).toMatchObject({ startDate: '2014', endDate: '2015' });
  });
});
