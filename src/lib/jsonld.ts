// schema.org JSON-LD for each record page: what a search engine or a
// reference manager reads from the page's head. Values are the record's as the
// sources state them. A fact the site infers (a date, a place, a party, a
// statement) is left out: schema.org has no way to mark an inference, and a
// machine reading the block would take it for the source's word. The page and
// the data files give it, marked, with its basis. The sources each record
// draws on are listed as `subjectOf`, because `isBasedOn` and `citation`
// belong to creative works, not to events, people or places. The country a
// person or an organization is filed under (the one they serve or belong to)
// is neither a nationality nor a location, which no source states, so it is
// not given: an embassy belongs to one country and stands in another. A source
// article was published elsewhere, at an address its capture does not give:
// this site's page of it is where it is kept (`archivedAt`), not its `url`.
// A person the site files under several spellings only by its inference
// (samePerson) is here the person its name is spelled as: the node draws on
// the sources that spell it so, and a meeting whose paragraphs spell it
// otherwise names its attendee as they do, not tied to that node.
import { parseCitation, sourcesCitedIn } from './citations';
import { datePrecision } from './dates';
import type { Graph } from './graph';
import { otherSpellings, spellingsCited } from './mentions';
import type { DatedFact, Person } from './schema';
import { absoluteUrl, entityUrl } from './urls';
import type { PageKind } from './kinds';

export type JsonLd = Record<string, unknown>;

/** The schema.org type of each kind of page. */
export const JSONLD_TYPES: Record<PageKind, string> = {
  meetings: 'Event',
  events: 'Event',
  people: 'Person',
  countries: 'Country',
  organizations: 'Organization',
  sources: 'NewsArticle',
  agreements: 'CreativeWork',
};

const CONTEXT = 'https://schema.org';

/** What the sources state: nothing when the site inferred it. */
const stated = <T extends { inferred: boolean }>(fact: T | undefined): T | undefined =>
  fact && !fact.inferred ? fact : undefined;

/**
 * A date the sources state as the date itself: not one the site infers, nor only the latest it can be, nor a period
 * of years ("2013/2014"), which says the thing happened some time within it. schema.org has no date for that: as a
 * start and an end it would say a meeting or a signing lasted two years, and as a Date it is not one.
 */
const statedDate = (date: DatedFact | undefined): DatedFact | undefined =>
  date && stated(date) && !date.onOrBefore && datePrecision(date.value) !== 'period' ? date : undefined;

/**
 * The paragraphs that spell a person's name as the site does, and their sources, when only the site's inference
 * (samePerson) makes the other spellings the same person; undefined when no inference does (the sources spell the
 * name one way).
 */
function ownName(person: Person): { paragraphs: Set<string>; sources: Set<string> } | undefined {
  if (!person.samePerson?.inferred) return undefined;
  const paragraphs = person.spellings.filter((s) => s.text === person.name).flatMap((s) => s.cites);
  return { paragraphs: new Set(paragraphs), sources: new Set(paragraphs.map((c) => parseCitation(c).source)) };
}

/** When a meeting or an event took place, at its own precision (a day, a month or a year). */
const dates = (date: DatedFact): { startDate?: string } => (statedDate(date) ? { startDate: date.value } : {});

/** The fragment that names a page's record, apart from the page itself: a source's article, or any other record. */
const nodeAnchor = (kind: PageKind): string => (kind === 'sources' ? 'article' : 'record');

/** A source article, by the @id its page gives it, its title in its language, kept at its page here. */
const sourceRef = (graph: Graph, id: string, site: string | URL) => ({
  '@type': JSONLD_TYPES.sources,
  '@id': entityUrl('sources', id, site, nodeAnchor('sources')),
  name: graph.title('sources', id),
  inLanguage: graph.source(id)?.data.language,
  archivedAt: entityUrl('sources', id, site),
});

export function jsonLdFor(graph: Graph, kind: PageKind, id: string, site: string | URL): JsonLd | undefined {
  const url = (k: PageKind, i: string, anchor?: string) => entityUrl(k, i, site, anchor);
  /** Another record, by the @id its own page gives it, so that a reader of several pages' data joins them. */
  const ref = (k: PageKind, i: string) => ({
    '@type': JSONLD_TYPES[k],
    '@id': url(k, i, nodeAnchor(k)),
    name: graph.title(k, i),
    url: url(k, i),
  });
  /** The source articles a record cites, as references to their pages. */
  const sourcesOf = (data: unknown, keep: (source: string) => boolean) =>
    sourcesCitedIn(data)
      .filter(keep)
      .map((s) => sourceRef(graph, s, site));
  const page = url(kind, id);
  /** A meeting's attendee: the person's node, or, where its paragraphs spell them otherwise, the name they give. */
  const attendee = (p: { person: string; cites: readonly string[] }) => {
    const person = graph.person(p.person)?.data;
    const own = person && ownName(person);
    if (!own || p.cites.some((c) => own.paragraphs.has(c))) return ref('people', p.person);
    // Unnamed where the record gives no spelling for its paragraphs: someone in the role, rather than the inference.
    const spelled = spellingsCited(person, p.cites)[0];
    return { '@type': JSONLD_TYPES.people, ...(spelled && { name: spelled.text }) };
  };
  /** The sources a record draws on, as references: for a person, those that spell the name as the site does. */
  const base = (name: string, data: unknown, only?: Set<string>): JsonLd => {
    const subjectOf = kind === 'sources' ? [] : sourcesOf(data, (s) => !only || only.has(s));
    return {
      '@context': CONTEXT,
      '@type': JSONLD_TYPES[kind],
      '@id': url(kind, id, nodeAnchor(kind)),
      name,
      ...(kind === 'sources' ? { archivedAt: page } : { url: page }),
      mainEntityOfPage: page,
      ...(subjectOf.length > 0 ? { subjectOf } : {}),
    };
  };

  switch (kind) {
    case 'meetings': {
      const m = graph.meeting(id)?.data;
      if (!m) return undefined;
      const place = stated(m.place) && graph.place(m.place.place)?.data;
      const occasion = stated(m.occasion);
      const country = place && graph.country(place.country)?.data;
      return {
        ...base(m.title, m),
        ...dates(m.date),
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        ...(place
          ? {
              location: {
                '@type': 'Place',
                name: place.name,
                geo: { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude },
                ...(country ? { containedInPlace: ref('countries', place.country) } : {}),
              },
            }
          : {}),
        // Each person in a Role that holds the office the meeting's source gives (schema.org's way of qualifying a
        // property): jobTitle on the person, whose @id is the person page's, would read as the office held now, and
        // a person at two meetings would hold both.
        attendee: m.participants.map((p) => ({ '@type': 'Role', roleName: p.role, attendee: attendee(p) })),
        ...(occasion ? { description: occasion.text } : {}),
      };
    }
    case 'events': {
      const e = graph.event(id)?.data;
      if (!e) return undefined;
      return {
        ...base(e.title, e),
        ...dates(e.date),
        ...(stated(e.summary) ? { description: e.summary.text } : {}),
      };
    }
    case 'people': {
      const p = graph.person(id)?.data;
      if (!p) return undefined;
      // Spellings from several sources are one person only by the site's inference (samePerson): as alternateName
      // they would be the sources' word.
      const alternateName = p.samePerson?.inferred ? [] : otherSpellings(p);
      const own = ownName(p)?.sources;
      const roles = p.roles.filter((r) => !own || r.cites.some((c) => own.has(parseCitation(c).source)));
      return {
        ...base(p.name, p, own),
        ...(alternateName.length > 0 ? { alternateName } : {}),
        // Not jobTitle, which reads as the office held now: each role is what a dated report gives, as on the page.
        ...(roles.length > 0
          ? { description: `Roles as the sources report them: ${roles.map((r) => r.title).join('; ')}.` }
          : {}),
      };
    }
    case 'countries': {
      const c = graph.country(id)?.data;
      if (!c) return undefined;
      return {
        ...base(c.name, c),
        identifier: { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 numeric', value: c.iso },
      };
    }
    case 'organizations': {
      const o = graph.organization(id)?.data;
      if (!o) return undefined;
      return {
        ...base(o.name, o),
        ...(o.abbreviation ? { alternateName: o.abbreviation.text } : {}),
      };
    }
    case 'sources': {
      const s = graph.source(id)?.data;
      if (!s) return undefined;
      return {
        ...base(s.title, s),
        // A title the site wrote for a capture with no headline is a name, not a headline.
        ...(s.titleIsEditorial ? {} : { headline: s.title }),
        // The site's English rendering of a headline is not the article's: schema.org's alternativeHeadline would say it is.
        // A date the text gives that the site only reads as the day of publication (publishedReading) is its reading.
        ...(statedDate(s.published) && !s.publishedReading ? { datePublished: s.published.value } : {}),
        inLanguage: s.language,
        // A name the capture gives only in a credit line may be the report's the text was taken from, not its publisher.
        ...(s.publisher?.creditOnly
          ? { creditText: s.publisher.name }
          : s.publisher
            ? { publisher: { '@type': 'Organization', name: s.publisher.name } }
            : {}),
      };
    }
    case 'agreements': {
      const a = graph.agreement(id)?.data;
      if (!a) return undefined;
      const parties = a.parties.filter((p) => stated(p));
      const signed = statedDate(a.signed);
      return {
        ...base(a.title, a),
        genre: a.kind,
        ...(signed ? { dateCreated: signed.value } : {}),
        ...(parties.length > 0 ? { creator: parties.map((p) => ref('organizations', p.organization)) } : {}),
      };
    }
  }
}

/** A file of the record, as the Data page lists it. */
export interface DataDownload {
  /** Site-absolute, without the base: "/data/record.json". */
  path: string;
  /** Its media type. */
  type: string;
  /** What it holds, after its name on the Data page. */
  about: string;
  /** A table's number of rows. */
  rows?: number;
}

/**
 * The Data page's description: the record as a schema.org Dataset, each file a DataDownload, based on the source
 * articles (each by the @id its page gives it), its version the day of the build.
 */
export function datasetJsonLd(
  graph: Graph,
  d: {
    site: string | URL;
    siteTitle: string;
    /** Who compiled it: the site's editors, as its citations name them. */
    editors: string;
    title: string;
    description: string;
    built: string;
    licence: string;
    downloads: DataDownload[];
  },
): JsonLd {
  const page = absoluteUrl('/data/', d.site);
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': `${page}#dataset`,
    name: d.title,
    description: d.description,
    url: page,
    version: d.built,
    dateModified: d.built,
    inLanguage: 'en',
    creator: { '@type': 'Organization', name: d.editors },
    publisher: { '@type': 'Organization', name: d.siteTitle },
    license: { '@type': 'CreativeWork', text: d.licence },
    isBasedOn: graph.corpus.sources.map((s) => sourceRef(graph, s.id, d.site)),
    distribution: d.downloads.map((file) => ({
      '@type': 'DataDownload',
      name: file.path.split('/').at(-1),
      encodingFormat: file.type,
      contentUrl: absoluteUrl(file.path, d.site),
    })),
  };
}

/** JSON for a <script type="application/ld+json"> element: no "<" can close the element, no "&" or ">" can start markup. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
