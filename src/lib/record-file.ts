// The record as one JSON file (/data/record.json) and its JSON Schema (/data/record.schema.json), both written from
// the schemas that check the content files. Pure functions of the graph and the site's address.
import { z } from 'zod';
import { DAY_PATTERN } from './dates';
import type { Graph } from './graph';
import {
  agreementSchema,
  countrySchema,
  eventSchema,
  id as idSchema,
  meetingSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  sourceSchema,
} from './schema';
import { absoluteUrl, entityUrl, RECORD_SCHEMA_PATH } from './urls';
import type { PageKind } from './kinds';

const recordIdSchema = idSchema.describe('The record’s id, the last part of its page’s address.');
/**
 * An absolute http(s) URL, which the JSON Schema checks by its pattern: `format: uri` would be checked only by a
 * validator with formats added (Ajv refuses to compile a schema with a format it has not been given).
 */
const ABSOLUTE_URL = { pattern: String.raw`^https?://[^\s/]+/\S*$` };
const pageUrlSchema = z.string().meta({ description: 'The record’s page, an absolute URL.', ...ABSOLUTE_URL });
/**
 * A list of one collection's records, each with its id (and its page) before the fields its schema gives it, and the
 * rules between its fields that the schema's `.meta()` gives the JSON Schema (a person's samePerson).
 */
const recordListSchema = <S extends z.ZodRawShape>(schema: z.ZodObject<S>, about: string) => {
  const { if: when, then, else: otherwise } = schema.meta() ?? {};
  const record = z.strictObject({ id: recordIdSchema, url: pageUrlSchema, ...schema.shape });
  return z
    .array(when ? record.meta({ if: when, then, else: otherwise }) : record)
    .describe(
      `${about}: each one’s id, page URL and every field as its content file gives it, with all its citations.`,
    );
};

/**
 * record.json as buildRecord writes it: every record's fields as its collection's schema gives them after parsing (its
 * defaults filled in), with its id and its page's URL; a source's paragraph numbers; the file's own notes. The JSON
 * Schema of the file is written from it (recordJsonSchema), so what the schemas say of a field is what it says.
 */
export const recordFileSchema = z.strictObject({
  title: z.string().describe('The site’s title.'),
  url: z.string().meta({ description: 'The site’s address, an absolute URL.', ...ABSOLUTE_URL }),
  built: z
    .string()
    .meta({ description: 'The day the file was built, YYYY-MM-DD: the version of the data.', pattern: DAY_PATTERN }),
  licence: z.string().describe('How the files may be reused.'),
  dates: z.string().describe('How the file writes dates.'),
  citations: z.string().describe('How the file writes citations.'),
  sources: z
    .array(
      z.strictObject({
        id: recordIdSchema,
        url: pageUrlSchema,
        ...sourceSchema.shape,
        paragraphs: z
          .array(z.number().int().positive())
          .describe(
            'The numbers of the excerpt’s paragraphs, each its line in the capture (blank lines not counted); their text is on the source’s page, at #pN.',
          ),
      }),
    )
    .describe(
      'The source articles: each one’s id, page URL and fields, with its paragraph numbers (not its text: read it on the source’s page).',
    ),
  meetings: recordListSchema(meetingSchema, 'The meetings, oldest first'),
  people: recordListSchema(personSchema, 'The people of the record'),
  countries: recordListSchema(countrySchema, 'The countries'),
  organizations: recordListSchema(organizationSchema, 'The organizations'),
  places: z
    .array(
      z.strictObject({
        id: idSchema.describe('The place’s id, which a meeting’s `place.place` names; a place has no page.'),
        ...placeSchema.shape,
      }),
    )
    .describe(
      'The places of the meetings, for the maps: each one’s id, name, country and coordinates, the last two public geodata, not from the sources; a place has no page.',
    ),
  agreements: recordListSchema(agreementSchema, 'The agreements, memorandums, programmes, plans and protocols'),
  events: recordListSchema(
    eventSchema,
    'Events the sources report that are neither meetings nor agreements, each dated as a source gives it or as the site infers it',
  ),
});
type RecordFile = z.output<typeof recordFileSchema>;

/** The whole structured record as one JSON document: every record's fields as the content files give them, plus its id and page. */
export function buildRecord(
  graph: Graph,
  site: string | URL,
  meta: { title: string; built: string; licence: string },
): RecordFile {
  const url = (kind: PageKind, id: string) => entityUrl(kind, id, site);
  const withUrl = <T extends { id: string; data: object }>(kind: PageKind, records: T[]) =>
    records.map((r) => ({ id: r.id, url: url(kind, r.id), ...(r.data as T['data']) }));
  const { corpus } = graph;
  return {
    title: meta.title,
    url: absoluteUrl('/', site),
    built: meta.built,
    licence: meta.licence,
    dates:
      'Dates are partial ISO 8601: YYYY-MM-DD (a day), YYYY-MM (a month), YYYY (a year) or YYYY/YYYY (a period of years); the form is the precision. "onOrBefore": true marks a value that is only the latest the date can be (it was that day or before it), and "onOrAfter" beside it the earliest it can be, where the record knows it; "inferred": true marks a value the site infers, with its "basis".',
    citations:
      'Each "cites" or "named" list holds source paragraphs as "source-id#pN"; the paragraph is at {source url}#pN.',
    sources: corpus.sources.map((s) => ({
      id: s.id,
      url: url('sources', s.id),
      ...s.data,
      paragraphs: s.paragraphs.map((p) => p.n),
    })),
    meetings: withUrl('meetings', graph.meetingsInOrder),
    people: withUrl('people', corpus.people),
    countries: withUrl('countries', corpus.countries),
    organizations: withUrl('organizations', corpus.organizations),
    places: corpus.places.map((p) => ({ id: p.id, ...p.data })),
    agreements: withUrl('agreements', corpus.agreements),
    events: withUrl('events', corpus.events),
  };
}

/**
 * The JSON Schema of record.json (/data/record.schema.json), written by zod from recordFileSchema: every key, nested
 * ones too, with what the schemas say it holds. `io: 'output'` describes the records as parsed, as the file holds them
 * (a field with a default is always there); anything zod cannot represent (a transform) stops the build rather than
 * loosen the schema. A refinement has no JSON Schema, and zod leaves it out: the schemas' `.meta()` carries those the
 * file can be checked for (an inferred value has a basis; a text's form, a date's), and `description` names the rest,
 * which the build checks.
 */
export function recordJsonSchema(site: string | URL) {
  const { $schema, ...schema } = z.toJSONSchema(recordFileSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  });
  return {
    $schema,
    $id: absoluteUrl(RECORD_SCHEMA_PATH, site),
    title: 'record.json',
    description:
      'The whole structured record as one JSON document, written from the same schemas that check the content files. The build checks more than a JSON Schema can say, among it: that a date is a day of the calendar and a period of years runs forward, that each id names a record and each citation a paragraph of the source, that a meeting lists each participant once (a person each spelling, an agreement each party), and that revisions run oldest first, each dated no earlier than the day the log begins and no later than the day of the build.',
    ...schema,
  };
}
