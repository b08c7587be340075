// A record page's description, which a search result, a shared link and a search engine show with no mark beside the
// title (src/lib/descriptions.ts): what the page holds, only that, and what the site infers said in words.
import { describe, expect, it } from 'vitest';
import {
  agreementDescription,
  countryDescription,
  eventDescription,
  meetingDescription,
  organizationDescription,
  personDescription,
} from '../../src/lib/descriptions';
import { realGraph } from '../helpers/corpus';
import { datedWords } from '../helpers/dates';

const graph = realGraph();
const { corpus } = graph;
const NONE = { people: false, meetings: false, agreements: false, organizations: false };
const role = (title: string) => ({ title, cites: ['a-source#p1'] });

describe('a country page’s description', () => {
  it.each([
    [{ ...NONE, people: true, meetings: true, organizations: true }, 'its people, meetings and organizations'],
    [{ ...NONE, agreements: true }, 'its agreements'],
    [NONE, 'what the sources say of it'],
  ])('names the lists the page has, only those (%o)', (lists, words) => {
    expect(countryDescription({ name: 'Kazakhstan' }, lists)).toBe(`Kazakhstan in the record: ${words}.`);
  });

  it('starts with the name as a sentence starts with it, “the” where the record says the name takes it', () => {
    expect(countryDescription({ name: 'United States', article: 'the' }, { ...NONE, meetings: true })).toBe(
      'The United States in the record: its meetings.',
    );
  });
});

describe('a person page’s description', () => {
  it.each([
    [{ meetings: true, peopleMet: true }, ': meetings and the people met, as the sources report them'],
    [{ meetings: true, peopleMet: false }, ': meetings, as the sources report them'],
    [{ meetings: false, peopleMet: false }, ''],
  ])('gives every role as reported, and the lists the page has (%o)', (lists, words) => {
    const person = { name: 'Ana Example', roles: [role('Minister of Internal Affairs'), role('Deputy Prosecutor')] };
    expect(personDescription(person, lists)).toBe(
      `Ana Example, reported as Minister of Internal Affairs and Deputy Prosecutor${words}.`,
    );
  });
});

describe('a meeting page’s description', () => {
  it('gives its title, its date in words, what the page lists, and where it was held, saying when the site infers it', () => {
    for (const m of corpus.meetings) {
      const text = meetingDescription(graph, m.data);
      const place = graph.place(m.data.place.place)!.data;
      const lists = ['participants', m.data.topics.length > 0 && 'topics', m.data.outcomes.length > 0 && 'outcomes']
        .filter(Boolean)
        .join(', ')
        .replace(/, ([a-z]+)$/, ' and $1');
      expect(text.startsWith(`${m.data.title}, `), text).toBe(true);
      expect(text, m.id).toContain(datedWords(m.data.date));
      expect(text, m.id).toContain(`: ${lists}, each cited to its source paragraph.`);
      const where = `Held in ${place.name}, ${graph.title('countries', place.country)}`;
      expect(
        text.endsWith(m.data.place.inferred ? ` ${where} (place inferred by the site).` : ` ${where}.`),
        text,
      ).toBe(true);
    }
    // The real record has meetings with and without outcomes, and places named and inferred.
    expect(new Set(corpus.meetings.map((m) => m.data.outcomes.length > 0))).toEqual(new Set([true, false]));
    expect(new Set(corpus.meetings.map((m) => m.data.place.inferred))).toEqual(new Set([true, false]));
  });
});

describe('the other record pages’ descriptions', () => {
  it('name the record first, and an event’s date in words', () => {
    for (const e of corpus.events) {
      expect(eventDescription(e.data).startsWith(`${e.data.title}, `), e.id).toBe(true);
      expect(eventDescription(e.data), e.id).toContain(datedWords(e.data.date));
      expect(
        eventDescription(e.data).endsWith(': what happened, as the source reports it, cited to its paragraph.'),
      ).toBe(true);
    }
    expect(agreementDescription({ title: 'A protocol' })).toBe(
      'A protocol: what the sources say of it, each fact cited to its source paragraph.',
    );
    expect(organizationDescription({ name: 'Interpol' })).toBe(
      'Interpol: what the sources say of it, and every paragraph that names it.',
    );
  });
});
