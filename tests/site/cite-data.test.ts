// Cite this page, the data files and the JSON-LD, on both built sites: each
// checked against the content and against the other outputs of the build
// (the page's canonical URL and heading, the participant table, the source
// paragraphs), and read back through Citation.js and a CSV parser.
import { existsSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { Ajv2020 } from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { escapeRegExp } from '../../src/lib/quote-language';
import { LIST_SEPARATOR } from '../../src/lib/exports';
import { buildGraph } from '../../src/lib/graph';
import { REVISION_LOG_START } from '../../src/lib/revisions';
import { entityPath } from '../../src/lib/urls';
import type { PageKind } from '../../src/lib/kinds';
import { longCorpus, realCorpus } from '../helpers/corpus';
import { LONG_SITE, ROOT_SITE, SITE_URL, SUB_BASE, SUB_SITE, pageFile, readPage, readingPages } from '../helpers/site';

const corpus = realCorpus();
const records: Array<[PageKind, Array<{ id: string; data: { revisions: Array<{ date: string }> } }>]> = [
  ['sources', corpus.sources],
  ['meetings', corpus.meetings],
  ['people', corpus.people],
  ['countries', corpus.countries],
  ['organizations', corpus.organizations],
  ['agreements', corpus.agreements],
  ['events', corpus.events],
];
/**
 * The citation key each kind of page gives its record, as published .bib files and readers' libraries hold it: a
 * change of prefix breaks them, so the prefixes are written out here rather than read from the code.
 */
const KEY_PREFIX: Record<PageKind, string> = {
  sources: 'ties_source',
  meetings: 'ties_meeting',
  people: 'ties_person',
  countries: 'ties_country',
  organizations: 'ties_organization',
  agreements: 'ties_agreement',
  events: 'ties_event',
};
/** A record's old ids and aliases, each answering with a redirect to its page (a meeting's formerIds, a person's spellings). */
const redirects = buildGraph(corpus).redirects;
/** The schema.org type the brief asks of each kind of page. */
const SCHEMA_TYPE: Record<PageKind, string> = {
  sources: 'NewsArticle',
  meetings: 'Event',
  events: 'Event',
  people: 'Person',
  countries: 'Country',
  organizations: 'Organization',
  agreements: 'CreativeWork',
};
type Page = ReturnType<typeof readPage>;
/** Each record's newest revision's day, from the content. */
const newestRevision = new Map<string, string | undefined>(
  records.flatMap(([kind, list]) => list.map((r) => [`${kind}/${r.id}`, r.data.revisions.at(-1)?.date] as const)),
);
/** The newest of these records' newest revisions' days, if any has one. */
const newestOf = (keys: Array<[string, string]>) =>
  keys
    .map(([kind, id]) => newestRevision.get(`${kind}/${id}`))
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
/** The records whose pages a part of a page links to, as [kind, id]. */
const recordsLinked = ($: Page, scope: ReturnType<Page>, base: string): Array<[string, string]> =>
  scope
    .find('a[href]')
    .toArray()
    .map((a) => new RegExp(`^${escapeRegExp(base)}([a-z]+)/([a-z0-9-]+)/(?:#.*)?$`).exec($(a).attr('href')!))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[2]!]);
const toCsl = (text: string) => new Cite(text).data as Array<Record<string, any>>;
/** A title as the CSL processor writes it, its apostrophes curled. */
const curled = (text: string) => text.replace(/'/g, '’');
const readCsv = (text: string) => parse(text, { columns: true }) as Array<Record<string, string>>;

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('%s', (site, base) => {
  const prefix = base.replace(/\/$/, '');
  const origin = SITE_URL + prefix;
  /** The file a site-absolute href of this build names. */
  const fileOf = (href: string) => {
    expect(href.startsWith(base), `${href} is under ${base}`).toBe(true);
    return pageFile(site, `/${href.slice(base.length)}`);
  };
  const read = (href: string) => readFileSync(fileOf(href), 'utf8');
  /** A citation's download links, BibTeX, RIS and CSL-JSON, each to a file that is there, saved as `name`: their texts. */
  const downloads = ($: Page, section: ReturnType<Page>, name: string) => {
    const links = section
      .find('.cite-files a')
      .toArray()
      .map((a) => ({ href: $(a).attr('href')!, download: $(a).attr('download') }));
    expect(links.map((l) => l.href.split('.').pop())).toEqual(['bib', 'ris', 'json']);
    for (const l of links) {
      expect(existsSync(fileOf(l.href)), l.href).toBe(true);
      expect(l.download).toBe(`${name}.${l.href.split('.').pop()}`);
    }
    return links.map((l) => read(l.href));
  };

  describe('cite this page', () => {
    // Every record page, of every kind, and none other: a kind whose layout lacks the section, or whose files the
    // build does not write, fails here.
    for (const [kind, list] of records) {
      it(`${kind}: there are records to cite`, () => expect(list.length).toBeGreaterThan(0));
      for (const { id } of list) {
        it(`${kind}/${id}: the citation names the page's canonical URL and its files read back`, () => {
          const $ = readPage(site, entityPath(kind, id));
          const canonical = $('link[rel="canonical"]').attr('href');
          expect(canonical).toBe(`${origin}${entityPath(kind, id)}`);
          const h1 = $('h1').text().trim();
          const section = $('section.cite-this');
          expect(section).toHaveLength(1);
          expect(section.find('h2').text()).toBe('Cite this page');

          const references = section
            .find('.reference')
            .toArray()
            .map((el) => $(el));
          expect(references).toHaveLength(kind === 'sources' ? 2 : 1);
          expect(references[0]!.attr('data-cite-url')).toBe(canonical);
          expect(references[0]!.text()).toContain(canonical);
          // A meeting's stable link is in this section, where a reader citing the page looks for it; it stood alone
          // after the corrections, as if it were one of them.
          if (kind === 'meetings') expect(section.find('.permalink a').text()).toBe(canonical);

          const [bib, ris, json] = downloads($, section, id);

          const items = JSON.parse(json!) as Array<Record<string, any>>;
          expect(items).toHaveLength(references.length);
          expect(items[0]).toMatchObject({ type: 'webpage', title: h1, URL: canonical });
          // The key the page's record has always had, one prefix per kind, as the BibTeX entry is labelled.
          const key = `${KEY_PREFIX[kind]}_${id.replace(/-/g, '_')}`;
          expect(items[0]!['citation-key']).toBe(key);
          expect(bib!.split('\n')[0], 'the BibTeX label').toMatch(new RegExp(`^@[a-z]+\\{${key},$`));
          // The accessed date is the build day the note on the page gives.
          const built = section.find('.note time').attr('datetime')!;
          expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(items[0]!['accessed']['date-parts'][0].join('-')).toBe(built.split('-').map(Number).join('-'));
          // And the newest correction or addition the page shows: to its own record, or to a record it links with
          // (one that links to it, listed under "What links here", at the least; none it does not link to), linked
          // to where that record's page lists it; or the day the log began, if none has changed.
          const note = section.find('.note').first();
          const changed = note.find('time').eq(1).attr('datetime');
          const linkedFrom = (scope: ReturnType<Page>) => recordsLinked($, scope, base);
          const least = newestOf([[kind, id], ...linkedFrom($('section.backlinks'))]);
          const most = newestOf([[kind, id], ...linkedFrom($('main'))]);
          if (!most) {
            expect(changed).toBe(REVISION_LOG_START);
            expect(note.text()).toContain('Neither it nor any record it links with has been corrected');
          } else {
            expect(changed! >= (least ?? '') && changed! <= most, `${changed} between ${least} and ${most}`).toBe(true);
            const to = note.find('time').eq(1).nextAll('a').first().attr('href')!;
            const [path, anchor] = to.split('#');
            const there = path ? readPage(site, `/${path.slice(base.length)}`) : $;
            expect(there(`li#${anchor}`).find('time').attr('datetime'), to).toBe(changed);
            if (path) expect(there(`li#${anchor}`).nextAll('li').length, `${to} is the newest there`).toBe(0);
          }

          // What the page shows is what Citation.js makes of the downloadable CSL-JSON, a title in another
          // language followed by the site's translation in square brackets, as APA writes it.
          const translation =
            kind === 'sources' ? corpus.sources.find((s) => s.id === id)!.data.titleTranslation : undefined;
          items.forEach((item, i) => {
            const again = new Cite([item])
              .format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
              .trim();
            expect(references[i]!.text()).toBe(
              translation ? again.replace(item['title'], `${item['title']} [${translation}]`) : again,
            );
            expect(references[i]!.attr('data-cite-id')).toBe(item['id']);
          });
          // In italics where APA 7 sets them (10.16, 10.1): the title of a page on a website, not the site's name; the
          // name of the newspaper, not the article's title. A title in another language is marked so in its italics.
          const italics = (reference: ReturnType<Page>) =>
            reference
              .find('i')
              .toArray()
              .map((el) => $(el).text());
          expect(italics(references[0]!)).toEqual([curled(h1)]);
          expect(references[0]!.find('i').attr('lang')).toBe($('h1').attr('lang'));
          const source = kind === 'sources' ? corpus.sources.find((s) => s.id === id)!.data : undefined;
          if (source?.publisher) expect(italics(references[1]!)).toEqual([curled(source.publisher.name)]);
          // A description in square brackets in place of a missing headline is not in italics (APA 7, 9.22).
          else if (source?.titleIsEditorial) expect(italics(references[1]!)).toEqual([]);

          // Citation.js reads RIS's translated title (TT) as the title, and the title (TI) as the original-title.
          for (const back of [toCsl(bib!), toCsl(ris!)]) {
            expect(back.map((b) => b['original-title'] ?? b['title'])).toEqual(items.map((i) => i['title']));
            expect(back[0]!['URL']).toBe(canonical);
          }
          // The site's English rendering of a headline in another language, which the page shows in square brackets
          // after it, is in both citations of each file: BibTeX's titleaddon, RIS's TT and the CSL-JSON note.
          const rendered = (text: string, pattern: RegExp) =>
            [...text.matchAll(pattern)].map((m) => m[1]!.replace(/[{}]/g, ''));
          const inEnglish = Array<string>(items.length).fill(translation!);
          expect(rendered(bib!, /\ttitleaddon = \{(.*)\},\n/g)).toEqual(translation ? inEnglish : []);
          expect(rendered(ris!, /^TT {2}- (.*)$/gm)).toEqual(translation ? inEnglish : []);
          expect(items.map((i) => /^Title in English: (.*)$/m.exec(i['note'] ?? '')?.[1])).toEqual(
            items.map(() => translation),
          );

          if (kind === 'sources') {
            const source = corpus.sources.find((s) => s.id === id)!.data;
            const article = items[1]!;
            expect(article['type']).toBe('article-newspaper');
            expect(article['title'].replace(/^\[(.*)\]$/, '$1')).toBe(h1);
            expect(article['language']).toBe(source.language);
            expect(article['issued']['date-parts'][0].join('-')).toBe(
              source.published.value.split('-').map(Number).join('-'),
            );
            expect(article['container-title']).toBe(source.publisher?.name);
            // A date the site infers is approximate in the reference ("ca. 2017"), and the source's short name says so.
            expect(article['issued']['circa'] ?? false).toBe(source.published.inferred);
            expect(references[1]!.text().includes('(ca. ')).toBe(source.published.inferred);
            const year = source.published.value.slice(0, 4);
            expect(source.shortTitle).toContain(source.published.inferred ? `(ca. ${year})` : `(${year})`);
            expect(toCsl(bib!)[1]!['issued']['date-parts'][0][0]).toBe(Number(source.published.value.slice(0, 4)));
            // How to cite one paragraph: its number and its address, a link to a paragraph of this page.
            const example = section.find('.cite-paragraph a');
            expect(example).toHaveLength(1);
            const n = /^#p(\d+)$/.exec(example.attr('href') ?? '')?.[1];
            expect(n, 'the example links to a paragraph').toBeDefined();
            expect($(`main .para#p${n}`)).toHaveLength(1);
            expect(example.text()).toBe(`${canonical}#p${n}`);
            expect(section.find('.cite-paragraph').text()).toContain(`(“para.\u00a0${n}”)`);
            expect(section.find('.cite-paragraph').text()).toContain(`“para.\u00a0${n} in the site’s numbering”`);
          } else {
            expect(section.find('.cite-paragraph')).toHaveLength(0);
          }
        });
      }
    }

    it('is on record pages only: no list, year or other page carries it', () => {
      const recordPages = new Set(records.flatMap(([kind, list]) => list.map(({ id }) => entityPath(kind, id))));
      const withSection = readingPages(site).filter((path) => readPage(site, path)('section.cite-this').length > 0);
      expect(withSection.sort()).toEqual([...recordPages].sort());
    });

    it('no two pages share a citation key or an id, across kinds', () => {
      const items = records.flatMap(([kind, list]) =>
        list.flatMap(({ id }) => JSON.parse(read(`${base}cite/${kind}/${id}.json`)) as Array<Record<string, any>>),
      );
      expect(new Set(items.map((i) => i['citation-key'])).size).toBe(items.length);
      expect(new Set(items.map((i) => i['id'])).size).toBe(items.length);
    });

    it("each old id or alias a record answers at has the record's citation files, citing its page", () => {
      expect(redirects.length).toBeGreaterThan(0);
      for (const { kind, from, to } of redirects) {
        const canonical = `${origin}${entityPath(kind, to)}`;
        for (const ext of ['bib', 'ris', 'json']) {
          expect(read(`${base}cite/${kind}/${from}.${ext}`), `${kind}/${from}.${ext}`).toBe(
            read(`${base}cite/${kind}/${to}.${ext}`),
          );
        }
        expect(JSON.parse(read(`${base}cite/${kind}/${from}.json`))[0].URL).toBe(canonical);
      }
    });
  });

  it('the Data page cites the whole record as a data set, its version the day its files were built', () => {
    const $ = readPage(site, '/data/');
    const section = $('section.cite-data');
    expect(section).toHaveLength(1);
    expect(section.find('h2').text()).toBe('Cite the data');
    const url = `${origin}/data/`;
    const reference = section.find('.reference');
    expect(reference).toHaveLength(1);
    expect(reference.attr('data-cite-url')).toBe(url);

    // Not saved as "record.json": the data file of that name would be overwritten in a reader's downloads.
    const [bib, ris, json] = downloads($, section, 'record-citation');

    // The version is the build day that record.json and the page give.
    const built = (JSON.parse(read(`${base}data/record.json`)) as { built: string }).built;
    const version = formatDate(built);
    expect(section.find('.note').text()).toContain(version);
    const items = JSON.parse(json!) as Array<Record<string, any>>;
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toMatchObject({ type: 'dataset', URL: url, version });
    expect(item['issued']['date-parts'][0].join('-')).toBe(built.split('-').map(Number).join('-'));
    expect(item['citation-key']).toBe('ties_data_record');

    // The page shows what Citation.js makes of the file: an APA reference to a versioned data set.
    const again = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    expect(reference.text().trim()).toBe(again);
    expect(again).toContain(`(Version ${version}) [Data set]`);
    // APA 7 (10.9): the title of a data set in italics.
    expect(
      reference
        .find('i')
        .toArray()
        .map((el) => $(el).text()),
    ).toEqual([curled(item['title'])]);
    expect(again).toContain(url);

    for (const back of [toCsl(bib!), toCsl(ris!)]) {
      expect(back).toHaveLength(1);
      expect(back[0]!['title']).toBe(item['title']);
      expect(back[0]!['URL']).toBe(url);
    }
    expect(toCsl(ris!)[0]!['type']).toBe('dataset');
    expect(bib).toContain(`version = {${version}}`);
  });

  describe('data files', () => {
    const $data = readPage(site, '/data/');
    const links = $data('.data-files a')
      .toArray()
      .map((a) => $data(a).attr('href')!);
    const csv = (name: string) => readCsv(read(`${base}data/${name}.csv`));

    it('the Data page links every file, each there, and the site navigation links the Data page', () => {
      expect(links).toContain(`${base}data/record.json`);
      expect(links).toContain(`${base}data/record.schema.json`);
      for (const name of [
        'meetings',
        'participants',
        'people',
        'countries',
        'organizations',
        'agreements',
        'events',
        'citations',
      ]) {
        expect(links).toContain(`${base}data/${name}.csv`);
      }
      for (const href of links) expect(existsSync(fileOf(href)), href).toBe(true);
      expect(
        $data('.site-header nav a')
          .toArray()
          .some((a) => $data(a).attr('href') === `${base}data/` && $data(a).text() === 'Data'),
      ).toBe(true);
    });

    it('the Data page describes the record as a Dataset: each file it links, the sources, the build’s version', () => {
      const blocks = $data('head script[type="application/ld+json"]');
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks.html()!);
      expect(data['@type']).toBe('Dataset');
      expect(data.url).toBe($data('link[rel="canonical"]').attr('href'));
      expect(data.name).toBe($data('.cite-data .reference i').first().text());
      expect(data.distribution.map((d: any) => d.contentUrl)).toEqual(links.map((l) => `${SITE_URL}${l}`));
      expect(data.distribution.map((d: any) => d.encodingFormat)).toEqual(
        $data('.data-files a')
          .toArray()
          .map((a) => $data(a).attr('type')),
      );
      expect(data.version).toBe(JSON.parse(read(`${base}data/record.json`)).built);
      expect(data.license.text).toBe(JSON.parse(read(`${base}data/record.json`)).licence);
      // Each source by the @id its own page gives it.
      expect(data.isBasedOn.map((s: any) => s['@id'])).toEqual(
        corpus.sources.map(
          (s) =>
            JSON.parse(readPage(site, entityPath('sources', s.id))('head script[type="application/ld+json"]').html()!)[
              '@id'
            ],
        ),
      );
    });

    it('the Data page and record.json state the terms of reuse, as the README gives them', () => {
      const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
      const terms = /state the terms of reuse \(`DATA_LICENCE` in `src\/lib\/exports\.ts`\): “([^”]+)”/.exec(
        readme,
      )?.[1];
      expect(terms).toBeDefined();
      expect($data('.heading:has(#reuse) + p').text().replace(/\s+/g, ' ')).toBe(terms);
      expect(JSON.parse(read(`${base}data/record.json`)).licence).toBe(terms);
    });

    it('documents every top-level key of record.json, in order, in the words of its JSON Schema', () => {
      const record = JSON.parse(read(`${base}data/record.json`));
      const schema = JSON.parse(read(`${base}data/record.schema.json`));
      const rows = $data('.heading:has(#field-record-json) + table tbody tr')
        .toArray()
        .map((tr) => [$data(tr).find('th').text().trim(), $data(tr).find('td').text().trim()] as const);
      expect(rows.map(([key]) => key)).toEqual(Object.keys(record));
      for (const [key, meaning] of rows) {
        expect(meaning, key).toMatch(/\w{3}/);
        expect(meaning, key).toBe(schema.properties[key].description);
      }
    });

    it('documents every column of every CSV file, in order', () => {
      for (const href of links.filter((l) => l.endsWith('.csv'))) {
        const name = href
          .split('/')
          .pop()!
          .replace(/\.csv$/, '');
        const [header, ...rows] = parse(read(href)) as string[][];
        const documented = $data(`.heading:has(#field-${name}) + p + table tbody th`)
          .toArray()
          .map((th) => $data(th).text());
        expect(documented, name).toEqual(header);
        // Each with its type in words and its meaning: a type the page has no words for left the cell empty.
        $data(`.heading:has(#field-${name}) + p + table tbody tr`).each((_, tr) => {
          const column = $data(tr).find('th').text();
          expect($data(tr).find('td.type').text().trim(), `${name}.${column}: type`).not.toBe('');
          expect($data(tr).find('td').eq(1).text().trim(), `${name}.${column}: meaning`).not.toBe('');
          // An example from the file, cut short at a word's end, or the words that say the column is empty in it.
          const values = rows.map((r) => r[header!.indexOf(column)]!).filter((v) => v !== '');
          const example = $data(tr).find('td.example').text().replace(/\s+/g, ' ').trim();
          if (values.length === 0) expect(example, `${name}.${column}: example`).toBe('empty in every row');
          else {
            const shown = example.replace(/…$/, '');
            const from = values.find((v) => v.replace(/\s+/g, ' ').startsWith(shown));
            expect(from, `${name}.${column}: example “${example}”`).toBeDefined();
            const next = from!.replace(/\s+/g, ' ').charAt(shown.length);
            // Inside a word only when that word is longer than half the example (a URL, an id).
            if (example.endsWith('…') && shown.lastIndexOf(' ') > shown.length / 2)
              expect(
                /[\p{L}\p{N}]/u.test(shown.at(-1)!) && /[\p{L}\p{N}]/u.test(next),
                `${name}.${column}: “${example}” cut inside a word`,
              ).toBe(false);
          }
        });
      }
    });

    it('each CSV file holds a row for each record of its kind (by id), each participation and each citation, and no more', () => {
      const citesOf = (kind: string, list: Array<{ id: string; data: unknown }>) =>
        list.flatMap((r) =>
          (JSON.stringify(r.data).match(/[a-z0-9-]+#p\d+/g) ?? []).map((c) => `${kind} ${r.id} ${c}`),
        );
      /** What each file's rows stand for, read off the content, and how a row names it. */
      const expected: Record<string, { keys: string[]; key: (row: Record<string, string>) => string }> = {
        ...Object.fromEntries(
          records.map(([kind, list]) => [kind, { keys: list.map((r) => r.id), key: (row) => row['id']! }]),
        ),
        participants: {
          keys: corpus.meetings.flatMap((m) => m.data.participants.map((p) => `${m.id} ${p.person}`)),
          key: (row) => `${row['meeting_id']} ${row['person_id']}`,
        },
        citations: {
          keys: [
            ...citesOf('sources', corpus.sources),
            ...citesOf('meetings', corpus.meetings),
            ...citesOf('people', corpus.people),
            ...citesOf('countries', corpus.countries),
            ...citesOf('organizations', corpus.organizations),
            ...citesOf('agreements', corpus.agreements),
            ...citesOf('events', corpus.events),
          ],
          key: (row) => `${row['record_kind']} ${row['record_id']} ${row['source_id']}#p${row['paragraph']}`,
        },
      };
      const files = links
        .filter((l) => l.endsWith('.csv'))
        .map((href) =>
          href
            .split('/')
            .pop()!
            .replace(/\.csv$/, ''),
        );
      expect(files.sort()).toEqual(Object.keys(expected).sort());
      for (const [name, { keys, key }] of Object.entries(expected)) {
        const rows = csv(name);
        expect(keys.length, name).toBeGreaterThan(0);
        expect(rows.length, `${name}.csv rows`).toBe(keys.length);
        expect(rows.map(key).sort(), name).toEqual([...keys].sort());
      }
    });

    it('record.json is valid against its JSON Schema, which finds a key of a copy missing or unknown, where it is', () => {
      const schema = JSON.parse(read(`${base}data/record.schema.json`));
      expect(schema.$id).toBe(`${origin}/data/record.schema.json`);
      const validate = new Ajv2020({ allErrors: true }).compile(schema);
      const record = JSON.parse(read(`${base}data/record.json`));
      expect(validate(record), JSON.stringify(validate.errors, null, 1)).toBe(true);
      // What a researcher's validator reads: the nested keys, each with what it holds.
      expect(schema.properties.meetings.items.properties.date.$ref).toBe('#/$defs/datedFact');
      expect(Object.keys(schema.$defs.datedFact.properties)).toEqual([
        'value',
        'onOrBefore',
        'onOrAfter',
        'inferred',
        'inferredPart',
        'basis',
        'cites',
      ]);
      expect(schema.$defs.datedFact.properties.inferred.description).toBeTruthy();
      const broken = structuredClone(record);
      delete broken.meetings[0].date.value;
      broken.agreements[0].signedBy = broken.agreements[0].parties;
      broken.meetings[0].place.inferred = true;
      delete broken.meetings[0].place.basis;
      expect(validate(broken)).toBe(false);
      expect(validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([
        "/meetings/0/date must have required property 'value'",
        "/meetings/0/place must have required property 'basis'",
        '/meetings/0/place must match "then" schema',
        '/agreements/0 must NOT have additional properties',
      ]);
    });

    it('an example that quotes a source not in English marks the words it quotes, also when it is cut short', () => {
      const foreign = corpus.sources
        .filter((s) => s.data.language !== 'en')
        .map((s) => ({ language: s.data.language, text: s.paragraphs.map((p) => p.text).join('\n') }));
      // The language of a source whose paragraphs hold the phrase word for word; one cut short may end inside a word.
      const languageOf = (phrase: string, cut = false) => {
        const words = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}${cut ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
        return foreign.find((s) => words.test(s.text))?.language;
      };
      const quoted: string[] = [];
      const unmarked: string[] = [];
      $data('td.example code').each((_, code) => {
        // Its text outside any marked part (each written as U+FFFC): a quotation closed, or left open where the example
        // is cut short (“…).
        const plain = $data(code)
          .contents()
          .map((_, n) => (n.type === 'text' ? $data(n).text() : '\uFFFC'))
          .get()
          .join('');
        for (const [, phrase, end] of plain.matchAll(/“([^”\uFFFC]+?)(”|…$)/g)) {
          quoted.push(phrase!);
          if (languageOf(phrase!, end === '…')) unmarked.push(phrase!);
        }
      });
      expect(quoted.length).toBeGreaterThan(0);
      expect(unmarked).toEqual([]);
      $data('td.example [lang]').each((_, el) => {
        // Cut short: the ellipsis follows it.
        const cut = el.nextSibling !== null && $data(el.nextSibling).text() === '…';
        expect($data(el).attr('lang'), $data(el).text()).toBe(languageOf($data(el).text(), cut));
      });
    });

    it('record.json lists the same meetings as the site has pages for, with their canonical URLs', () => {
      const record = JSON.parse(read(`${base}data/record.json`));
      expect(record.meetings.map((m: any) => m.id).sort()).toEqual(corpus.meetings.map((m) => m.id).sort());
      for (const m of record.meetings) {
        const $ = readPage(site, entityPath('meetings', m.id));
        expect(m.url).toBe($('link[rel="canonical"]').attr('href'));
      }
      expect(record.url).toBe(`${origin}/`);
    });

    it("each meeting's participants in participants.csv are the people linked in its page's participant table", () => {
      const rows = csv('participants');
      for (const m of corpus.meetings) {
        const $ = readPage(site, entityPath('meetings', m.id));
        const linked = $('.heading:has(#participants) + .table-wrap table tbody th a')
          .toArray()
          .map((a) => $(a).attr('href')!.slice(`${prefix}/people/`.length).replace(/\/$/, ''));
        expect(linked.length).toBeGreaterThan(1);
        expect(rows.filter((r) => r['meeting_id'] === m.id).map((r) => r['person_id'])).toEqual(linked);
      }
    });

    it('meetings.csv agrees with the meeting pages on title and URL', () => {
      for (const row of csv('meetings')) {
        const $ = readPage(site, entityPath('meetings', row['id']!));
        expect(row['title']).toBe($('h1').text().trim());
        expect(row['url']).toBe($('link[rel="canonical"]').attr('href'));
      }
    });

    it('the Data page says an id is a label, showing one made of what the site infers', () => {
      const text = $data('.heading:has(#ids) + p').text().replace(/\s+/g, ' ');
      expect(text).toContain('It is a label, not a statement.');
      const named = corpus.meetings.filter((m) => text.includes(`meeting ${m.id} has an inferred`));
      expect(named).toHaveLength(1);
      const { date, place } = named[0]!.data;
      expect(text).toContain(
        `has an inferred ${[date.inferred && 'date', place.inferred && 'place'].filter(Boolean).join(' and ')})`,
      );
    });

    it('each record’s notes are in its row, the inferred ones also in inferred_notes, as its page states them', () => {
      // The tables had left notes out, with their inferred marks, while the Data page says the files say what the pages say.
      type Noted = { id: string; data: { notes: Array<{ text: string; inferred?: boolean | undefined }> } };
      const noted: Array<[string, Noted[]]> = [
        ['meetings', corpus.meetings],
        ['countries', corpus.countries],
        ['organizations', corpus.organizations],
        ['agreements', corpus.agreements],
        ['events', corpus.events],
      ];
      let notes = 0;
      for (const [name, list] of noted) {
        const rows = new Map(csv(name).map((r) => [r['id']!, r]));
        for (const r of list) {
          const row = rows.get(r.id)!;
          const texts = r.data.notes.map((n) => n.text);
          notes += texts.length;
          expect(row['notes'], `${name} ${r.id}`).toBe(texts.join(LIST_SEPARATOR));
          expect(row['inferred_notes'], `${name} ${r.id}`).toBe(
            r.data.notes
              .filter((n) => n.inferred)
              .map((n) => n.text)
              .join(LIST_SEPARATOR),
          );
        }
      }
      expect(notes).toBeGreaterThan(0);
    });

    it("citations.csv's field is a path into the record in record.json, its numbers counting from 0 as documented", () => {
      const meaning = $data('.heading:has(#field-citations) + p + table tbody tr')
        .filter((_, tr) => $data(tr).find('th').text() === 'field')
        .find('td')
        .eq(1)
        .text();
      expect(meaning).toContain('count from 0');
      const record = JSON.parse(read(`${base}data/record.json`));
      const rows = csv('citations');
      expect(rows.some((r) => /\.0(\.|$)/.test(r['field']!))).toBe(true);
      for (const r of rows) {
        const entry = record[r['record_kind']!].find((e: { id: string }) => e.id === r['record_id']);
        const value = r['field']!.split('.').reduce((at: any, key) => at?.[key], entry);
        expect(value, `${r['record_id']} ${r['field']}`).toBe(`${r['source_id']}#p${r['paragraph']}`);
      }
    });

    it("each citation row's paragraph URL names an existing paragraph of the source page", () => {
      const rows = csv('citations');
      expect(rows.length).toBeGreaterThan(0);
      const pages = new Map<string, ReturnType<typeof readPage>>();
      for (const r of rows) {
        const url = new URL(r['paragraph_url']!);
        expect(`${url.origin}${url.pathname}`).toBe(`${origin}/sources/${r['source_id']}/`);
        expect(url.hash).toBe(`#p${r['paragraph']}`);
        const path = url.pathname.slice(prefix.length);
        const $ = pages.get(path) ?? readPage(site, path);
        pages.set(path, $);
        expect($(`[id="p${r['paragraph']}"]`), r['paragraph_url']).toHaveLength(1);
      }
    });
  });

  describe('JSON-LD', () => {
    for (const [kind, list] of records) {
      it(`every ${kind} page describes its record as ${SCHEMA_TYPE[kind]}, named as its heading`, () => {
        for (const { id } of list) {
          const $ = readPage(site, entityPath(kind, id));
          const blocks = $('head script[type="application/ld+json"]');
          expect(blocks, `${kind}/${id}`).toHaveLength(1);
          const text = blocks.html()!;
          expect(text).not.toContain('<');
          const data = JSON.parse(text);
          expect(data['@context']).toBe('https://schema.org');
          expect(data['@type']).toBe(SCHEMA_TYPE[kind]);
          expect(data.name).toBe($('h1').text().trim());
          // A source article was published elsewhere: its page here is where it is kept, not its address.
          const here = kind === 'sources' ? 'archivedAt' : 'url';
          expect(data[here]).toBe($('link[rel="canonical"]').attr('href'));
          if (kind === 'sources') expect(data.url).toBeUndefined();
          for (const s of data.subjectOf ?? []) {
            expect(s.archivedAt.startsWith(`${origin}/sources/`)).toBe(true);
            expect(s.url).toBeUndefined();
          }
        }
      });
    }

    it('a record named in another’s data carries the @id its own page gives it, a source also its language', () => {
      const dataOf = (kind: PageKind, id: string) =>
        JSON.parse(readPage(site, entityPath(kind, id))('head script[type="application/ld+json"]').html()!);
      const own = new Map(
        records.flatMap(([kind, list]) =>
          list.map(({ id }) => {
            const data = dataOf(kind, id);
            return [data.url ?? data.archivedAt, data] as const;
          }),
        ),
      );
      let named = 0;
      const walk = (node: unknown, page: string): void => {
        if (Array.isArray(node)) return node.forEach((n) => walk(n, page));
        if (typeof node !== 'object' || node === null) return;
        const n = node as Record<string, unknown>;
        const target = own.get((n['url'] ?? n['archivedAt']) as string);
        if (target && n !== own.get(page)) {
          named++;
          expect(n['@id'], `${page} names ${target['@id']}`).toBe(target['@id']);
          expect(n['@type']).toBe(target['@type']);
          if (target.inLanguage) expect(n['inLanguage'], `${page} names ${target['@id']}`).toBe(target.inLanguage);
        }
        for (const v of Object.values(n)) walk(v, page);
      };
      for (const [page, data] of own) walk(data, page);
      expect(named).toBeGreaterThan(own.size);
    });

    it('a meeting is an Event at its stated date and place, attended by the people its page lists', () => {
      for (const m of corpus.meetings) {
        const $ = readPage(site, entityPath('meetings', m.id));
        const data = JSON.parse($('script[type="application/ld+json"]').html()!);
        // A date or place the site inferred is left out, as is a date that is only the latest it can be (the unit
        // tests check every kind of fact).
        expect(data.startDate).toBe(m.data.date.inferred || m.data.date.onOrBefore ? undefined : m.data.date.value);
        // Its place as the content gives it: the name, the coordinates and the country.
        const place = corpus.places.find((p) => p.id === m.data.place.place)!.data;
        if (m.data.place.inferred) expect(data.location, m.id).toBeUndefined();
        else
          expect(data.location, m.id).toMatchObject({
            '@type': 'Place',
            name: place.name,
            geo: { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude },
            containedInPlace: { url: `${origin}/countries/${place.country}/` },
          });
        // Each person as the page's table lists them, in a Role holding the office given in the table's next cell:
        // not the person's jobTitle, which would read as the office held now (and a person at two meetings would
        // hold both). One the site files as one person with other spellings only by its inference is named as the
        // meeting's paragraphs spell them, as the table says beside its citation ("named … in ¶4"), not tied to their page.
        const listed = $('.heading:has(#participants) + .table-wrap table tbody tr')
          .toArray()
          .map((tr, i) => {
            const link = $(tr).find('th a');
            const person = corpus.people.find((p) => p.id === m.data.participants[i]!.person)!.data;
            const spelled = $(tr)
              .find('.named-there')
              .text()
              .match(/named “([^”]+)”/)?.[1];
            return {
              '@type': 'Role',
              roleName: $(tr).children('td').first().text().trim(),
              attendee:
                person.samePerson?.inferred && spelled
                  ? { '@type': 'Person', name: spelled }
                  : { name: link.text().trim(), url: `${SITE_URL}${link.attr('href')}` },
            };
          });
        expect(listed.length, m.id).toBe(m.data.participants.length);
        expect(data.attendee, m.id).toMatchObject(listed);
        for (const [i, role] of listed.entries())
          if (!('url' in role.attendee)) expect(data.attendee[i].attendee, m.id).toEqual(role.attendee);
        expect(JSON.stringify(data), m.id).not.toContain('jobTitle');
        const sources = [
          ...new Set(
            m.data.participants
              .flatMap((p) => p.cites)
              .concat(m.data.place.cites)
              .map((c) => c.split('#')[0]),
          ),
        ];
        for (const s of sources)
          expect(data.subjectOf.map((x: any) => x.archivedAt)).toContain(`${origin}/sources/${s}/`);
      }
    });

    it('a source is a NewsArticle with its publication date, language and publisher, or only a credit', () => {
      // One names its publisher only in a credit line, which may credit a report the text was taken from.
      expect(corpus.sources.some((s) => s.data.publisher?.creditOnly)).toBe(true);
      expect(corpus.sources.some((s) => s.data.publisher && !s.data.publisher.creditOnly)).toBe(true);
      for (const s of corpus.sources) {
        const $ = readPage(site, entityPath('sources', s.id));
        const data = JSON.parse($('script[type="application/ld+json"]').html()!);
        // Nor one the site only reads as the day of publication (an interview's date).
        expect(data.datePublished, s.id).toBe(
          s.data.published.inferred || s.data.publishedReading ? undefined : s.data.published.value,
        );
        expect(data.inLanguage).toBe(s.data.language);
        const credit = s.data.publisher?.creditOnly;
        expect(data.publisher?.name, s.id).toBe(credit ? undefined : s.data.publisher?.name);
        expect(data.creditText, s.id).toBe(credit ? s.data.publisher!.name : undefined);
        // The site's translation of a headline is not the article's alternative headline.
        expect(data.alternativeHeadline, s.id).toBeUndefined();
      }
    });

    it('a person carries the roles as reported and any spelling not filed by inference, and no nationality', () => {
      expect(corpus.people.some((p) => p.data.samePerson?.inferred)).toBe(true);
      for (const p of corpus.people) {
        const $ = readPage(site, entityPath('people', p.id));
        const data = JSON.parse($('script[type="application/ld+json"]').html()!);
        // Spellings filed as one person by the site's inference are no alternateName: schema.org cannot mark it.
        const others = p.data.samePerson?.inferred
          ? []
          : [...new Set(p.data.spellings.map((s) => s.text))].filter((s) => s !== p.data.name);
        expect(data.alternateName ?? []).toEqual(others);
        // As reported, as the page heads them: jobTitle would give a past office as the one held now. One filed as
        // one person by inference has the roles the sources spelling the site's name report (the unit tests read
        // which those are from the paragraphs).
        expect(data.jobTitle).toBeUndefined();
        const roles = p.data.roles.map((r) => r.title);
        const listed = data.description.match(/^Roles as the sources report them: (.+)\.$/)?.[1]?.split('; ');
        if (p.data.samePerson?.inferred) expect(roles, p.id).toEqual(expect.arrayContaining(listed));
        else expect(listed, p.id).toEqual(roles);
        // The country a person is filed under is the one they serve: no source states a nationality.
        expect(data.nationality).toBeUndefined();
      }
    });
  });
});

describe('JSON-LD on the long synthetic record, whose meetings are mostly dated by their sources', () => {
  it('gives a meeting the date its source states as startDate, and none to one inferred or dated to a period', () => {
    // A date that is only the latest it can be ("on or before") is checked on the real record, which has one.
    const long = longCorpus();
    const kept = (m: (typeof long.meetings)[number]) =>
      !m.data.date.inferred && !m.data.date.onOrBefore && !m.data.date.value.includes('/');
    const stated = long.meetings.filter(kept);
    const inferred = long.meetings.filter((m) => m.data.date.inferred);
    const periods = long.meetings.filter((m) => m.data.date.value.includes('/'));
    // Both sides of the rule: the real record's meetings are all dated by inference.
    expect([stated.length > 10, inferred.length > 0, periods.length > 0]).toEqual([true, true, true]);
    for (const m of [...stated.slice(0, 60), ...inferred.slice(0, 20), ...periods.slice(0, 20)]) {
      const data = JSON.parse(
        readPage(LONG_SITE, entityPath('meetings', m.id))('script[type="application/ld+json"]').html()!,
      );
      expect(data.startDate, m.id).toBe(kept(m) ? m.data.date.value : undefined);
    }
  });
});
