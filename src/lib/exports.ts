// The record as data: one table per kind of record (rows for CSV), each column documented for the Data page
// (record.json and its JSON Schema: record-file.ts). Pure functions of the graph and the site's address.
import { stringify } from 'csv-stringify/sync';
import { citationsIn } from './citations';
import { datePrecision } from './dates';
import type { Graph, Rec, SourceRec } from './graph';
import {
  FORMULA_START,
  LIST_SEPARATOR,
  type Agreement,
  type Country,
  type DatedFact,
  type Event,
  type Meeting,
  type Organization,
  type Statement,
} from './schema';
import { spellingsCited } from './mentions';
import { absoluteUrl, entityUrl, paragraphPath } from './urls';
import type { PageKind } from './kinds';

/** How the files may be reused, stated on the Data page and in record.json. */
export const DATA_LICENCE =
  'The source texts belong to their publishers; the site quotes them, and translates those not in English, for research. The structured record in these files (ids, dates, places, participants, roles, links and citations) and the site’s own words in it (such as its titles, summaries, topics, outcomes, notes and the bases of its inferences) were compiled and written by the site’s editors, and may be reused with attribution to the site and a link to it.';

/** Cells that hold several values join them with this (the schema keeps it out of each value). */
export { LIST_SEPARATOR };

type ColumnType = 'text' | 'id' | 'code' | 'integer' | 'number' | 'boolean' | 'date' | 'precision' | 'url' | 'list';

/** How the Data page names each column type. */
export const COLUMN_TYPE_LABEL: Record<ColumnType, string> = {
  text: 'text',
  id: 'id (letters, digits, hyphens)',
  code: 'code (digits, read as text)',
  integer: 'whole number',
  number: 'decimal number',
  boolean: 'true / false',
  date: 'partial date',
  precision: 'day / month / year / period',
  url: 'absolute URL',
  list: 'list',
};

/** A column's example on the Data page: its first value that says something (not empty, not a zero count). */
export function columnExample(rows: Row[], column: string): string {
  const values = rows.map((r) => r[column] ?? '').filter((v) => v !== '');
  return values.find((v) => v !== '0') ?? values[0] ?? '';
}

interface Column<R> {
  name: string;
  type: ColumnType;
  meaning: string;
  value: (record: R) => string | number | boolean | undefined | string[];
}

export type Row = Record<string, string>;

interface Table {
  /** File stem: "meetings" is /data/meetings.csv. */
  name: string;
  about: string;
  columns: Array<{ name: string; type: ColumnType; meaning: string }>;
  rows: Row[];
}

/** How a cell is written: lists joined, booleans as true/false, nothing as an empty cell. */
export function cell(value: string | number | boolean | undefined | null | string[]): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

function table<R>(name: string, about: string, columns: Array<Column<R>>, records: R[]): Table {
  return {
    name,
    about,
    columns: columns.map(({ name, type, meaning }) => ({ name, type, meaning })),
    rows: records.map((r) => Object.fromEntries(columns.map((c) => [c.name, cell(c.value(r))]))),
  };
}

/** RFC 4180 CSV: a header line, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(columns: string[], rows: Row[]): string {
  // csv-stringify quotes a CRLF inside a field but not a lone LF or CR, at which Python's csv, pandas and Excel end the
  // row; and a space at either end, which some readers trim.
  return stringify(rows, { header: true, columns, record_delimiter: '\r\n', quoted_match: [/[\r\n]/, /^\s|\s$/] });
}

/**
 * The text cells of a table that a spreadsheet would run as a formula, each named by table, row and column. The content
 * check refuses such a text in a record (FORMULA_START, src/lib/schema.ts); this holds for what the tables derive too.
 */
function formulaCells(t: Table): string[] {
  const [key] = t.columns;
  const text = t.columns.filter((c) => c.type === 'text' || c.type === 'list');
  return t.rows.flatMap((row) =>
    text
      .filter((c) => FORMULA_START.test(row[c.name] ?? ''))
      .map(
        (c) =>
          `data/${t.name}.csv: ${key!.name} ${row[key!.name]}, column ${c.name}: ${JSON.stringify(row[c.name])} begins with ${JSON.stringify(row[c.name]![0])}, which a spreadsheet runs as a formula; reword the record's field so that it begins with a letter, digit or quotation mark`,
      ),
  );
}

export function tableCsv(t: Table): string {
  const formulas = formulaCells(t);
  if (formulas.length > 0) throw new Error(formulas.join('\n'));
  return toCsv(
    t.columns.map((c) => c.name),
    t.rows,
  );
}

/**
 * Whether the site infers a fact and from what: the two columns after a date or a statement. `of` names the fact in
 * the meanings; an optional fact leaves both empty when a record has none.
 */
function inferenceColumns<R>(
  name: string,
  {
    of,
    fact,
    optional,
  }: {
    of: string;
    fact: (record: R) => { inferred: boolean; basis?: string | undefined } | undefined;
    optional: boolean;
  },
): Array<Column<R>> {
  return [
    {
      name: `${name}_inferred`,
      type: 'boolean',
      meaning: `true when the site infers the ${of} rather than a source stating it${optional ? '; empty when there is none' : ''}.`,
      value: (r) => fact(r)?.inferred,
    },
    {
      name: `${name}_basis`,
      type: 'text',
      meaning: `What an inferred ${of} is inferred from; empty when stated${optional ? ' or when there is none' : ''}.`,
      value: (r) => fact(r)?.basis,
    },
  ];
}

/**
 * A date's seven columns: the date, its precision, whether it is only the latest the date can be and then the earliest
 * it can be, whether the site infers it, from what, and whether only its year. `of` names the date in the meanings
 * ("date of signing"); an optional date leaves all seven empty when a record has none.
 */
function dateColumns<R>(
  name: string,
  {
    meaning,
    of,
    fact,
    optional = false,
  }: { meaning: string; of: string; fact: (record: R) => DatedFact | undefined; optional?: boolean },
): Array<Column<R>> {
  const whenNone = optional ? '; empty when there is none' : '';
  return [
    { name, type: 'date', meaning, value: (r) => fact(r)?.value },
    {
      name: `${name}_precision`,
      type: 'precision',
      meaning: `The precision of ${name}${whenNone}.`,
      value: (r) => {
        const date = fact(r);
        return date ? (datePrecision(date.value) ?? undefined) : undefined;
      },
    },
    {
      name: `${name}_on_or_before`,
      type: 'boolean',
      meaning: `true when ${name} is only the latest the ${of} can be: it was that day (month, year) or before it${whenNone}.`,
      value: (r) => fact(r)?.onOrBefore,
    },
    {
      name: `${name}_on_or_after`,
      type: 'date',
      meaning: `Where ${name} is only the latest the ${of} can be, the earliest it can be, where the record knows it: a day, a month or a year, in the form that is its precision (it was then or after it); empty otherwise.`,
      value: (r) => fact(r)?.onOrAfter,
    },
    ...inferenceColumns(name, { of, fact, optional }),
    {
      name: `${name}_inferred_part`,
      type: 'text',
      meaning: `"year" where the site infers only the year of the ${of}, a cited paragraph giving its day and month with no year; empty when it infers the whole ${of} or none.`,
      value: (r) => fact(r)?.inferredPart,
    },
  ];
}

/**
 * A statement's three columns: its text, whether the site infers it, and from what; an optional statement leaves all
 * three empty when a record has none.
 */
function statementColumns<R>(
  name: string,
  {
    meaning,
    fact,
    optional = false,
  }: { meaning: string; fact: (record: R) => Statement | undefined; optional?: boolean },
): Array<Column<R>> {
  return [
    { name, type: 'text', meaning, value: (r) => fact(r)?.text },
    ...inferenceColumns(name, { of: name, fact, optional }),
  ];
}

/** A list of statements' two columns: their texts, and the texts of those the site infers, as `inferred_parties`. */
function statementListColumns<R>(
  name: string,
  { meaning, facts }: { meaning: string; facts: (record: R) => Statement[] },
): Array<Column<R>> {
  return [
    { name, type: 'list', meaning, value: (r) => facts(r).map((f) => f.text) },
    {
      name: `inferred_${name}`,
      type: 'list',
      meaning: `Those of its ${name} the site infers rather than a source stating them (each is also in ${name}); record.json gives the basis of each.`,
      value: (r) =>
        facts(r)
          .filter((f) => f.inferred)
          .map((f) => f.text),
    },
  ];
}

/** The column each record's table ends with: the address of the record's page. */
const pageColumn = <R extends { id: string }>(kind: PageKind, meaning: string, site: string | URL): Column<R> => ({
  name: 'url',
  type: 'url',
  meaning,
  value: (r) => entityUrl(kind, r.id, site),
});

/** The column each record's table begins with: its id, which names its page under the site's address. */
const idColumn = <R extends { id: string }>(noun: string, kind: PageKind): Column<R> => ({
  name: 'id',
  type: 'id',
  meaning: `The ${noun}’s id: its page is ${kind}/{id}/ under the site’s address.`,
  value: (r) => r.id,
});

/** Each meeting: its date, its place with coordinates, its occasion, participants, topics and outcomes. */
function meetingsTable(graph: Graph, site: string | URL): Table {
  return table(
    'meetings',
    'One row per meeting, oldest first.',
    [
      idColumn('meeting', 'meetings'),
      { name: 'title', type: 'text', meaning: 'The site’s title for the meeting.', value: (m) => m.data.title },
      ...dateColumns<Rec<Meeting>>('date', {
        meaning: 'When it took place, at the precision known (see “Dates”).',
        of: 'date',
        fact: (m) => m.data.date,
      }),
      {
        name: 'place_id',
        type: 'id',
        meaning: 'The place’s id (its coordinates are in this file’s latitude and longitude columns).',
        value: (m) => m.data.place.place,
      },
      {
        name: 'place',
        type: 'text',
        meaning: 'The place’s name.',
        value: (m) => graph.place(m.data.place.place)?.data.name,
      },
      {
        name: 'place_country_id',
        type: 'id',
        meaning: 'The id of the country the place is in: public geodata, not from the sources.',
        value: (m) => graph.place(m.data.place.place)?.data.country,
      },
      {
        name: 'latitude',
        type: 'number',
        meaning: 'Latitude of the place, decimal degrees (WGS 84): public geodata, not from the sources.',
        value: (m) => graph.place(m.data.place.place)?.data.latitude,
      },
      {
        name: 'longitude',
        type: 'number',
        meaning: 'Longitude of the place, decimal degrees (WGS 84): public geodata, not from the sources.',
        value: (m) => graph.place(m.data.place.place)?.data.longitude,
      },
      {
        name: 'place_inferred',
        type: 'boolean',
        meaning: 'true when the site infers the place.',
        value: (m) => m.data.place.inferred,
      },
      {
        name: 'place_basis',
        type: 'text',
        meaning: 'What an inferred place is inferred from; empty when stated.',
        value: (m) => m.data.place.basis,
      },
      ...statementColumns<Rec<Meeting>>('occasion', {
        meaning: 'The occasion of the meeting, in the site’s words.',
        fact: (m) => m.data.occasion,
        optional: true,
      }),
      {
        name: 'participants',
        type: 'list',
        meaning: 'Ids of the people who took part (details in participants.csv).',
        value: (m) => m.data.participants.map((p) => p.person),
      },
      ...statementListColumns<Rec<Meeting>>('topics', {
        meaning: 'What was discussed, in the site’s words.',
        facts: (m) => m.data.topics,
      }),
      ...statementListColumns<Rec<Meeting>>('outcomes', {
        meaning: 'What came of it, in the site’s words.',
        facts: (m) => m.data.outcomes,
      }),
      ...statementListColumns<Rec<Meeting>>('notes', {
        meaning: 'What else the sources say of the meeting, in the site’s words.',
        facts: (r) => r.data.notes,
      }),
      pageColumn('meetings', 'The meeting’s page.', site),
    ],
    graph.meetingsInOrder,
  );
}

/** Each person at each meeting, with the role they held there and the paragraphs that say so. */
function participantsTable(graph: Graph): Table {
  return table(
    'participants',
    'One row per person per meeting, in meeting order, then in the order the record lists them.',
    [
      { name: 'meeting_id', type: 'id', meaning: 'The meeting (meetings.csv).', value: (r) => r.meeting },
      { name: 'person_id', type: 'id', meaning: 'The person (people.csv).', value: (r) => r.person },
      { name: 'person', type: 'text', meaning: 'The person’s name.', value: (r) => graph.title('people', r.person) },
      {
        name: 'role',
        type: 'text',
        meaning: 'The role the person held at this meeting, from the source, in the site’s English.',
        value: (r) => r.role,
      },
      {
        name: 'citations',
        type: 'list',
        meaning: 'Source paragraphs that say so, as source-id#pN.',
        value: (r) => r.cites,
      },
      {
        name: 'named_there',
        type: 'list',
        meaning:
          'How those paragraphs name the person, where not as in the person column: the spellings in people.csv that they use; empty when they use the site’s name.',
        value: (r) => spellingsCited(graph.person(r.person)!.data, r.cites).map((s) => s.text),
      },
    ],
    graph.meetingsInOrder.flatMap((m) => m.data.participants.map((p) => ({ meeting: m.id, ...p }))),
  );
}

/** Each person: the name the site uses, every spelling, the offices the sources give, how many meetings they attended. */
function peopleTable(graph: Graph, site: string | URL): Table {
  return table(
    'people',
    'One row per person, in the order of their ids.',
    [
      idColumn('person', 'people'),
      { name: 'name', type: 'text', meaning: 'The name the site uses.', value: (p) => p.data.name },
      {
        name: 'country_id',
        type: 'id',
        meaning: 'The country the person serves (countries.csv).',
        value: (p) => p.data.country,
      },
      {
        name: 'spellings',
        type: 'list',
        meaning: 'Every spelling of the name the sources use.',
        value: (p) => p.data.spellings.map((s) => s.text),
      },
      {
        name: 'same_person_inferred',
        type: 'boolean',
        meaning:
          'true when the sources spell the name in more than one way: that the spellings name one person is then always the site’s inference; empty when they use one spelling.',
        value: (p) => p.data.samePerson?.inferred,
      },
      {
        name: 'same_person_basis',
        type: 'text',
        meaning:
          'Why the site takes the spellings to be one person; empty when there is one spelling. citations.csv gives the paragraphs it rests on.',
        value: (p) => p.data.samePerson?.basis,
      },
      {
        name: 'roles',
        type: 'list',
        meaning: 'Offices the sources give the person.',
        value: (p) => p.data.roles.map((r) => r.title),
      },
      {
        name: 'meetings',
        type: 'integer',
        meaning: 'How many meetings of the record the person took part in.',
        value: (p) => graph.participationsOf(p.id).length,
      },
      pageColumn('people', 'The person’s page.', site),
    ],
    graph.corpus.people,
  );
}

/** Each country: its ISO code and how many meetings were held in it or attended by its people. */
function countriesTable(graph: Graph, site: string | URL): Table {
  return table(
    'countries',
    'One row per country.',
    [
      idColumn('country', 'countries'),
      { name: 'name', type: 'text', meaning: 'The country’s name.', value: (c) => c.data.name },
      {
        name: 'iso_numeric',
        type: 'code',
        meaning: 'ISO 3166-1 numeric code, three digits (keep leading zeros).',
        value: (c) => c.data.iso,
      },
      {
        name: 'meetings',
        type: 'integer',
        meaning: 'Meetings held in the country or attended by its people.',
        value: (c) => graph.meetingsOfCountry(c.id).length,
      },
      ...statementListColumns<Rec<Country>>('notes', {
        meaning: 'What the sources say of the country (its border, its laws), in the site’s words.',
        facts: (r) => r.data.notes,
      }),
      pageColumn('countries', 'The country’s page.', site),
    ],
    graph.corpus.countries,
  );
}

/** Each organization: its abbreviation and the country it belongs to. */
function organizationsTable(graph: Graph, site: string | URL): Table {
  return table(
    'organizations',
    'One row per organization.',
    [
      idColumn('organization', 'organizations'),
      { name: 'name', type: 'text', meaning: 'The organization’s name.', value: (o) => o.data.name },
      {
        name: 'abbreviation',
        type: 'text',
        meaning: 'The abbreviation a source uses for it, if any (citations.csv gives the paragraph).',
        value: (o) => o.data.abbreviation?.text,
      },
      {
        name: 'country_id',
        type: 'id',
        meaning:
          'The country the site files it under (the methodology says how); empty for an international body, or when no paragraph tells whose it is.',
        value: (o) => o.data.country,
      },
      ...statementListColumns<Rec<Organization>>('notes', {
        meaning: 'What the sources say of it (its operations, its work), in the site’s words.',
        facts: (r) => r.data.notes,
      }),
      pageColumn('organizations', 'The organization’s page.', site),
    ],
    graph.corpus.organizations,
  );
}

/** Each agreement: its kind, date of signing, parties, tie to a meeting, term and what it covers. */
function agreementsTable(graph: Graph, site: string | URL): Table {
  return table(
    'agreements',
    'One row per agreement, memorandum, programme, plan or protocol.',
    [
      idColumn('agreement', 'agreements'),
      { name: 'title', type: 'text', meaning: 'The title the site uses.', value: (a) => a.data.title },
      {
        name: 'kind',
        type: 'text',
        meaning: 'agreement, memorandum, programme, plan or protocol.',
        value: (a) => a.data.kind,
      },
      ...dateColumns<Rec<Agreement>>('signed', {
        meaning: 'When it was signed, at the precision known; empty when no source says.',
        of: 'date of signing',
        fact: (a) => a.data.signed,
        optional: true,
      }),
      {
        name: 'parties',
        type: 'list',
        meaning: 'Ids of the organizations party to it.',
        value: (a) => a.data.parties.map((p) => p.organization),
      },
      {
        name: 'inferred_parties',
        type: 'list',
        meaning:
          'Those of its parties the site infers rather than a source naming them as parties; record.json gives the basis of each.',
        value: (a) => a.data.parties.filter((p) => p.inferred).map((p) => p.organization),
      },
      {
        name: 'parties_note',
        type: 'text',
        meaning: 'What the sources leave unsaid of its parties (who signed it), in the site’s words; empty otherwise.',
        value: (a) => a.data.partiesNote,
      },
      {
        name: 'meeting_id',
        type: 'id',
        meaning: 'The meeting it is tied to, if any.',
        value: (a) => a.data.meeting?.meeting,
      },
      {
        name: 'meeting_relation',
        type: 'text',
        meaning: 'How it is tied to that meeting, in the site’s words.',
        value: (a) => a.data.meeting?.relation,
      },
      {
        name: 'meeting_inferred',
        type: 'boolean',
        meaning:
          'true when the tie to the meeting is the site’s reading of the source; empty when there is no meeting.',
        value: (a) => a.data.meeting?.inferred,
      },
      {
        name: 'meeting_basis',
        type: 'text',
        meaning: 'What an inferred tie to the meeting is inferred from; empty when stated.',
        value: (a) => a.data.meeting?.basis,
      },
      { name: 'term', type: 'text', meaning: 'Its term, as the source gives it.', value: (a) => a.data.term?.text },
      ...statementColumns<Rec<Agreement>>('occasion', {
        meaning: 'The occasion of its signing, in the site’s words.',
        fact: (a) => a.data.occasion,
        optional: true,
      }),
      ...statementListColumns<Rec<Agreement>>('subjects', {
        meaning: 'What it covers, in the site’s words.',
        facts: (a) => a.data.subjects,
      }),
      {
        name: 'maybe_same_as',
        type: 'list',
        meaning:
          'Ids of agreements that may be this one, told of twice by the sources: count them once if you count agreements. That is always the site’s inference: record.json gives the basis of each, and citations.csv the paragraphs it rests on.',
        value: (a) => a.data.maybeSameAs.map((m) => m.agreement),
      },
      ...statementListColumns<Rec<Agreement>>('notes', {
        meaning: 'What else the sources say of it (such as the word a source uses for it), in the site’s words.',
        facts: (r) => r.data.notes,
      }),
      pageColumn('agreements', 'The agreement’s page.', site),
    ],
    graph.corpus.agreements,
  );
}

/** Each source article: its title, publisher, date of publication, language and number of paragraphs. */
function sourcesTable(graph: Graph, site: string | URL): Table {
  return table(
    'sources',
    'One row per source article.',
    [
      idColumn('source', 'sources'),
      {
        name: 'title',
        type: 'text',
        meaning: 'The headline as published, or the site’s description when the capture has none.',
        value: (s) => s.data.title,
      },
      {
        name: 'title_translation',
        type: 'text',
        meaning: 'The site’s English rendering of a title not in English; empty when there is none.',
        value: (s) => s.data.titleTranslation,
      },
      {
        name: 'title_is_editorial',
        type: 'boolean',
        meaning: 'true when title is the site’s description, not a headline.',
        value: (s) => s.data.titleIsEditorial,
      },
      {
        name: 'publisher',
        type: 'text',
        meaning: 'The publisher, when the capture names one.',
        value: (s) => s.data.publisher?.name,
      },
      {
        name: 'publisher_basis',
        type: 'text',
        meaning:
          'Where the capture names the publisher, and what it leaves open (such as where the text first appeared).',
        value: (s) => s.data.publisher?.basis,
      },
      {
        name: 'publisher_credit_only',
        type: 'boolean',
        meaning:
          'true when the capture names the publisher only in a credit line, which may credit a report the text was taken or translated from; empty when it names none.',
        value: (s) => s.data.publisher?.creditOnly,
      },
      ...dateColumns<SourceRec>('published', {
        meaning: 'When the article was published, at the precision known.',
        of: 'date of publication',
        fact: (s) => s.data.published,
      }),
      {
        name: 'published_reading',
        type: 'text',
        meaning:
          'When the text gives a date without saying what it dates (an interview’s date may be the day it was held): that the site reads it as the day of publication, and what that leaves open; empty otherwise.',
        value: (s) => s.data.publishedReading?.text,
      },
      {
        name: 'interviewee_id',
        type: 'id',
        meaning: 'The person interviewed (people.csv), when the source is an interview; empty otherwise.',
        value: (s) => s.data.interviewee?.person,
      },
      { name: 'language', type: 'text', meaning: 'BCP 47 language of the text.', value: (s) => s.data.language },
      {
        name: 'paragraphs',
        type: 'integer',
        meaning:
          'Numbered paragraphs of the excerpt: how many, not the last number, since a paragraph is numbered by its line in the capture and the numbers skip the lines left out.',
        value: (s) => s.paragraphs.length,
      },
      pageColumn('sources', 'The source’s page, with its text.', site),
    ],
    graph.corpus.sources,
  );
}

/** Each other dated event: its date, what happened and the records it concerns. */
function eventsTable(graph: Graph, site: string | URL): Table {
  return table(
    'events',
    'One row per dated event the sources report that is neither a meeting nor an agreement, oldest first.',
    [
      idColumn('event', 'events'),
      { name: 'title', type: 'text', meaning: 'The site’s title for the event.', value: (e) => e.data.title },
      ...dateColumns<Rec<Event>>('date', {
        meaning: 'When it happened, at the precision known.',
        of: 'date',
        fact: (e) => e.data.date,
      }),
      ...statementColumns<Rec<Event>>('summary', {
        meaning: 'What happened, in the site’s words.',
        fact: (e) => e.data.summary,
      }),
      { name: 'countries', type: 'list', meaning: 'Ids of the countries it concerns.', value: (e) => e.data.countries },
      {
        name: 'organizations',
        type: 'list',
        meaning: 'Ids of the organizations it concerns.',
        value: (e) => e.data.organizations,
      },
      { name: 'people', type: 'list', meaning: 'Ids of the people it concerns.', value: (e) => e.data.people },
      { name: 'meetings', type: 'list', meaning: 'Ids of the meetings it concerns.', value: (e) => e.data.meetings },
      ...statementListColumns<Rec<Event>>('notes', {
        meaning: 'What else the sources say of it, in the site’s words.',
        facts: (r) => r.data.notes,
      }),
      pageColumn('events', 'The event’s page.', site),
    ],
    graph.eventsInOrder,
  );
}

/** Each citation of each record: the field, and the source paragraph it rests on. */
function citationsTable(graph: Graph, site: string | URL): Table {
  const { corpus } = graph;
  const recordsByKind: Array<[PageKind, Array<{ id: string; data: unknown }>]> = [
    ['sources', corpus.sources],
    ['meetings', graph.meetingsInOrder],
    ['people', corpus.people],
    ['countries', corpus.countries],
    ['organizations', corpus.organizations],
    ['agreements', corpus.agreements],
    ['events', corpus.events],
  ];
  return table(
    'citations',
    'One row per citation: which field of which record rests on which source paragraph. The rows of a person’s, country’s or organization’s named list are mentions: paragraphs that name the record, which support no fact of it.',
    [
      {
        name: 'record_kind',
        type: 'text',
        meaning: 'sources, meetings, people, countries, organizations, agreements or events.',
        value: (c) => c.kind,
      },
      { name: 'record_id', type: 'id', meaning: 'The record’s id.', value: (c) => c.id },
      {
        name: 'field',
        type: 'text',
        meaning:
          'Where in the record the citation sits, as a dotted path of record.json’s keys, in camelCase (samePerson, maybeSameAs) where the CSV columns are in snake_case (same_person, maybe_same_as), whose numbers count from 0: topics.1.cites.0 is the first citation of the record’s second topic. named.N is a paragraph that names the record, a mention: leave those rows out to count what the record’s facts rest on. capture.cites.N is a paragraph that a source’s note on its capture names.',
        value: (c) => c.field,
      },
      { name: 'source_id', type: 'id', meaning: 'The source cited (sources.csv).', value: (c) => c.source },
      {
        name: 'paragraph',
        type: 'integer',
        meaning: 'The paragraph number, its line in the raw capture (blank lines not counted).',
        value: (c) => c.paragraph,
      },
      {
        name: 'paragraph_url',
        type: 'url',
        meaning: 'The paragraph on the source’s page.',
        value: (c) => absoluteUrl(paragraphPath(c.source, c.paragraph), site),
      },
    ],
    recordsByKind.flatMap(([kind, records]) =>
      records.flatMap((r) => citationsIn(r.data).map((c) => ({ kind, id: r.id, ...c }))),
    ),
  );
}

/** Every table of the record, built once from the graph. */
export function buildTables(graph: Graph, site: string | URL): Table[] {
  return [
    meetingsTable(graph, site),
    participantsTable(graph),
    peopleTable(graph, site),
    countriesTable(graph, site),
    organizationsTable(graph, site),
    agreementsTable(graph, site),
    eventsTable(graph, site),
    sourcesTable(graph, site),
    citationsTable(graph, site),
  ];
}

const built = new WeakMap<Graph, Map<string, Table[]>>();

/** The tables of one graph at one address, built on first use and kept for the rest of the build. */
export function tablesOf(graph: Graph, site: string | URL): Table[] {
  const bySite = built.get(graph) ?? new Map<string, Table[]>();
  built.set(graph, bySite);
  // The same address as a string ("https://example.org", import.meta.env.SITE) or a URL ("https://example.org/").
  const key = new URL(String(site)).href;
  let tables = bySite.get(key);
  if (!tables) {
    tables = buildTables(graph, site);
    bySite.set(key, tables);
  }
  return tables;
}
