// Every content collection's schema, in one place. Plain zod (no Astro
// imports) so the build-time validator and the unit tests use the same rules.
import { z } from 'zod';
import {
  BOUND_FORMS,
  BOUND_PATTERN,
  DATE_PATTERN,
  DAY_PATTERN,
  PERIOD_PATTERN,
  dateProblem,
  datePrecision,
  dateSortKey,
  dayProblem,
  knownBefore,
} from './dates';
import { BUILT } from './built';
import { REVISION_LOG_START } from './revisions';

/**
 * The characters with which a spreadsheet cell starts a formula ("CSV injection"). Any text of the record may reach a
 * cell of the data files (src/lib/exports.ts), which are read in spreadsheets as well as in R or pandas: so a text may
 * not begin with one, and the record's words are changed rather than the file's value escaped.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Markdown's emphasis, code and links, and HTML tags: a text of the record is plain, and shown as typed. */
const MARKUP = /\*\*|__|`|\]\(|<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/i;

/*
 * What a field holds is its `.describe()` (or `.meta()`, with what else the JSON Schema of record.json says of it:
 * src/lib/record-file.ts), which zod writes into that schema; an `id` makes a schema one definition ($defs) that the fields
 * refer to. Each returns a copy, so a schema many fields share (`text`, `cites`) keeps no one field's words.
 */
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
    const markup = MARKUP.exec(value);
    if (markup)
      ctx.addIssue({
        code: 'custom',
        message: `holds Markdown or HTML ("${markup[0]}"), which every page and data file shows as typed; the record's texts are plain: remove it`,
      });
  })
  .meta({
    id: 'text',
    description:
      'Not empty, with no space at either end, never beginning with =, +, -, @, a tab or a carriage return, which a spreadsheet runs as a formula, and plain: no Markdown or HTML.',
    // Trimmed when read, so it begins and ends with a character that is not a space.
    pattern: String.raw`^\S(?:[\s\S]*\S)?$`,
    // `type` beside `pattern`: a validator in strict mode (Ajv's strictTypes) asks for it.
    not: { type: 'string', pattern: FORMULA_START.source },
  });
/** How the data files (src/lib/exports.ts) join the values of a list cell: "a | b". */
export const LIST_SEPARATOR = ' | ';

/**
 * A text of a kind the data files write as one value of a list cell (a statement, a spelling, an office): it holds no
 * "|", or a reader of the file could take it for two values ("a | b") or misread its neighbours ("a |", "| b").
 */
const listedText = text
  .superRefine((value, ctx) => {
    if (value.includes('|'))
      ctx.addIssue({
        code: 'custom',
        message: `holds "|": the data files write "${LIST_SEPARATOR}" between the values of a list cell, where statements, spellings and offices stand, so a reader of the file could take it for two values; write it otherwise (a comma, a semicolon or a dash)`,
      });
  })
  .meta({
    id: 'listedText',
    description: `A text (see text) of a kind the data files write as one value of a list cell (a statement, a spelling, an office), and so never holding "|": they write "${LIST_SEPARATOR}" between values.`,
    not: { type: 'string', pattern: String.raw`\|` },
  });

/** A string `problem` finds nothing wrong with (it says what is wrong, for the message, or returns null). */
const checkedBy = (problem: (value: string) => string | null) =>
  z.string().superRefine((value, ctx) => {
    const found = problem(value);
    if (found) ctx.addIssue({ code: 'custom', message: found });
  });
/** An id, and so a file name and an address: lower-case letters and digits, words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z.string().regex(ID_PATTERN, 'expected a lower-case id of letters, digits and hyphens').meta({
  id: 'id',
  description: 'A record’s id: lower-case letters and digits, words joined by hyphens.',
});

/**
 * A list that gives each item once, an item known by `key` (an id, a name; at its field `at` when it is an object): a
 * second would show twice on a page or, for a former id or an alias, be a second redirect from one address. The second
 * is reported, naming the first (`list` is the list's field) and saying what to do (`advice`).
 */
function onceEach<T>(
  list: string,
  advice: string,
  { key, at, shown = (k) => `"${k}"` }: { key: (item: T) => string; at?: string; shown?: (key: string) => string },
) {
  const field = (i: number) => [list, i, ...(at === undefined ? [] : [at])].join('.');
  return (items: T[], ctx: z.RefinementCtx<T[]>) =>
    items.forEach((item, i) => {
      const first = items.findIndex((other) => key(other) === key(item));
      if (first < i)
        ctx.addIssue({
          code: 'custom',
          path: at === undefined ? [i] : [i, at],
          message: `${shown(key(item))} is already ${field(first)}; ${advice}`,
        });
    });
}
/** A list of ids, each given once (onceEach): the JSON Schema of record.json says so too. */
const idsOnce = (list: string, what: string) =>
  z
    .array(id)
    .superRefine(onceEach<string>(list, `list each ${what} once`, { key: (x) => x }))
    .meta({ uniqueItems: true });

/** A record's id kept when its file is renamed, so that its address stays (README: "Never rename a published record"). */
const slug = id
  .optional()
  .describe('The id a content file gives its record when it is not the file’s name; `id` holds the same.');

/** A paragraph of a source: "source-id#p3". */
export const citation = z.string().regex(/^[a-z0-9-]+#p\d+$/, 'expected a citation like "source-id#p3"');
const cites = z.array(citation).min(1, 'expected at least one citation like "source-id#p3"').meta({
  id: 'citations',
  description: 'The source paragraphs it rests on, each "source-id#pN": paragraph N of the source’s page.',
});

/** Whether the site infers a value rather than reading it in a source, and from what. */
const inferred = z
  .boolean()
  .default(false)
  .describe('True when the site infers this rather than reading it in a source: `basis` then says from what.');
const basis = text
  .optional()
  .describe(
    'When `inferred` is true, what the site infers it from: the paragraphs it names, which it cites, and any outside fact.',
  );

/** The corpus's rule for whatever the site infers (a date, a place, a party…): it says from what, in `basis`. */
function basisWhenInferred<S extends z.ZodType<{ inferred: boolean; basis?: string | undefined }>>(
  schema: S,
  what: string,
  saying = '',
) {
  return schema
    .refine((fact) => !fact.inferred || fact.basis, {
      message: `an inferred ${what} needs a "basis"${saying}`,
      path: ['basis'],
    })
    .refine((fact) => fact.inferred || fact.basis === undefined, {
      // A basis without inferred: true would be published as a source's word (date_inferred false in events.csv).
      message: `is given, but the ${what} is not marked inferred: a basis says what the site infers it from; add inferred: true, or remove the basis`,
      path: ['basis'],
    })
    .meta(presentExactlyWhen({ properties: { inferred: { const: true } }, required: ['inferred'] }, 'basis'));
}

/**
 * The JSON Schema rule (a `.meta()`) that an object has `key` when, and only when, it matches `condition`. Each
 * `required` names its key in `properties` beside it, and a condition gives each keyword its `type`: a validator in
 * strict mode (Ajv's strictRequired, strictTypes) asks for both, though the JSON Schema standard does not.
 */
function presentExactlyWhen(condition: object, key: string) {
  const present = { properties: { [key]: true }, required: [key] };
  return { if: condition, then: present, else: { not: present } };
}

/** A date of the record is past: one after the build's day is a mistyped year ("2071" for "2017"). */
function recordDateProblem(value: string, forms?: string): string | null {
  const problem = dateProblem(value, forms);
  if (problem) return problem;
  return dateSortKey(value) > BUILT
    ? `"${value}" is after the day of this build, ${BUILT} (UTC); the record holds what has happened: check its year`
    : null;
}

/**
 * The earliest a date can be is a date of the record, and a day, a month or a year: "on or after 2013–2014" is 2013.
 * A value written as a period ("2013/2014", "2013–2014"), whether or not it is one, is said to be one.
 */
function boundProblem(value: string): string | null {
  if (/^\s*[1-9]\d{3}\s*[-–—/]\s*[1-9]\d{3}\s*$/.test(value))
    return `"${value}" is a period of years; the earliest a date can be is a day, a month or a year: give the first year alone`;
  return recordDateProblem(value, BOUND_FORMS);
}

const datedFact = basisWhenInferred(
  z
    .strictObject({
      value: checkedBy(recordDateProblem).meta({
        description:
          'Partial ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY or YYYY/YYYY; its first day not after the day of the build.',
        pattern: DATE_PATTERN,
      }),
      onOrBefore: z
        .boolean()
        .default(false)
        .describe('True when the value is the latest the date can be: it was that day (month, year) or before it.'),
      onOrAfter: checkedBy(boundProblem).optional().meta({
        description:
          'Beside onOrBefore only: the earliest the date can be (it was that day, month or year or after it), a day, a month or a year that begins by the last day the value can mean and is not the value itself. Absent when the record knows only the latest.',
        pattern: BOUND_PATTERN,
      }),
      inferred,
      inferredPart: z
        .enum(['year'])
        .optional()
        .describe(
          'Beside inferred: true, where a cited paragraph gives the day and month with no year (“April 10”) and the site infers only the year: "year". Absent when the site infers the whole date (a day a paragraph gives for something else, taken to be this one’s).',
        ),
      basis,
      cites,
    })
    .refine((date) => !date.onOrBefore || datePrecision(date.value) !== 'period', {
      // "In or before 2016–2017" says no more than "in or before 2017".
      message:
        'is true, but the value is a period of years; only a day, a month or a year can be the latest a date can be: give the last year alone ("in or before" it), or remove onOrBefore',
      path: ['onOrBefore'],
    })
    .refine((date) => date.onOrAfter === undefined || date.onOrBefore, {
      // A value that is the date itself has no earliest apart from itself.
      message:
        'is given, but onOrBefore is not true: the earliest a date can be goes beside the latest it can be; add onOrBefore: true (the value is then the latest), or remove onOrAfter',
      path: ['onOrAfter'],
    })
    .superRefine(({ inferredPart, inferred, onOrBefore, value }, ctx) => {
      if (inferredPart === undefined) return;
      // The rest of the date is a paragraph's word: so the date is a day it gives, and not only the latest it can be.
      const problem = !inferred
        ? 'is given, but the date is not marked inferred: a date a source states whole has no part the site infers; remove inferredPart'
        : (datePrecision(value) ?? 'day') !== 'day'
          ? `is "year", but "${value}" is not a day: only a day and month a paragraph gives can have its year inferred alone; remove inferredPart`
          : onOrBefore
            ? 'is "year", but onOrBefore is true: a date known only as the latest it can be is inferred whole; remove inferredPart'
            : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['inferredPart'] });
    })
    .superRefine(({ onOrAfter, value }, ctx) => {
      if (onOrAfter === undefined || datePrecision(onOrAfter) === null || datePrecision(value) === null) return;
      // The earliest may fall within a month or a year the value names ("between 5 August 2019 and August 2019").
      const problem =
        onOrAfter === value
          ? `"${onOrAfter}" is the value itself: a date whose earliest is its latest is that date; give it as the value alone, without onOrBefore and onOrAfter`
          : knownBefore({ value }, { value: onOrAfter })
            ? `"${onOrAfter}" begins after the last day the value "${value}", the latest the date can be, can mean; the earliest it can be comes first: check which is which`
            : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['onOrAfter'] });
    })
    // The rules above, in the JSON Schema of record.json: never onOrBefore true with a value that is a period;
    // onOrAfter only with onOrBefore true; inferredPart only on an inferred day, not only the latest it can be. (That
    // onOrAfter begins by the value's last day, JSON Schema cannot say.)
    .meta({
      not: {
        properties: { onOrBefore: { const: true }, value: { type: 'string', pattern: PERIOD_PATTERN } },
        required: ['onOrBefore', 'value'],
      },
      dependentSchemas: {
        onOrAfter: { properties: { onOrBefore: { const: true } }, required: ['onOrBefore'] },
        inferredPart: {
          properties: {
            inferred: { const: true },
            onOrBefore: { const: false },
            value: { type: 'string', pattern: DAY_PATTERN },
          },
          required: ['inferred'],
        },
      },
    }),
  'date',
  ' saying what it is inferred from',
).meta({
  description: 'A date at the precision its form states, stated by the source or inferred by the site.',
  id: 'datedFact',
});

const statement = basisWhenInferred(
  z.strictObject({
    text: listedText,
    inferred,
    basis,
    mentions: z
      .array(id)
      // Each once: the validator says so at the statement's place in its record (validate.ts).
      .meta({ uniqueItems: true })
      .default([])
      .describe(
        'People of the record the text names, besides a meeting’s participants: their names link to their pages.',
      ),
    cites,
  }),
  'statement',
).meta({
  description:
    'A fact in the site’s words, tied to the paragraphs it comes from; `basis` says from what the site infers it.',
  id: 'statement',
});

const revision = z
  .strictObject({
    date: checkedBy(
      (value) =>
        dayProblem(value) ??
        (value < REVISION_LOG_START
          ? `"${value}" is before the log of corrections begins; expected a day from "${REVISION_LOG_START}" on (earlier changes are in the version history only)`
          : value > BUILT
            ? `"${value}" is after the day of this build, ${BUILT} (UTC); expected the day the change is published, not a later one`
            : null),
    ).meta({
      description: `The day the change was published: "YYYY-MM-DD", not before the log begins on ${REVISION_LOG_START}, nor after the day of the build.`,
      pattern: DAY_PATTERN,
    }),
    kind: z
      .enum(['correction', 'addition'])
      .describe(
        '"correction": the page stated something its source does not say, or said it otherwise, or cited the wrong paragraphs or too few; "addition": new statements.',
      ),
    text: text.describe('What changed, in the site’s words: what the page said before and what it says now, and why.'),
  })
  .meta({
    description:
      'A change to what a record’s page states, published on the day given: the page lists it, and so does the site’s page of corrections and additions.',
    id: 'revision',
  });
const revisions = z
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
  )
  .describe(
    'The record’s revisions, oldest first: a new one goes at the end, so an anchor ("revision-2026-11-29-1": the first of that day) never moves to another revision once published.',
  );

export const sourceSchema = z.strictObject({
  slug,
  title: text.describe('The headline as published, or the site’s descriptive title (titleIsEditorial).'),
  titleTranslation: text.optional().describe('The site’s English rendering of a non-English title.'),
  titleIsEditorial: z
    .boolean()
    .describe('True when `title` is the site’s description, not a headline: the capture has none.'),
  shortTitle: text.describe('How citations name the source: "Kazinform (2019)".'),
  publisher: z
    .strictObject({
      name: text.describe('The publisher’s name, as the capture gives it.'),
      basis: text.describe(
        'Where the capture names the publisher (a credit line, a dateline), and what that leaves open; a reading of the capture, not an inference.',
      ),
      cites: cites
        .optional()
        .describe('The paragraphs the basis names (“(¶2)”): a basis that names a paragraph cites it.'),
      creditOnly: z
        .boolean()
        .default(false)
        .describe(
          'True when the capture names it only in a credit line, which may credit a report the text was taken or translated from rather than who published this text: the citation files say so, and the page’s data gives the name as a credit, not as the publisher.',
        ),
    })
    .nullable()
    .describe('null when the capture does not name the publisher.'),
  published: datedFact
    .refine((date) => date.inferredPart === undefined, {
      // Its page and citations say of an inferred date of publication that the text does not state it: all of it.
      message:
        "is given on a source's date of publication, which the site infers whole or reads as stated; remove inferredPart",
      path: ['inferredPart'],
    })
    .meta({ allOf: [{ not: { properties: { inferredPart: true }, required: ['inferredPart'] } }] })
    .describe(
      'When the source was published: the day, month or year it gives, or that the site infers from its text (whole: never its year alone).',
    ),
  publishedReading: z
    .strictObject({
      text: text.describe(
        'What the date is, where the text gives it, and what reading it as the day of publication leaves open.',
      ),
      cites: cites.describe('The paragraph that gives the date.'),
    })
    .optional()
    .describe(
      'When the text gives a date without saying what it dates (an interview’s date may be the day it was held): that the site reads it as the day of publication. A reading of the capture, not an inference: the page gives it beside the date, and the timeline lists the text as dated that day, not as published.',
    ),
  interviewee: z
    .strictObject({
      person: id.describe('The person interviewed: their record’s id.'),
      cites: cites.describe('The paragraphs that show it is an interview, and with whom.'),
    })
    .optional()
    .describe('The person interviewed, when the source is an interview: its answers are their words.'),
  language: z.enum(['en', 'de']).describe('BCP 47 language of the excerpt.'),
  capture: z
    .strictObject({
      file: z
        .string()
        .regex(/^[\w.-]+\.txt$/, 'expected a file name in content/captures/')
        .describe('The raw capture in content/captures/.'),
      headline: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Capture line of the headline, if the excerpt has one.'),
      questions: z
        .array(z.number().int().positive())
        .default([])
        .describe('Capture lines that are an interviewer’s questions, not the interviewee’s words.'),
      leftOut: z
        .array(
          z.strictObject({
            lines: z.array(z.number().int().positive()).min(1).describe('The capture’s line numbers, counted from 1.'),
            kind: z
              .enum(['furniture', 'caption', 'credit'])
              .describe(
                '"furniture": the hosting page’s own lines (a header, counters, the headline printed again); "caption": a line printed with a picture, such as its photo credit; "credit": a line crediting the publisher or author.',
              ),
            what: text.describe('What the left-out lines hold, quoting them where it helps.'),
          }),
        )
        .describe('Capture lines that are not article text.'),
      notes: text.describe(
        'How the excerpt was read from the capture: what in it needs saying, and any reading of it.',
      ),
      cites: cites
        .optional()
        .describe('The paragraphs the notes name (“paragraph 13”, “(¶2)”): notes that name a paragraph cite it.'),
    })
    .describe(
      'The raw capture the excerpt is read from, and how it was read: which of its lines are not article text.',
    ),
  translation: z
    .record(z.string().regex(/^\d+$/, 'expected a paragraph number'), text)
    .optional()
    .describe('The site’s English translation, keyed by paragraph number.'),
  revisions,
});

/** A record's title that is the site's description of it, not a source's words (the methodology says so). */
const descriptiveTitle = (what: string) =>
  text.describe(`The site’s description of the ${what}, not a source’s words.`);

export const meetingSchema = z.strictObject({
  slug,
  title: descriptiveTitle('meeting'),
  date: datedFact.describe('When the meeting took place.'),
  place: basisWhenInferred(
    z.strictObject({
      place: id.describe('The city it took place in: a place record’s id.'),
      inferred,
      basis,
      cites,
    }),
    'place',
  ).describe('Where the meeting took place, as a source states it or as the site infers it.'),
  occasion: statement.optional().describe('What the meeting was held for or during (a visit, a conference).'),
  participants: z
    .array(
      z.strictObject({
        person: id.describe('A person of the record: their id.'),
        role: text.describe(
          'The role the person held at this meeting, from the source, in the site’s English (“Tajik Interior Minister”: “Minister of Internal Affairs of Tajikistan”).',
        ),
        cites,
      }),
    )
    .min(2, 'a meeting needs at least two participants')
    .superRefine(
      onceEach('participants', 'list each participant once, with the role held here', {
        key: (p: { person: string }) => p.person,
        at: 'person',
      }),
    )
    .describe('Who took part, each once, with the role held at this meeting; at least two.'),
  topics: z.array(statement).default([]).describe('What was discussed.'),
  outcomes: z.array(statement).default([]).describe('What came of the meeting: what was signed or agreed.'),
  notes: z.array(statement).default([]).describe('What else the sources say of the meeting.'),
  formerIds: idsOnce('formerIds', 'former id')
    .default([])
    .describe('Ids this meeting was published under before a rename: each gets a redirect.'),
  revisions,
});

export const personSchema = z
  .strictObject({
    slug,
    name: text.describe('The name the site files the person under, and their page’s title.'),
    country: id.describe('The country the person is filed under, which follows from their roles.'),
    aliases: idsOnce('aliases', 'alias')
      .default([])
      .describe('Extra URL slugs (e.g. a surname alone); every spelling’s slug is added too.'),
    spellings: z
      .array(z.strictObject({ text: listedText, cites }))
      .min(1)
      .superRefine(
        onceEach('spellings', 'list each spelling once, with every paragraph that uses it in its cites', {
          key: (s: { text: string }) => s.text,
          at: 'text',
          shown: (text) => `“${text}”`,
        }),
      )
      .describe('Every spelling of the name the sources use.'),
    samePerson: z
      .strictObject({
        inferred: z
          .literal(true, 'that different spellings name one person is always the site’s inference')
          .default(true)
          .describe('Always true: that the spellings name one person is the site’s inference.'),
        basis: text.describe(
          'Why the site takes the spellings to be one person: the office each paragraph gives, the years of the sources, how the names differ; and that no source says so.',
        ),
        cites: cites.describe('The paragraphs the basis rests on: at least one of each spelling’s.'),
      })
      .optional()
      .describe(
        'There when the sources spell the name in more than one way, and only then: that the spellings name one person is the site’s inference, never a source’s statement, so `inferred` is true and `basis` says why. One spelling in several sources is taken as one person when they give the same office, by the methodology’s rule, and has no samePerson.',
      ),
    roles: z
      .array(
        z.strictObject({
          title: listedText.describe('The office as the sources give it, in English.'),
          cites: cites.describe('The paragraphs that give the person this office.'),
        }),
      )
      .min(1)
      .describe('The offices the sources give the person, each with the paragraphs that give it.'),
    named: cites.describe(
      'Every paragraph that names them, in any spelling; a title alone ("the Chinese minister") does not count.',
    ),
    revisions,
  })
  .superRefine((person, ctx) => {
    const { spellings, samePerson } = person;
    const quoted = spellings.map((s) => `“${s.text}”`).join(', ');
    if (spellings.length > 1 && !samePerson)
      ctx.addIssue({
        code: 'custom',
        path: ['samePerson'],
        message: `is missing; the sources spell the name in ${spellings.length} ways (${quoted}) and none says they are one person, which is the site’s inference: add samePerson with inferred: true, a basis saying why the site takes them to be one (the office each paragraph gives, the years of the sources, how the names differ) and cites with the paragraphs of the spellings`,
      });
    if (spellings.length === 1 && samePerson)
      ctx.addIssue({
        code: 'custom',
        path: ['samePerson'],
        message: `the sources use one spelling, ${quoted}; samePerson says why different spellings name one person, and one spelling in several sources is one person by the methodology’s rule: remove samePerson`,
      });
    if (spellings.length > 1 && samePerson)
      spellings.forEach((s, i) => {
        if (!s.cites.some((c) => samePerson.cites.includes(c)))
          ctx.addIssue({
            code: 'custom',
            path: ['samePerson', 'cites'],
            message: `cites no paragraph of spellings.${i}, “${s.text}” (${s.cites.join(', ')}); cite one of them, so that the basis cites every spelling it takes as one person`,
          });
      });
  })
  // What the JSON Schema of record.json can say of the rule above (record-file.ts carries it to a person's record there).
  .meta(
    presentExactlyWhen(
      { properties: { spellings: { type: 'array', minItems: 2 } }, required: ['spellings'] },
      'samePerson',
    ),
  );

export const countrySchema = z.strictObject({
  slug,
  name: text.describe('The country’s English name, as the site files it.'),
  article: z
    .literal('the')
    .optional()
    .describe('“the” where a sentence gives the name with it (“the United States”); absent otherwise.'),
  iso: z
    .string()
    .regex(/^\d{3}$/, 'expected a three-digit ISO 3166-1 numeric code')
    .describe('ISO 3166-1 numeric code.'),
  named: cites.describe(
    'Every paragraph that names the country, by its name, its adjective (“Tajik”), an abbreviation a source uses or its German name.',
  ),
  notes: z
    .array(statement)
    .default([])
    .describe('What the sources say of the country (its border, its laws, what it bans), each with its paragraphs.'),
  revisions,
});

export const organizationSchema = z.strictObject({
  slug,
  name: text.describe('The organization’s name in English, as the site files it.'),
  abbreviation: z
    .strictObject({ text, cites })
    .optional()
    .describe('An abbreviation a source uses for it, cited where the source uses it.'),
  country: id
    .optional()
    .describe(
      'The country it is filed under, when it is one country’s body; none for an international body, or one whose country the sources do not give.',
    ),
  named: cites.describe('Every paragraph that names it, by its name or an abbreviation a source uses.'),
  notes: z
    .array(statement)
    .default([])
    .describe('What the sources say of it (its operations, its work, who founded it), each with its paragraphs.'),
  revisions,
});

/** A city where a meeting took place: public geodata, not something the sources state (the methodology says so). */
export const placeSchema = z.strictObject({
  slug,
  name: text.describe('The city’s name, as readers know it in English: it labels the place on the maps.'),
  country: id.describe('The country the city is in: public geodata, not a source’s statement.'),
  latitude: z.number().min(-90).max(90).describe('Degrees north (negative: south), from public geodata.'),
  longitude: z.number().min(-180).max(180).describe('Degrees east (negative: west), from public geodata.'),
});

export const agreementSchema = z
  .strictObject({
    slug,
    title: descriptiveTitle('agreement'),
    kind: z
      .enum(['agreement', 'memorandum', 'programme', 'plan', 'protocol'])
      .describe(
        'The kind of document the site files it as; where the source’s own word differs (“decree”), a note gives it.',
      ),
    parties: z
      .array(
        basisWhenInferred(
          z.strictObject({
            organization: id.describe('A party: an organization record’s id.'),
            inferred,
            basis,
            cites,
          }),
          'party',
        ),
      )
      .superRefine(
        onceEach('parties', 'list each party once, with every paragraph that names it in its cites', {
          key: (p: { organization: string }) => p.organization,
          at: 'organization',
        }),
      )
      .describe(
        'The organizations party to it (that signed or approved it), each once; empty when the sources do not say (`partiesNote`).',
      ),
    partiesNote: text
      .optional()
      .describe('Why `parties` is empty: what the sources say, or do not say, of who signed.'),
    signed: datedFact.optional().describe('When it was signed; absent when neither the sources nor the site date it.'),
    term: z
      .strictObject({ text, cites })
      .optional()
      .describe('The period the agreement runs for, as the sources give it.'),
    occasion: statement.optional().describe('The occasion it was signed on (a visit).'),
    meeting: basisWhenInferred(
      z.strictObject({
        meeting: id.describe('A meeting record’s id.'),
        relation: text.describe('How the agreement is tied to the meeting, in the site’s words.'),
        inferred,
        basis,
        cites,
      }),
      'tie to a meeting',
    )
      .optional()
      .describe(
        'The meeting of the record it is tied to (signed at it, as a result of it, the day before it): `relation` says how.',
      ),
    subjects: z.array(statement).default([]).describe('What it covers.'),
    notes: z
      .array(statement)
      .default([])
      .describe('What else the sources say of it, such as the word a source uses for it.'),
    maybeSameAs: z
      .array(
        z.strictObject({
          agreement: id.describe('The other agreement record’s id.'),
          inferred: z
            .literal(true, 'that two records may be one agreement is always the site’s inference')
            .default(true)
            .describe('Always true: that the two records may be one agreement is the site’s inference.'),
          basis: text.describe('Why the two records may describe one agreement.'),
          cites,
        }),
      )
      .superRefine(
        onceEach('maybeSameAs', 'list each agreement once', {
          key: (m: { agreement: string }) => m.agreement,
          at: 'agreement',
        }),
      )
      .default([])
      .describe(
        'Another record that may describe the same agreement; both must say so. That is always the site’s inference, not a source’s statement: `inferred` is true, and `basis` says why, citing the paragraphs it rests on.',
      ),
    revisions,
  })
  .superRefine((agreement, ctx) => {
    // The page shows the note only in place of the parties: beside a list of them it would be dropped in silence.
    if (agreement.partiesNote !== undefined && agreement.parties.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['partiesNote'],
        message: `is given, but parties lists ${agreement.parties.length}; it says why parties is empty: remove it, or put its text in notes`,
      });
  });

/** A dated fact a source states that is not a meeting or an agreement (a country joins Interpol…). */
export const eventSchema = z.strictObject({
  slug,
  title: descriptiveTitle('event'),
  date: datedFact.describe('When it happened.'),
  summary: statement.describe('What happened, in the site’s words.'),
  countries: idsOnce('countries', 'country')
    .default([])
    .describe('The countries it concerns: their ids; at least one, and each its title or summary names.'),
  organizations: idsOnce('organizations', 'organization')
    .default([])
    .describe('The organizations it concerns: their ids.'),
  people: idsOnce('people', 'person').default([]).describe('The people it concerns: their ids.'),
  meetings: idsOnce('meetings', 'meeting')
    .default([])
    .describe(
      'Meetings it concerns, as its summary states (a format of meetings it began, and a meeting of that format).',
    ),
  notes: z.array(statement).default([]).describe('What else the sources say of it.'),
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
/** A language of the record: the site's own is English, a source's is its excerpt's (the schema's `language`). */
export type Language = Source['language'];
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
