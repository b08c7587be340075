// The data files: RFC 4180 CSV that a parser reads back exactly, and tables
// whose row counts are those of the content files themselves.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  COLUMN_TYPE_LABEL,
  DATA_LICENCE,
  LIST_SEPARATOR,
  buildTables,
  cell,
  columnExample,
  tableCsv,
  toCsv,
} from '../../src/lib/exports';
import { buildRecord, recordJsonSchema } from '../../src/lib/record-file';
import { buildGraph } from '../../src/lib/graph';
import { citedParagraph } from '../../src/lib/quotations';
import { validateTree } from '../../src/lib/validate';
import { realCorpus } from '../helpers/corpus';
import { contentTree } from '../helpers/tree';

const SITE = 'https://data.example.org';
const graph = buildGraph(realCorpus());
const tables = buildTables(graph, SITE);
const byName = (name: string) => {
  const t = tables.find((t) => t.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
};
/** The validated content files, independent of the graph. */
const { entries, paragraphs } = validateTree(contentTree());
const raw = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.data as any);
const ids = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.id);
/** Read as Python's csv, pandas and Excel read it: a line break outside quotes, CRLF, LF or CR, ends the row. */
const readCsv = (text: string) =>
  parse(text, { columns: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as Array<
    Record<string, string>
  >;

describe('toCsv', () => {
  const awkward = [
    { a: 'plain', b: 'comma, inside', c: 'a "quoted" word' },
    { a: 'line\nbreak', b: 'crlf\r\nbreak', c: 'cr\ronly' },
    { a: ' leading and trailing ', b: '"', c: 'ünïcødé – ¶3' },
    { a: '=1+2', b: ',', c: '\n' },
  ];

  it('round-trips commas, quotes, line breaks and spaces through a CSV parser', () => {
    const text = toCsv(['a', 'b', 'c'], awkward);
    expect(readCsv(text)).toEqual(awkward);
  });

  it('ends every record with CRLF, quotes only the fields that need it, and doubles quotes', () => {
    const text = toCsv(['a', 'b'], [{ a: 'x', b: 'say "hi", then go' }]);
    expect(text).toBe('a,b\r\nx,"say ""hi"", then go"\r\n');
  });

  it('writes lists joined, booleans as words and nothing as an empty cell', () => {
    expect(cell(['a', 'b'])).toBe(`a${LIST_SEPARATOR}b`);
    expect(cell(true)).toBe('true');
    expect(cell(false)).toBe('false');
    expect(cell(undefined)).toBe('');
    expect(cell(0)).toBe('0');
  });
});

describe('the Data page’s column documentation', () => {
  it('takes as a column’s example its first value that says something: not empty, not a zero count', () => {
    const rows = [
      { n: '', t: '' },
      { n: '0', t: 'a' },
      { n: '3', t: 'b' },
    ];
    expect(columnExample(rows, 'n')).toBe('3');
    expect(columnExample(rows, 't')).toBe('a');
    expect(columnExample([{ n: '0' }, { n: '' }], 'n')).toBe('0');
    expect(columnExample([{ n: '' }], 'n')).toBe('');
    expect(columnExample(rows, 'missing')).toBe('');
  });

  it('names the type of every column of every table', () => {
    for (const t of tables)
      for (const c of t.columns) expect(COLUMN_TYPE_LABEL[c.type], `${t.name}.${c.name}`).toBeTruthy();
  });
});

describe('a cell a spreadsheet would run as a formula', () => {
  const columns = [
    { name: 'id', type: 'id' as const, meaning: 'The id.' },
    { name: 'note', type: 'text' as const, meaning: 'A note.' },
    { name: 'names', type: 'list' as const, meaning: 'Names.' },
    { name: 'longitude', type: 'number' as const, meaning: 'Degrees east.' },
  ];
  const withRow = (row: Record<string, string>) => ({ name: 'things', about: '', columns, rows: [row] });

  it('in a text or list column is refused, naming the file, the row and the column', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const t = withRow({ id: 'a-thing', note: `${start}HYPERLINK("x")`, names: 'Ann', longitude: '70' });
      expect(() => tableCsv(t), JSON.stringify(start)).toThrow(
        /^data\/things\.csv: id a-thing, column note: .* begins with .*, which a spreadsheet runs as a formula/,
      );
    }
    const list = withRow({ id: 'b-thing', note: 'Fine', names: `@Ann${LIST_SEPARATOR}Bob`, longitude: '70' });
    expect(() => tableCsv(list)).toThrow(/^data\/things\.csv: id b-thing, column names: /);
  });

  it('is allowed where it starts a number, and a text that only holds such a character later is written', () => {
    const t = withRow({ id: 'c-thing', note: 'A = B, in 2019 - or later', names: 'Ann', longitude: '-70.5' });
    expect(readCsv(tableCsv(t))).toEqual(t.rows);
  });
});

describe('the published columns, listed in tests/data-columns.txt ("file column" a line)', () => {
  const published = readFileSync('tests/data-columns.txt', 'utf8').split('\n').filter(Boolean);
  const built = tables.flatMap((t) => t.columns.map((c) => `${t.name}.csv ${c.name}`));

  it('are each still a column of its file, so that a script reading it by its name keeps working', () => {
    expect(
      published.filter((line) => !built.includes(line)),
      'published columns gone or renamed: restore them (a column is added, never removed or renamed)',
    ).toEqual([]);
  });

  it('are every column of the files, so that a new one is kept too', () => {
    expect(
      built.filter((line) => !published.includes(line)),
      'new columns: add these lines to tests/data-columns.txt',
    ).toEqual([]);
  });
});

describe('the tables', () => {
  it('have one row per record of the content', () => {
    for (const name of ['meetings', 'people', 'countries', 'organizations', 'agreements', 'events', 'sources']) {
      expect(raw(name).length).toBeGreaterThan(0);
      expect(byName(name).rows).toHaveLength(raw(name).length);
    }
  });

  it('have one participant row per participant of each meeting', () => {
    const expected = raw('meetings').flatMap((m, i) =>
      m.participants.map(
        (p: any) => `${entries.filter((e) => e.collection === 'meetings')[i]!.id}|${p.person}|${p.role}`,
      ),
    );
    const rows = byName('participants').rows.map((r) => `${r['meeting_id']}|${r['person_id']}|${r['role']}`);
    expect(rows.sort()).toEqual(expected.sort());
  });

  it('write each participant’s citations as a list, joined as the Data page says every list is', () => {
    const expected = new Map<string, string[]>(
      entries
        .filter((e) => e.collection === 'meetings')
        .flatMap((m) => (m.data as any).participants.map((p: any) => [`${m.id}|${p.person}`, p.cites])),
    );
    expect([...expected.values()].some((cites) => cites.length > 1)).toBe(true);
    for (const r of byName('participants').rows)
      expect(r['citations']!.split(LIST_SEPARATOR), r['person_id']).toEqual(
        expected.get(`${r['meeting_id']}|${r['person_id']}`),
      );
  });

  it('say how the cited paragraphs name each participant, where not by the site’s name, as a reader of them finds it', () => {
    const people = new Map(entries.filter((e) => e.collection === 'people').map((e) => [e.id, e.data as any]));
    const rows = byName('participants').rows;
    for (const r of rows) {
      const person = people.get(r['person_id']!);
      const cited = r['citations']!.split(LIST_SEPARATOR).map((c) => citedParagraph(paragraphs, c) ?? '');
      const named = person.spellings
        .map((s: { text: string }) => s.text)
        .filter((text: string) => text !== person.name && cited.some((p) => p.includes(text)));
      expect(r['named_there'] ? r['named_there'].split(LIST_SEPARATOR) : [], r['person_id']).toEqual(named);
    }
    expect(rows.some((r) => r['named_there'])).toBe(true);
  });

  it('have one citation row per "source#pN" written in the content files', () => {
    const written = entries.flatMap((e) => JSON.stringify(e.data).match(/"[a-z0-9-]+#p\d+"/g) ?? []);
    expect(written.length).toBeGreaterThan(0);
    const rows = byName('citations').rows;
    expect(rows).toHaveLength(written.length);
    expect(rows.map((r) => `"${r['source_id']}#p${r['paragraph']}"`).sort()).toEqual(written.sort());
  });

  it('point each citation at a numbered paragraph of its source', () => {
    for (const r of byName('citations').rows) {
      expect(paragraphs.get(r['source_id']!)?.some((p) => p.n === Number(r['paragraph']))).toBe(true);
      expect(r['paragraph_url']).toBe(`${SITE}/sources/${r['source_id']}/#p${r['paragraph']}`);
    }
  });

  it('write the same columns in every row, documented, and read back through a parser', () => {
    for (const t of tables) {
      expect(t.columns.length).toBeGreaterThan(0);
      for (const c of t.columns) expect(c.meaning.length).toBeGreaterThan(10);
      const back = readCsv(tableCsv(t));
      expect(back).toEqual(t.rows);
      for (const row of back) expect(Object.keys(row)).toEqual(t.columns.map((c) => c.name));
    }
  });

  it('give beside every X_inferred column an X_basis column holding the basis the content gives', () => {
    const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    let inferred = 0;
    for (const t of tables) {
      const names = t.columns.map((c) => c.name);
      for (const [i, column] of names.entries()) {
        const field = column.match(/^(.+)_inferred$/)?.[1];
        if (!field) continue;
        expect(names[i + 1], `${t.name}.csv: the column after ${column}`).toBe(`${field}_basis`);
        // The record each row describes, read from the content files: the table is named for its collection.
        const records = new Map(raw(t.name).map((d, j) => [ids(t.name)[j], d]));
        expect(records.size, `${t.name}.csv rows are records of a collection`).toBe(t.rows.length);
        for (const row of t.rows) {
          const fact = records.get(row['id']!)?.[camel(field)];
          const where = `${t.name}.csv ${row['id']} ${field}`;
          expect(row[column], where).toBe(fact ? String(fact.inferred) : '');
          expect(row[`${field}_basis`], where).toBe(fact?.basis ?? '');
          if (row[column] === 'true') {
            inferred++;
            expect(row[`${field}_basis`]!.trim(), where).not.toBe('');
          }
        }
      }
    }
    expect(inferred).toBeGreaterThan(0);
  });

  it('name the parties the site infers, as the content marks them', () => {
    const rows = new Map(byName('agreements').rows.map((r) => [r['id'], r]));
    const agreements = raw('agreements');
    expect(agreements.some((a) => a.parties.some((p: { inferred: boolean }) => p.inferred))).toBe(true);
    ids('agreements').forEach((id, i) => {
      const inferred = agreements[i].parties.filter((p: { inferred: boolean }) => p.inferred);
      expect(rows.get(id)?.['inferred_parties'], id).toBe(
        inferred.map((p: { organization: string }) => p.organization).join(LIST_SEPARATOR),
      );
    });
  });

  it('mark every statement they give that the site infers, as the content marks it', () => {
    type Fact = { text: string; inferred: boolean; basis?: string };
    const rowsOf = (table: string) => new Map(byName(table).rows.map((r) => [r['id'], r]));
    let inferred = 0;
    // One statement: its text, then X_inferred and X_basis, as a date or a place has.
    for (const [table, field] of [
      ['meetings', 'occasion'],
      ['agreements', 'occasion'],
      ['events', 'summary'],
    ] as const) {
      const rows = rowsOf(table);
      raw(table).forEach((d, i) => {
        const row = rows.get(ids(table)[i]);
        const fact: Fact | undefined = d[field];
        const where = `${table}.csv ${ids(table)[i]} ${field}`;
        expect(row?.[field], where).toBe(fact?.text ?? '');
        expect(row?.[`${field}_inferred`], where).toBe(fact ? String(fact.inferred) : '');
        expect(row?.[`${field}_basis`], where).toBe(fact?.basis ?? '');
        if (fact?.inferred) inferred++;
      });
    }
    // A list of statements: their texts, then inferred_X with those the site infers, as inferred_parties has.
    for (const [table, field] of [
      ['meetings', 'topics'],
      ['meetings', 'outcomes'],
      ['agreements', 'subjects'],
    ] as const) {
      const rows = rowsOf(table);
      raw(table).forEach((d, i) => {
        const row = rows.get(ids(table)[i]);
        const facts: Fact[] = d[field];
        const where = `${table}.csv ${ids(table)[i]} ${field}`;
        expect(row?.[field], where).toBe(facts.map((f) => f.text).join(LIST_SEPARATOR));
        const marked = facts.filter((f) => f.inferred).map((f) => f.text);
        expect(row?.[`inferred_${field}`], where).toBe(marked.join(LIST_SEPARATOR));
        inferred += marked.length;
      });
    }
    expect(inferred).toBeGreaterThan(0);
  });

  it('give a source title’s translation as the content does', () => {
    const rows = new Map(byName('sources').rows.map((r) => [r['id'], r]));
    const sources = raw('sources');
    expect(sources.some((s) => s.titleTranslation)).toBe(true);
    ids('sources').forEach((id, i) => {
      expect(rows.get(id)?.['title_translation'], id).toBe(sources[i].titleTranslation ?? '');
    });
  });

  it('carry what the content says a count or a name should be read with: a publisher’s basis, a parties note, an agreement that may be the same', () => {
    // A researcher counting rows counted two agreements where the sources may tell of one, with no word of it.
    const column = (table: string, name: string, of: (d: any) => string | undefined) => {
      const rows = new Map(byName(table).rows.map((r) => [r['id'], r]));
      const records = raw(table);
      expect(
        records.some((d) => of(d)),
        `${table}.${name}: the content has one`,
      ).toBe(true);
      ids(table).forEach((id, i) => expect(rows.get(id)?.[name], `${table}.csv ${id}`).toBe(of(records[i]) ?? ''));
    };
    column('sources', 'publisher_basis', (s) => s.publisher?.basis);
    column('agreements', 'parties_note', (a) => a.partiesNote);
    column('agreements', 'maybe_same_as', (a) =>
      a.maybeSameAs.length ? a.maybeSameAs.map((m: { agreement: string }) => m.agreement).join(LIST_SEPARATOR) : '',
    );
  });

  it('name the person a source interviews as the content does', () => {
    const rows = new Map(byName('sources').rows.map((r) => [r['id'], r]));
    const sources = raw('sources');
    expect(sources.some((s) => s.interviewee)).toBe(true);
    ids('sources').forEach((id, i) => {
      expect(rows.get(id)?.['interviewee_id'], id).toBe(sources[i].interviewee?.person ?? '');
    });
  });

  it('give every date as the content file writes it, at its stated precision', () => {
    /** The precision a date's form states (README): "2017-04-10" day, "2017-09" month, "2017" year, "2013/2014" period. */
    const precisionOf = (value: string) =>
      value.includes('/') ? 'period' : ['year', 'month', 'day'][value.split('-').length - 1];
    const dated = [
      { table: 'meetings', column: 'date', of: (d: any) => d.date },
      { table: 'events', column: 'date', of: (d: any) => d.date },
      { table: 'agreements', column: 'signed', of: (d: any) => d.signed },
      { table: 'sources', column: 'published', of: (d: any) => d.published },
    ];
    const precisions = new Set<string>();
    const bounds = new Set<string>();
    for (const { table, column, of } of dated) {
      const rows = new Map(byName(table).rows.map((r) => [r['id'], r]));
      const records = raw(table);
      expect(records.length, table).toBeGreaterThan(0);
      ids(table).forEach((id, i) => {
        const date = of(records[i]);
        const value: string = date?.value ?? '';
        const row = rows.get(id);
        expect(row?.[column], `${table}.csv ${id} ${column}`).toBe(value);
        expect(row?.[`${column}_precision`], `${table}.csv ${id} ${column}_precision`).toBe(
          value ? precisionOf(value) : '',
        );
        // Whether the value is only the latest the date can be, as the content file says (absent: it is not).
        const bound = date ? String(date.onOrBefore === true) : '';
        expect(row?.[`${column}_on_or_before`], `${table}.csv ${id} ${column}_on_or_before`).toBe(bound);
        if (value) precisions.add(precisionOf(value)!);
        bounds.add(bound);
      });
    }
    expect([...precisions].sort()).toEqual(['day', 'month', 'period', 'year']);
    expect(bounds).toEqual(new Set(['true', 'false', '']));
  });
});

describe('record.json', () => {
  const record = JSON.parse(
    JSON.stringify(buildRecord(graph, SITE, { title: 'T', built: '2026-01-02', licence: DATA_LICENCE })),
  );

  it('holds every record of every collection, with its page URL', () => {
    for (const name of [
      'sources',
      'meetings',
      'people',
      'countries',
      'organizations',
      'places',
      'agreements',
      'events',
    ]) {
      expect(record[name].map((r: any) => r.id).sort()).toEqual(
        entries
          .filter((e) => e.collection === name)
          .map((e) => e.id)
          .sort(),
      );
    }
    for (const m of record.meetings) expect(m.url).toBe(`${SITE}/meetings/${m.id}/`);
  });

  it('keeps every citation of the content', () => {
    const count = (v: unknown) => JSON.stringify(v).match(/"[a-z0-9-]+#p\d+"/g)?.length ?? 0;
    expect(count(record)).toBe(entries.reduce((n, e) => n + count(e.data), 0));
  });

  it('is what its JSON Schema says, which finds a key missing or one it does not know, where it is', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    expect(validate(record), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const broken = structuredClone(record);
    delete broken.meetings[0].date.value;
    broken.people[0].nationality = broken.people[0].country;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([
      "/meetings/0/date must have required property 'value'",
      '/people/0 must NOT have additional properties',
    ]);
  });

  it('says in its JSON Schema what every key holds, nested ones too: in its own description or its definition’s', () => {
    type Node = { [key: string]: unknown };
    const schema = recordJsonSchema(SITE) as Node;
    const defs = (schema.$defs ?? {}) as Record<string, Node>;
    const described = (node: Node): boolean =>
      typeof node.description === 'string' ||
      (typeof node.$ref === 'string' && described(defs[node.$ref.replace('#/$defs/', '')] ?? {}));
    const silent: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, at));
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node as Node))
        if (key === 'properties')
          for (const [name, declared] of Object.entries(value as Record<string, Node>)) {
            if (!described(declared)) silent.push(`${at}.${name}`);
            walk(declared, `${at}.${name}`);
          }
        else if (key === '$defs') for (const [name, def] of Object.entries(value as Node)) walk(def, `$defs.${name}`);
        // Rules between keys (if, then, else, not, dependentSchemas) name keys declared beside them: only the
        // declarations are read.
        else if (!['if', 'then', 'else', 'not', 'dependentSchemas'].includes(key)) walk(value, at);
    };
    walk(schema, 'record');
    expect(Object.keys(defs).length).toBeGreaterThan(0);
    expect(silent).toEqual([]);
  });

  it('carries into its JSON Schema the rules zod leaves out: an inference’s basis, a date’s form, no formula, no space at an end, no list separator in a list’s value, an absolute URL', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    const broken = structuredClone(record);
    broken.meetings[1].url = new URL(broken.meetings[1].url).pathname;
    const meeting = broken.meetings.find((m: { date: { inferred: boolean } }) => m.date.inferred);
    delete meeting.date.basis;
    broken.meetings[0].date.value = '9 August 2019';
    broken.agreements[0].title = `=${broken.agreements[0].title}`;
    broken.people[0].name = `${broken.people[0].name} `;
    broken.meetings[0].topics[0].text = `${broken.meetings[0].topics[0].text}${LIST_SEPARATOR}more`;
    broken.people[0].roles[0].title = `${broken.people[0].roles[0].title}${LIST_SEPARATOR}more`;
    expect(validate(broken)).toBe(false);
    const at = (path: string) => validate.errors!.filter((e) => e.instancePath === path).map((e) => e.keyword);
    expect(at(`/meetings/${broken.meetings.indexOf(meeting)}/date`)).toContain('required');
    expect(at('/meetings/0/date/value')).toContain('pattern');
    expect(at('/agreements/0/title')).toContain('not');
    expect(at('/people/0/name')).toContain('pattern');
    expect(at('/meetings/0/topics/0/text')).toContain('not');
    expect(at('/people/0/roles/0/title')).toContain('not');
    expect(at('/meetings/1/url')).toContain('pattern');
  });

  it('has a JSON Schema that a validator in strict mode compiles, with no format it must be given', () => {
    // Ajv's strict mode (strictTypes, strictRequired) refused a `pattern` with no `type` and a `required` in a rule
    // (then, not) that did not declare its key; a `format` it has not been given it refuses in any mode.
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(recordJsonSchema(SITE));
    expect(validate(record), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('says in its JSON Schema that a period of years is never only the latest a date can be', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    const broken = structuredClone(record);
    const period = broken.agreements.findIndex((a: { signed?: { value: string } }) => a.signed?.value.includes('/'));
    broken.agreements[period].signed.onOrBefore = true;
    // Another date that is not a period may be the latest it can be (one whose year alone is inferred may not).
    const other = broken.meetings.findIndex(
      (m: { date: { value: string; inferredPart?: string } }) => !m.date.inferredPart && !m.date.value.includes('/'),
    );
    broken.meetings[other].date.onOrBefore = true;
    expect(validate(broken)).toBe(false);
    const at = (path: string) => validate.errors!.filter((e) => e.instancePath === path).map((e) => e.keyword);
    expect(at(`/agreements/${period}/signed`)).toContain('not');
    expect(validate.errors!.map((e) => e.instancePath)).toEqual([`/agreements/${period}/signed`]);
  });

  it('says in its JSON Schema that only an inferred day, not only the latest it can be, has its year alone inferred', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    const broken = structuredClone(record);
    type Date = { value: string; inferred: boolean; onOrBefore: boolean; inferredPart?: string };
    const yearOnly = broken.meetings
      .map((m: { date: Date }, i: number) => [i, m.date] as const)
      .filter(([, d]: readonly [number, Date]) => d.inferredPart === 'year')
      .map(([i]: readonly [number, Date]) => i);
    expect(yearOnly.length).toBeGreaterThan(2);
    const [stated, month, bound] = yearOnly as [number, number, number];
    broken.meetings[stated].date.inferred = false;
    broken.meetings[month].date.value = broken.meetings[month].date.value.slice(0, 7);
    broken.meetings[bound].date.onOrBefore = true;
    expect(validate(broken)).toBe(false);
    // (A date no longer inferred also breaks the rule that only an inferred one has a basis.)
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(
      expect.arrayContaining([
        `/meetings/${stated}/date/inferred const`,
        `/meetings/${month}/date/value pattern`,
        `/meetings/${bound}/date/onOrBefore const`,
      ]),
    );
  });

  it('says in its JSON Schema that a source’s date of publication never has its year alone inferred', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    const broken = structuredClone(record);
    type Date = { value: string; inferred: boolean; onOrBefore: boolean; inferredPart?: string };
    // An inferred day, as a meeting's date with its year alone inferred may be: only not a source's.
    const day = broken.sources.findIndex((s: { published: Date }) => /^\d{4}-\d{2}-\d{2}$/.test(s.published.value));
    Object.assign(broken.sources[day].published, { inferred: true, basis: 'Its dateline.', onOrBefore: false });
    expect(validate(broken), JSON.stringify(validate.errors, null, 1)).toBe(true);
    broken.sources[day].published.inferredPart = 'year';
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([`/sources/${day}/published not`]);
  });

  it('says in its JSON Schema that the earliest a date can be goes only beside the latest, and is no period', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    const broken = structuredClone(record);
    type Date = { value: string; onOrBefore: boolean; onOrAfter?: string };
    const bounded = broken.meetings.findIndex((m: { date: Date }) => m.date.onOrAfter !== undefined);
    const exact = broken.meetings.findIndex((m: { date: Date }) => !m.date.onOrBefore);
    expect(validate(broken)).toBe(true);
    broken.meetings[bounded].date.onOrAfter = '2018/2019';
    broken.meetings[exact].date.onOrAfter = '2010';
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
      `/meetings/${exact}/date/onOrBefore const`,
      `/meetings/${bounded}/date/onOrAfter pattern`,
    ]);
  });

  it('says in its JSON Schema that a list of ids gives each once', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    const broken = structuredClone(record);
    const event = broken.events.findIndex((e: { countries: string[] }) => e.countries.length > 0);
    broken.events[event].countries.push(broken.events[event].countries[0]);
    broken.meetings[0].formerIds = ['old-id', 'old-id'];
    broken.people[0].aliases = ['alias', 'alias'];
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
      '/meetings/0/formerIds uniqueItems',
      '/people/0/aliases uniqueItems',
      `/events/${event}/countries uniqueItems`,
    ]);
  });

  it('says in its JSON Schema that a person has samePerson when, and only when, the sources spell the name two ways', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(recordJsonSchema(SITE));
    const broken = structuredClone(record);
    const many = broken.people.findIndex((p: { spellings: unknown[] }) => p.spellings.length > 1);
    const one = broken.people.findIndex((p: { spellings: unknown[] }) => p.spellings.length === 1);
    expect(broken.people[many].samePerson.inferred).toBe(true);
    delete broken.people[many].samePerson;
    broken.people[one].samePerson = {
      inferred: true,
      basis: 'One spelling.',
      cites: ['kazinform-2019-almaty-conference#p4'],
    };
    expect(validate(broken)).toBe(false);
    const at = (path: string) => validate.errors!.filter((e) => e.instancePath === path).map((e) => e.keyword);
    expect(at(`/people/${many}`)).toContain('required');
    expect(at(`/people/${one}`)).toContain('not');
  });
});
