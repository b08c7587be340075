// The link index: who took part in which meeting, what cites what, what links to each record.
// A pure function of the records. The pages' copy is built once per build
// (content.ts) and every page reads from it, so no page walks the collections
// itself; the citation files build a second copy from the content files after
// the pages (src/integrations/citation-files.ts), and the tests build their own.
import { redirectsOf, type Redirect } from './aliases';
import { citationsIn, citationText } from './citations';
import { mentionsIn } from './mentions';
import { compareDates } from './dates';
import type { SourceParagraph } from './paragraphs';
import type { Agreement, Country, Event, Meeting, Organization, Person, Place, Revision, Source } from './schema';
import { revisionAnchors } from './revisions';
import { PAGE_KINDS, type PageKind } from './kinds';
import { inCodePointOrder, inEnglishOrder } from './order';

export interface Rec<T> {
  id: string;
  data: T;
}
export type SourceRec = Rec<Source> & { paragraphs: SourceParagraph[] };

export interface Corpus {
  sources: SourceRec[];
  meetings: Rec<Meeting>[];
  people: Rec<Person>[];
  countries: Rec<Country>[];
  organizations: Rec<Organization>[];
  places: Rec<Place>[];
  agreements: Rec<Agreement>[];
  events: Rec<Event>[];
}

/** A record that links to another, and through which fields. */
export interface Backlink {
  kind: PageKind;
  id: string;
  title: string;
  /** The title's language when it is not English. */
  lang?: string | undefined;
  /** The fields it links through, as a reader reads them ("a party", "participant: Minister of …"). */
  via: string[];
  /** The paragraphs of this source it cites, in the order met (a link to a source; none to any other record). */
  paragraphs: number[];
}

/** A record's newest revision: its day and kind, the record, and the revision's anchor on the record's page. */
export interface LastChange {
  date: string;
  change: Revision['kind'];
  kind: PageKind;
  id: string;
  anchor: string;
}

export interface Participation {
  meeting: Rec<Meeting>;
  role: string;
  cites: string[];
}

type Key = `${PageKind}:${string}`;
const key = (kind: PageKind, id: string): Key => `${kind}:${id}`;

/** What a backlink says of the field it comes through, by the field's first part ("topics.1.cites.0" → "topic"). */
const FIELD_LABELS: Record<string, string> = {
  participants: 'participant',
  place: 'place',
  topics: 'topic',
  outcomes: 'outcome',
  notes: 'note',
  occasion: 'occasion',
  date: 'date',
  summary: 'summary',
  published: 'publication date',
  interviewee: 'interviewee',
  publisher: 'publisher',
  capture: 'note on the capture',
  parties: 'party',
  signed: 'date signed',
  term: 'term',
  meeting: 'tie to a meeting',
  subjects: 'subject',
  maybeSameAs: 'may be the same agreement',
  spellings: 'spelling of the name',
  samePerson: 'identity across the spellings',
  roles: 'role',
  named: 'named in the text',
  country: 'country',
};

/** The reader's name for the field a link goes through; a field with no label is named as written. */
export function fieldLabel(field: string): string {
  const head = field.split('.')[0] ?? field;
  return FIELD_LABELS[head] ?? head;
}

/** "Signed at the end of this conference." as it reads after a title in parentheses: "signed at the end of this conference". */
function sentenceFragment(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

/** A link's label, marked when the fact it rests on is the site's inference (a place, a party, a tie to a meeting). */
function marked(label: string, fact: { inferred: boolean }): string {
  return fact.inferred ? `${label}, inferred` : label;
}

/** How a backlink reads after its title: "cites ¶3, ¶5; a party" ("cites" kept on the line of its first ¶). */
export function viaText({ via, paragraphs }: Pick<Backlink, 'via' | 'paragraphs'>): string {
  const cited = paragraphs.toSorted((a, b) => a - b).map((n) => `¶${n}`);
  return [...(cited.length ? [`cites\u00a0${cited.join(', ')}`] : []), ...via].join('; ');
}

/** Adds `item` to `list` unless it is there already. */
const addOnce = <T>(list: T[], item: T) => {
  if (!list.includes(item)) list.push(item);
};

/** What date order reads of a record: the date it is listed under, its title, its id. */
export interface DateOrdered {
  id: string;
  title: string;
  date: { value: string };
}

/** Records with the same date, or none: by title, then by id, so that no list depends on the order files load in. */
const byTitleThenId = (a: { id: string; title: string }, b: { id: string; title: string }): number =>
  inEnglishOrder(a.title, b.title) || inCodePointOrder(a.id, b.id);

/** People, countries and organizations by name, in English order whatever the build machine's locale, then by id. */
const byName = (a: { id: string; data: { name: string } }, b: { id: string; data: { name: string } }): number =>
  byTitleThenId({ id: a.id, title: a.data.name }, { id: b.id, title: b.data.name });

/**
 * The one date order of records, wherever a list gives them: by date, then on the same day by title, then by id. Lists
 * of meetings, events, sources and agreements, a meeting's neighbours and the timeline (after its kind order) agree.
 */
export const compareInDateOrder = (a: DateOrdered, b: DateOrdered): number =>
  compareDates(a.date.value, b.date.value) || byTitleThenId(a, b);

type Titled = { id: string; data: { title: string } };
const orderKey = (record: Titled, date: { value: string }): DateOrdered => ({
  id: record.id,
  title: record.data.title,
  date,
});

/** A comparator of records in date order by one of their dates: `byDate((m) => m.data.date)`. */
export const byDate =
  <T extends Titled>(dateOf: (record: T) => { value: string }) =>
  (a: T, b: T): number =>
    compareInDateOrder(orderKey(a, dateOf(a)), orderKey(b, dateOf(b)));

const byMeetingDate = byDate((m: Rec<Meeting>) => m.data.date);

/** Agreements in order of signing, as every list of them shows them; those with no date of signing last, by title. */
export function bySigning(a: Rec<Agreement>, b: Rec<Agreement>): number {
  const [x, y] = [a.data.signed, b.data.signed];
  if (x && y) return compareInDateOrder(orderKey(a, x), orderKey(b, y));
  if (x || y) return x ? -1 : 1;
  return byTitleThenId({ id: a.id, title: a.data.title }, { id: b.id, title: b.data.title });
}

export function buildGraph(corpus: Corpus) {
  // A map of each kind, looked up by the id alone: every link on every page asks for its title.
  const titles: Record<PageKind, Map<string, string>> = {
    sources: new Map(corpus.sources.map((s) => [s.id, s.data.title])),
    meetings: new Map(corpus.meetings.map((m) => [m.id, m.data.title])),
    people: new Map(corpus.people.map((p) => [p.id, p.data.name])),
    countries: new Map(corpus.countries.map((c) => [c.id, c.data.name])),
    organizations: new Map(corpus.organizations.map((o) => [o.id, o.data.name])),
    agreements: new Map(corpus.agreements.map((a) => [a.id, a.data.title])),
    events: new Map(corpus.events.map((e) => [e.id, e.data.title])),
  };
  const title = (kind: PageKind, id: string) => titles[kind].get(id) ?? id;
  // A source's headline stays in its language; pages mark it (lang) wherever it is shown.
  const titleLangs = new Map<string, string>();
  for (const s of corpus.sources) if (s.data.language !== 'en') titleLangs.set(s.id, s.data.language);
  const titleLang = (kind: PageKind, id: string) => (kind === 'sources' ? titleLangs.get(id) : undefined);
  // Each record's newest revision (the revisions being oldest first), with its anchor on the record's page.
  const newestRevision = new Map<Key, LastChange>();
  for (const kind of PAGE_KINDS)
    for (const r of corpus[kind] as Array<Rec<{ revisions: Revision[] }>>) {
      const last = r.data.revisions.at(-1);
      const anchor = revisionAnchors(r.data.revisions).at(-1);
      if (last && anchor)
        newestRevision.set(key(kind, r.id), { date: last.date, change: last.kind, kind, id: r.id, anchor });
    }

  const places = new Map(corpus.places.map((p) => [p.id, p]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const organizations = new Map(corpus.organizations.map((o) => [o.id, o]));
  const meetings = new Map(corpus.meetings.map((m) => [m.id, m]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const countries = new Map(corpus.countries.map((c) => [c.id, c]));
  const agreements = new Map(corpus.agreements.map((a) => [a.id, a]));
  const events = new Map(corpus.events.map((e) => [e.id, e]));
  const group = <T>(items: T[], by: (item: T) => Array<string | undefined>) => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      for (const k of by(item)) {
        if (k === undefined) continue;
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
    }
    return out;
  };
  // Every list of people, countries or organizations gives them by name, whatever order their files load in.
  const peopleByName = [...corpus.people].sort(byName);
  const countriesByName = [...corpus.countries].sort(byName);
  const organizationsByName = [...corpus.organizations].sort(byName);
  const peopleByCountry = group(peopleByName, (p) => [p.data.country]);
  const organizationsByCountry = group(organizationsByName, (o) => [o.data.country]);

  const backlinkFrom = ([kind, id]: [PageKind, string]): Backlink => ({
    kind,
    id,
    title: title(kind, id),
    lang: titleLang(kind, id),
    via: [],
    paragraphs: [],
  });
  /** The backlink from `from` among `links`, added the first time it is asked for. */
  const backlinkIn = <K>(links: Map<K, Map<Key, Backlink>>, to: K, from: [PageKind, string]): Backlink => {
    const target = links.get(to) ?? links.set(to, new Map()).get(to)!;
    const k = key(...from);
    return target.get(k) ?? target.set(k, backlinkFrom(from)).get(k)!;
  };

  // Every link between records, once.
  const backlinks = new Map<Key, Map<Key, Backlink>>();
  /** The backlink `from` gives `to`; none from a record to itself (a source dated by its own paragraph). */
  const backlinkBetween = (from: [PageKind, string], to: [PageKind, string | undefined]): Backlink | undefined =>
    to[1] === undefined || (to[0] === from[0] && to[1] === from[1])
      ? undefined
      : backlinkIn(backlinks, key(to[0], to[1]), from);
  const link = (from: [PageKind, string], to: [PageKind, string | undefined], via: string) => {
    const backlink = backlinkBetween(from, to);
    if (backlink) addOnce(backlink.via, via);
  };

  // Source paragraphs: which records cite each one, through which fields. A record's statements also link to the
  // people they name (mentions).
  const citedBy = new Map<string, Map<Key, Backlink>>();
  const linkCitationsAndMentions = (from: [PageKind, string], data: unknown) => {
    for (const c of citationsIn(data)) {
      addOnce(backlinkIn(citedBy, citationText(c), from).via, fieldLabel(c.field));
      const source = backlinkBetween(from, ['sources', c.source]);
      if (source) addOnce(source.paragraphs, c.paragraph);
    }
    for (const m of mentionsIn(data)) link(from, ['people', m.person], `its ${fieldLabel(m.field)} names this person`);
  };

  const countriesOfMeeting = new Map<string, string[]>();
  const participations = new Map<string, Participation[]>();
  for (const m of corpus.meetings) {
    const from: [PageKind, string] = ['meetings', m.id];
    const countries = new Set<string>();
    const place = places.get(m.data.place.place);
    if (place) {
      countries.add(place.data.country);
      link(from, ['countries', place.data.country], marked('held in this country', m.data.place));
    }
    for (const p of m.data.participants) {
      link(from, ['people', p.person], `participant: ${p.role}`);
      const person = people.get(p.person);
      if (person) {
        countries.add(person.data.country);
        link(from, ['countries', person.data.country], 'a participant is of this country');
      }
      const list = participations.get(p.person) ?? [];
      list.push({ meeting: m, role: p.role, cites: p.cites });
      participations.set(p.person, list);
    }
    countriesOfMeeting.set(m.id, [...countries].sort());
    linkCitationsAndMentions(from, m.data);
  }
  // Oldest first, sorted once here rather than on every page and table that lists a person's meetings.
  for (const list of participations.values()) list.sort((a, b) => byMeetingDate(a.meeting, b.meeting));
  for (const p of corpus.people) {
    link(['people', p.id], ['countries', p.data.country], 'of this country');
    linkCitationsAndMentions(['people', p.id], p.data);
  }
  for (const o of corpus.organizations) {
    link(['organizations', o.id], ['countries', o.data.country], 'of this country');
    linkCitationsAndMentions(['organizations', o.id], o.data);
  }
  for (const c of corpus.countries) linkCitationsAndMentions(['countries', c.id], c.data);
  const interviews = group(corpus.sources, (s) => [s.data.interviewee?.person]);
  for (const s of corpus.sources) {
    link(['sources', s.id], ['people', s.data.interviewee?.person], 'an interview with this person');
    linkCitationsAndMentions(['sources', s.id], s.data);
  }

  const agreementsOf = new Map<Key, Rec<Agreement>[]>();
  const addAgreement = (k: Key, a: Rec<Agreement>) =>
    addOnce(agreementsOf.get(k) ?? agreementsOf.set(k, []).get(k)!, a);
  // An agreement's countries are its parties' countries.
  const countriesOfAgreement = new Map<string, string[]>();
  for (const a of corpus.agreements) {
    const from: [PageKind, string] = ['agreements', a.id];
    const countries = new Set<string>();
    for (const party of a.data.parties) {
      link(from, ['organizations', party.organization], marked('a party', party));
      addAgreement(key('organizations', party.organization), a);
      const country = organizations.get(party.organization)?.data.country;
      if (country) {
        countries.add(country);
        link(from, ['countries', country], marked('a party is of this country', party));
        addAgreement(key('countries', country), a);
      }
    }
    countriesOfAgreement.set(a.id, [...countries].sort());
    if (a.data.meeting) {
      link(
        from,
        ['meetings', a.data.meeting.meeting],
        marked(sentenceFragment(a.data.meeting.relation), a.data.meeting),
      );
      addAgreement(key('meetings', a.data.meeting.meeting), a);
    }
    for (const same of a.data.maybeSameAs) link(from, ['agreements', same.agreement], 'may be the same agreement');
    linkCitationsAndMentions(from, a.data);
  }
  for (const list of agreementsOf.values()) list.sort(bySigning);

  for (const e of corpus.events) {
    const from: [PageKind, string] = ['events', e.id];
    for (const c of e.data.countries) link(from, ['countries', c], 'concerns this country');
    for (const o of e.data.organizations) link(from, ['organizations', o], 'concerns this organization');
    for (const p of e.data.people) link(from, ['people', p], 'concerns this person');
    for (const m of e.data.meetings) link(from, ['meetings', m], 'concerns this meeting');
    linkCitationsAndMentions(from, e.data);
  }

  // The newest change a page shows: to its own record or to a record linked with it either way, whose titles, dates
  // and roles it lists; the record's own change first on the same day. Once per build, over the links.
  const linkedWith = new Map<Key, Set<Key>>();
  for (const [to, from] of backlinks)
    for (const k of from.keys()) {
      linkedWith.set(to, (linkedWith.get(to) ?? new Set<Key>()).add(k));
      linkedWith.set(k, (linkedWith.get(k) ?? new Set<Key>()).add(to));
    }
  const lastChange = new Map<Key, LastChange>();
  for (const kind of PAGE_KINDS)
    for (const r of corpus[kind] as Array<{ id: string }>) {
      const own = key(kind, r.id);
      let newest = newestRevision.get(own);
      for (const k of linkedWith.get(own) ?? []) {
        const other = newestRevision.get(k);
        if (other && (!newest || other.date > newest.date)) newest = other;
      }
      if (newest) lastChange.set(own, newest);
    }

  const sortedBacklinks = (k: Key): Backlink[] =>
    [...(backlinks.get(k)?.values() ?? [])].sort(
      (a, b) => inCodePointOrder(a.kind, b.kind) || inEnglishOrder(a.title, b.title),
    );

  const redirects: Redirect[] = redirectsOf(corpus);

  const meetingsInOrder = [...corpus.meetings].sort(byMeetingDate);
  const eventsInOrder = [...corpus.events].sort(byDate((e) => e.data.date));
  const positionInOrder = new Map(meetingsInOrder.map((m, i) => [m.id, i]));
  const meetingsByCountry = group(meetingsInOrder, (m) => countriesOfMeeting.get(m.id) ?? []);

  return {
    corpus,
    /** Whether a record of this kind has this id (its own, not a former id or an alias). */
    has: (kind: PageKind, id: string) => titles[kind].has(id),
    title,
    /** The language of a title that is not in English, for its lang attribute; undefined for English. */
    titleLang,
    /**
     * The newest correction or addition to a record or to a record linked with it either way (whose titles, dates and
     * roles its page shows), if any: the record's own on a day both changed.
     */
    lastChange: (kind: PageKind, id: string) => lastChange.get(key(kind, id)),
    place: (id: string) => places.get(id),
    person: (id: string) => people.get(id),
    organization: (id: string) => organizations.get(id),
    meeting: (id: string) => meetings.get(id),
    source: (id: string) => sources.get(id),
    agreement: (id: string) => agreements.get(id),
    event: (id: string) => events.get(id),
    /** How a citation names a source: its short title ("Kazinform (2019)"). */
    citedAs: (sourceId: string) => sources.get(sourceId)?.data.shortTitle ?? sourceId,
    country: (id: string) => countries.get(id),
    /** Every meeting in date order (compareInDateOrder), as /meetings/ lists them. */
    meetingsInOrder,
    /** A meeting's place in meetingsInOrder (-1 for an unknown id). */
    meetingPosition: (meetingId: string) => positionInOrder.get(meetingId) ?? -1,
    /** Every event in date order (compareInDateOrder). */
    eventsInOrder,
    /** The meetings just before and after this one in date order, as /meetings/ lists them. */
    meetingsAround: (meetingId: string): { earlier: Rec<Meeting> | undefined; later: Rec<Meeting> | undefined } => {
      const i = positionInOrder.get(meetingId);
      if (i === undefined) return { earlier: undefined, later: undefined };
      return { earlier: meetingsInOrder[i - 1], later: meetingsInOrder[i + 1] };
    },
    /** Every meeting a person took part in, with the role held there, oldest first. */
    participationsOf: (personId: string): readonly Participation[] => participations.get(personId) ?? [],
    /** The sources that interview a person, in the record's order of sources. */
    interviewsOf: (personId: string): readonly SourceRec[] => interviews.get(personId) ?? [],
    countriesOfMeeting: (meetingId: string) => countriesOfMeeting.get(meetingId) ?? [],
    /** The countries of an agreement's parties, by id. */
    countriesOfAgreement: (agreementId: string) => countriesOfAgreement.get(agreementId) ?? [],
    meetingsOfCountry: (countryId: string) => meetingsByCountry.get(countryId) ?? [],
    /** Every person by name (byName). */
    peopleByName,
    /** Every country by name. */
    countriesByName,
    /** Every organization by name. */
    organizationsByName,
    /** A country's people, by name. */
    peopleOfCountry: (countryId: string) => peopleByCountry.get(countryId) ?? [],
    /** A country's organizations, by name. */
    organizationsOfCountry: (countryId: string) => organizationsByCountry.get(countryId) ?? [],
    /** Organizations filed under no country (international bodies, one whose country the sources do not give), by name. */
    organizationsOfNoCountry: organizationsByName.filter((o) => !o.data.country),
    agreementsOf: (kind: PageKind, id: string) => agreementsOf.get(key(kind, id)) ?? [],
    /** Records that cite one paragraph of a source. */
    citedBy: (sourceId: string, n: number): Backlink[] => [
      ...(citedBy.get(citationText({ source: sourceId, paragraph: n }))?.values() ?? []),
    ],
    /** Every record that links to this one. */
    backlinksTo: (kind: PageKind, id: string) => sortedBacklinks(key(kind, id)),
    redirects,
  };
}

export type Graph = ReturnType<typeof buildGraph>;
