// Every content collection's schema, in one place. Plain zod (no Astro
// imports) so the build-time validator and the unit tests use the same rules.
import { z } from 'zod';
import { DATE_PATTERN, DAY_PATTERN, dateProblem, dayProblem } from './dates';
import { REVISION_LOG_START } from './revisions';

/**
 * The characters with which a spreadsheet cell starts a formula ("CSV injection"). Any text of the record may reach a
 * cell of the data files (src/lib/exports.ts), which are read in spreadsheets as well as in R or pandas: so a text may
 * not begin with one, and the record's words are changed rather than the file's value escaped.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * What each field holds, for the JSON Schema of record.json that zod writes from these schemas (src/lib/exports.ts): zod
 * cannot read a JSDoc comment. A registry of its own, not zod's global one, whose `description` the build's messages
 * give as what a field takes (validate.ts); an entry with an `id` is one definition ($defs) that the fields refer to.
 */
export const recordDocs = z.registry<z.core.JSONSchemaMeta>();
/** `schema`, with what the JSON Schema says of it besides its type. */
function described<S extends z.ZodType>(schema: S, meta: z.core.JSONSchemaMeta): S {
  recordDocs.add(schema as z.ZodType, meta);
  return schema;
}
/** `schema` with what it holds: a copy of it, so that a schema many fields share (`text`, `cites`) keeps no one field's words. */
export const documented = <S extends z.ZodType>(schema: S, description: string, more: z.core.JSONSchemaMeta = {}): S =>
  described(schema.clone(), { description, ...more });

const text = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    if (FORMULA_START.test(value))
      ctx.addIssue({
        code: 'custom',
        message: `begins with "${value[0]}", which a spreadsheet runs as a formula in the data files; begin it with a letter, a digit or a quotation mark`,
      });
  })
  .register(recordDocs, {
    id: 'text',
    description:
      'Not empty, with no space at either end, and never beginning with =, +, -, @, a tab or a carriage return, which a spreadsheet runs as a formula.',
    not: { pattern: FORMULA_START.source },
  });
/** A string `problem` finds nothing wrong with (it says what is wrong, for the message, or returns null). */
const checkedBy = (problem: (value: string) => string | null) =>
  z.string().superRefine((value, ctx) => {
    const found = problem(value);
    if (found) ctx.addIssue({ code: 'custom', message: found });
  });
/** An id, and so a file name and an address: lower-case letters and digits, words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z
  .string()
  .regex(ID_PATTERN, 'expected a lower-case id of letters, digits and hyphens')
  .register(recordDocs, {
    id: 'id',
    description: 'A record’s id: lower-case letters and digits, words joined by hyphens.',
  });

/** A record's id kept when its file is renamed, so that its address stays (README: "Never rename a published record"). */
const slug = documented(id.optional(), 'The record’s id, given when it is not its file’s name: the same as `id`.');

/** A paragraph of a source: "source-id#p3". */
export const citation = z.string().regex(/^[a-z0-9-]+#p\d+$/, 'expected a citation like "source-id#p3"');
const cites = z
  .array(citation)
  .min(1, 'expected at least one citation like "source-id#p3"')
  .describe('a list of citations like ["source-id#p3"]')
  .register(recordDocs, {
    id: 'citations',
    description: 'The source paragraphs it rests on, each "source-id#pN": paragraph N of the source’s page.',
  });

/** The corpus's rule for whatever the site infers (a date, a place, a party…): it says from what, in `basis`. */
function basisWhenInferred<S extends z.ZodType<{ inferred: boolean; basis?: string | undefined }>>(
  schema: S,
  what: string,
  saying = '',
) {
  return described(
    schema.refine((fact) => !fact.inferred || fact.basis, {
      message: `an inferred ${what} needs a "basis"${saying}`,
      path: ['basis'],
    }),
    { if: { properties: { inferred: { const: true } }, required: ['inferred'] }, then: { required: ['basis'] } },
  );
}

export const datedFact = documented(
  basisWhenInferred(
    z.strictObject({
      value: documented(checkedBy(dateProblem), 'Partial ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY or YYYY/YYYY.', {
        pattern: DATE_PATTERN,
      }),
      onOrBefore: documented(
        z.boolean().default(false),
        'True when the value is the latest the date can be: it was that day (month, year) or before it.',
      ),
      inferred: documented(z.boolean().default(false), 'True when the site infers the date: `basis` says from what.'),
      basis: text.optional(),
      cites,
    }),
    'date',
    ' saying what it is inferred from',
  ),
  'A date at the precision its form states, stated by the source or inferred by the site.',
  { id: 'datedFact' },
);

export const statement = documented(
  basisWhenInferred(
    z.strictObject({
      text,
      inferred: z.boolean().default(false),
      basis: text.optional(),
      mentions: documented(
        z.array(id).default([]),
        'People of the record the text names, besides a meeting’s participants: their names link to their pages.',
      ),
      cites,
    }),
    'statement',
  ),
  'A fact in the site’s words, tied to the paragraphs it comes from; `basis` says from what the site infers it.',
  { id: 'statement' },
);

export const revision = documented(
  z.strictObject({
    date: documented(
      checkedBy(
        (value) =>
          dayProblem(value) ??
          (value < REVISION_LOG_START
            ? `"${value}" is before the log of corrections begins; expected a day from "${REVISION_LOG_START}" on (earlier changes are in the version history only)`
            : null),
      ),
      'The day the change was published: "YYYY-MM-DD", not before the log begins (/changes/ says when).',
      { pattern: DAY_PATTERN },
    ),
    kind: documented(
      z.enum(['correction', 'addition']),
      '"correction": the page stated something its source does not say, or said it otherwise; "addition": new statements.',
    ),
    text: documented(
      text,
      'What changed, in the site’s words: what the page said before and what it says now, and why.',
    ),
  }),
  'A change to what a record’s page states, published on the day given: the page lists it, and so does /changes/.',
  { id: 'revision' },
);
const revisions = documented(
  z
    .array(revision)
    .default([])
    .superRefine((list, ctx) =>
      list.forEach((r, i) => {
        const before = list[i - 1];
        if (before && r.date < before.date)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'date'],
            message: `${r.date} is listed after ${before.date}; expected revisions oldest first, a new one at the end`,
          });
      }),
    ),
  'The record’s revisions, oldest first: a new one goes at the end, so an anchor ("revision-2026-11-29-1": the first of that day) never moves to another revision once published.',
);

export const sourceSchema = z.strictObject({
  slug,
  title: documented(text, 'The headline as published, or the site’s descriptive title (titleIsEditorial).'),
  titleTranslation: documented(text.optional(), 'The site’s English rendering of a non-English title.'),
  titleIsEditorial: z.boolean(),
  shortTitle: documented(text, 'How citations name the source: "Kazinform (2019)".'),
  publisher: documented(
    z.strictObject({ name: text, basis: text }).nullable(),
    'null when the capture does not name the publisher.',
  ),
  published: datedFact,
  interviewee: documented(
    z.strictObject({ person: id, cites }).optional(),
    'The person interviewed, when the source is an interview: its answers are their words.',
  ),
  language: documented(z.enum(['en', 'de']), 'BCP 47 language of the excerpt.'),
  capture: z.strictObject({
    file: documented(
      z.string().regex(/^[\w.-]+\.txt$/, 'expected a file name in content/captures/'),
      'The raw capture in content/captures/.',
    ),
    headline: documented(
      z.number().int().positive().optional(),
      'Capture line of the headline, if the excerpt has one.',
    ),
    questions: documented(
      z.array(z.number().int().positive()).default([]),
      'Capture lines that are an interviewer’s questions, not the interviewee’s words.',
    ),
    leftOut: documented(
      z.array(
        z.strictObject({
          lines: z.array(z.number().int().positive()).min(1),
          kind: z.enum(['furniture', 'caption', 'credit']),
          what: text,
        }),
      ),
      'Capture lines that are not article text.',
    ),
    notes: text,
  }),
  translation: documented(
    z.record(z.string().regex(/^\d+$/, 'expected a paragraph number'), text).optional(),
    'The site’s English translation, keyed by paragraph number.',
  ),
  revisions,
});

export const meetingSchema = z.strictObject({
  slug,
  title: text,
  date: datedFact,
  place: basisWhenInferred(
    z.strictObject({
      place: id,
      inferred: z.boolean().default(false),
      basis: text.optional(),
      cites,
    }),
    'place',
  ),
  occasion: statement.optional(),
  participants: z
    .array(
      z.strictObject({
        person: id,
        role: documented(text, 'The role the person held at this meeting, as the source gives it.'),
        cites,
      }),
    )
    .min(2, 'a meeting needs at least two participants')
    .superRefine((list, ctx) =>
      list.forEach((p, i) => {
        const first = list.findIndex((q) => q.person === p.person);
        if (first < i)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'person'],
            message: `"${p.person}" is already participants.${first}; list each participant once, with the role held here`,
          });
      }),
    ),
  topics: z.array(statement).default([]),
  outcomes: z.array(statement).default([]),
  notes: z.array(statement).default([]),
  formerIds: documented(
    z.array(id).default([]),
    'Ids this meeting was published under before a rename: each gets a redirect.',
  ),
  revisions,
});

export const personSchema = z.strictObject({
  slug,
  name: text,
  country: id,
  aliases: documented(
    z.array(id).default([]),
    'Extra URL slugs (e.g. a surname alone); every spelling’s slug is added too.',
  ),
  spellings: documented(z.array(z.strictObject({ text, cites })).min(1), 'Every spelling of the name the sources use.'),
  roles: z.array(z.strictObject({ title: text, cites })).min(1),
  named: documented(
    cites,
    'Every paragraph that names them, in any spelling; a title alone ("the Chinese minister") does not count.',
  ),
  revisions,
});

export const countrySchema = z.strictObject({
  slug,
  name: text,
  iso: documented(
    z.string().regex(/^\d{3}$/, 'expected a three-digit ISO 3166-1 numeric code'),
    'ISO 3166-1 numeric code.',
  ),
  named: cites,
  notes: documented(
    z.array(statement).default([]),
    'What the sources say of the country (its border, its laws, what it bans), each with its paragraphs.',
  ),
  revisions,
});

export const organizationSchema = z.strictObject({
  slug,
  name: text,
  abbreviation: documented(
    z.strictObject({ text, cites }).optional(),
    'An abbreviation a source uses for it, cited where the source uses it.',
  ),
  country: id.optional(),
  named: cites,
  notes: documented(
    z.array(statement).default([]),
    'What the sources say of it (its operations, its work, who founded it), each with its paragraphs.',
  ),
  revisions,
});

export const placeSchema = z.strictObject({
  slug,
  name: text,
  country: id,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const agreementSchema = z.strictObject({
  slug,
  title: text,
  kind: z.enum(['agreement', 'memorandum', 'programme', 'plan', 'protocol']),
  parties: z.array(
    basisWhenInferred(
      z.strictObject({
        organization: id,
        inferred: z.boolean().default(false),
        basis: text.optional(),
        cites,
      }),
      'party',
    ),
  ),
  partiesNote: text.optional(),
  signed: datedFact.optional(),
  term: z.strictObject({ text, cites }).optional(),
  occasion: statement.optional(),
  meeting: basisWhenInferred(
    z.strictObject({
      meeting: id,
      relation: text,
      inferred: z.boolean().default(false),
      basis: text.optional(),
      cites,
    }),
    'tie to a meeting',
  ).optional(),
  subjects: z.array(statement).default([]),
  notes: documented(
    z.array(statement).default([]),
    'What else the sources say of it, such as the word a source uses for it.',
  ),
  maybeSameAs: documented(
    z
      .array(
        z.strictObject({
          agreement: id,
          inferred: z
            .literal(true, 'that two records may be one agreement is always the site’s inference')
            .default(true),
          basis: text,
          cites,
        }),
      )
      .default([]),
    'Another record that may describe the same agreement; both must say so. That is always the site’s inference, not a source’s statement: `inferred` is true, and `basis` says why, citing the paragraphs it rests on.',
  ),
  revisions,
});

/** A dated fact a source states that is not a meeting or an agreement (a country joins Interpol…). */
export const eventSchema = z.strictObject({
  slug,
  title: text,
  date: datedFact,
  summary: documented(statement, 'What happened, in the site’s words.'),
  countries: z.array(id).default([]),
  organizations: z.array(id).default([]),
  people: z.array(id).default([]),
  meetings: documented(
    z.array(id).default([]),
    'Meetings it concerns, as its summary states (a format of meetings it began, and a meeting of that format).',
  ),
  notes: z.array(statement).default([]),
  revisions,
});

export const schemas = {
  sources: sourceSchema,
  meetings: meetingSchema,
  people: personSchema,
  countries: countrySchema,
  organizations: organizationSchema,
  places: placeSchema,
  agreements: agreementSchema,
  events: eventSchema,
} as const;

export type CollectionName = keyof typeof schemas;
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];

export type Source = z.output<typeof sourceSchema>;
export type Meeting = z.output<typeof meetingSchema>;
export type Person = z.output<typeof personSchema>;
export type Country = z.output<typeof countrySchema>;
export type Organization = z.output<typeof organizationSchema>;
export type Place = z.output<typeof placeSchema>;
export type Agreement = z.output<typeof agreementSchema>;
export type Event = z.output<typeof eventSchema>;
export type DatedFact = z.output<typeof datedFact>;
export type Statement = z.output<typeof statement>;
export type Revision = z.output<typeof revision>;
