// Cite this page: CSL-JSON items from the real records of every kind, and the
// BibTeX, RIS and APA Citation.js makes of them, read back by Citation.js.
import { Cite, plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { buildDay } from '../../src/lib/built';
import {
  articleItem,
  BIBLATEX_LANGID,
  BIBLATEX_LANGUAGE,
  CITE_STYLE,
  CITATION_KEY_PREFIX,
  CITED_KINDS,
  citationFile,
  citationKey,
  citeFiles,
  cslDate,
  datasetItem,
  everyPageCitation,
  formatReference,
  keepCapitals,
  markTitle,
  pageCitations,
  pageItem,
  referenceText,
  sourceItems,
  splitNote,
  type CslItem,
  type PageContext,
  RIS_LINE_END,
} from '../../src/lib/cite';
import { datePrecision, formatDate } from '../../src/lib/dates';
import { buildGraph } from '../../src/lib/graph';
import { citeFilePath } from '../../src/lib/urls';
import { PAGE_KINDS } from '../../src/lib/kinds';
import { realCorpus } from '../helpers/corpus';

const corpus = realCorpus();
const graph = buildGraph(corpus);
const SITE = 'Test Site – Security';
const ctx = (path: string): PageContext => ({
  url: `https://cite.example.org/sub/${path}`,
  built: '2026-03-07',
  siteTitle: SITE,
});
const PARTS: Record<string, number> = { day: 3, month: 2, year: 1 };

/** Parses a BibTeX or RIS text back to CSL items. */
const parse = (text: string) => new Cite(text).data as Array<Record<string, unknown>>;

describe('cslDate', () => {
  it('keeps the precision the value states', () => {
    expect(cslDate('2019-08-09')).toEqual({ 'date-parts': [[2019, 8, 9]] });
    expect(cslDate('2017-09')).toEqual({ 'date-parts': [[2017, 9]] });
    expect(cslDate('2017')).toEqual({ 'date-parts': [[2017]] });
    expect(cslDate('2014/2015')).toEqual({ 'date-parts': [[2014], [2015]] });
  });
  it('refuses a value that is not a date', () => {
    expect(() => cslDate('2017-13')).toThrow(/not a date/);
  });
});

describe('buildDay', () => {
  it('takes SOURCE_DATE_EPOCH when set, the clock otherwise', () => {
    expect(buildDay('0')).toBe('1970-01-01');
    expect(buildDay('1700000000')).toBe('2023-11-14');
    expect(buildDay(undefined, new Date('2025-02-03T23:59:00Z'))).toBe('2025-02-03');
    expect(buildDay('', new Date('2025-02-03T00:00:00Z'))).toBe('2025-02-03');
  });
});

describe('source pages', () => {
  it('cite the page, then the article as published, with its date at its precision', () => {
    expect(corpus.sources.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      const c = ctx(`sources/${s.id}/`);
      const [page, article, ...rest] = sourceItems(s.id, s.data, c);
      expect(rest).toEqual([]);
      expect(page).toMatchObject({
        type: 'webpage',
        title: s.data.title,
        URL: c.url,
        'container-title': SITE,
        accessed: { 'date-parts': [[2026, 3, 7]] },
      });
      expect(page!.author?.[0]?.literal).toContain(SITE);
      expect(page!.issued).toBeUndefined();

      expect(article!.type).toBe('article-newspaper');
      expect(article!.language).toBe(s.data.language);
      expect(article!.URL).toBeUndefined();
      expect(article!['container-title']).toBe(s.data.publisher?.name);
      // A name given only in a credit line is still the container, with the note that says what it may credit.
      expect(article!.note?.includes(`${s.data.publisher?.name} is named only in a credit line`) ?? false).toBe(
        s.data.publisher?.creditOnly ?? false,
      );
      // RIS joins a note's lines with a space (its title line aside, which is its TT): each ends as a sentence does,
      // or they run together.
      for (const line of splitNote(article!.note).rest?.split('\n') ?? []) expect(line, s.id).toMatch(/[.)]$/);
      const parts = article!.issued!['date-parts'];
      expect(parts).toHaveLength(1);
      expect(parts[0]!.join('-')).toBe(s.data.published.value.split('-').map(Number).join('-'));
      expect(parts[0]).toHaveLength(PARTS[datePrecision(s.data.published.value)!]!);
      expect(article!.title.startsWith('[')).toBe(s.data.titleIsEditorial);
      expect(Boolean(article!.note?.includes('inferred'))).toBe(s.data.published.inferred);
      // A date the site only reads as the day of publication (an interview's) carries the reading, as on the page.
      const reading = s.data.publishedReading?.text;
      expect(/ read it \(/.test(article!.note ?? ''), s.id).toBe(reading !== undefined);
      if (reading) expect(article!.note, s.id).toContain(reading);
    }
    expect(corpus.sources.some((s) => s.data.publishedReading)).toBe(true);
  });

  it('give the page the language of its title, the article’s, so that no processor recases a German headline', () => {
    // citeproc-js (the processor of Zotero and of Citation.js) title-cases a title only for an item whose language is
    // English (citeproc_commonjs.js 2.4.63, makeTxt: `primary_locale !== "en"` turns text-case="title" into
    // "passthrough"). A source page is titled with the article's headline and says it is "In German, with the site's
    // English translation beside it" (SourcePage.astro).
    const german = corpus.sources.filter((s) => s.data.language !== 'en');
    expect(german.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      expect(sourceItems(s.id, s.data, ctx('x/'))[0]!.language, s.id).toBe(s.data.language);
    }
    const titleCase = 'test-title-case';
    (plugins.config.get('@csl') as unknown as { styles: { add(n: string, s: string): void } }).styles.add(
      titleCase,
      `<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>t</title><id>t</id>` +
        `<updated>2026-01-01T00:00:00+00:00</updated></info><citation><layout><text variable="title"/></layout>` +
        `</citation><bibliography><layout><text variable="title" text-case="title"/></layout></bibliography></style>`,
    );
    const titled = (item: CslItem) =>
      new Cite([item]).format('bibliography', { format: 'text', template: titleCase, lang: 'en-US' }).trim();
    for (const s of german) expect(titled(sourceItems(s.id, s.data, ctx('x/'))[0]!)).toBe(s.data.title);
  });

  it('are told apart from the article by their citation keys, safe for BibTeX', () => {
    for (const s of corpus.sources) {
      const keys = sourceItems(s.id, s.data, ctx('x/')).map((i) => i['citation-key']);
      expect(new Set(keys).size).toBe(2);
      for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
    }
    expect(citationKey('a', 'x-y.z')).toBe('a_x_y_z');
  });
});

describe('record pages of every kind', () => {
  it('are every record page kind', () => {
    expect([...CITED_KINDS].sort()).toEqual([...PAGE_KINDS].sort());
  });

  it('cite the page as titled by its heading, with its canonical URL and the build day as the accessed date', () => {
    for (const kind of CITED_KINDS) {
      expect(graph.corpus[kind].length, kind).toBeGreaterThan(0);
      for (const { id } of graph.corpus[kind]) {
        const c = ctx(`${kind}/${id}/`);
        const items = pageCitations(graph, kind, id, c)!;
        expect(items, `${kind}/${id}`).toHaveLength(kind === 'sources' ? 2 : 1);
        expect(items[0]).toMatchObject({
          type: 'webpage',
          title: graph.title(kind, id),
          URL: c.url,
          'container-title': SITE,
          accessed: { 'date-parts': [[2026, 3, 7]] },
          language: graph.titleLang(kind, id) ?? 'en',
        });
        expect(items[0]!.author?.[0]?.literal).toContain(SITE);
        expect(items[0]!.issued).toBeUndefined();
      }
      expect(pageCitations(graph, kind, 'no-such-record', ctx('x/'))).toBeUndefined();
    }
    expect(pageCitations(graph, 'meetings', corpus.meetings[0]!.id, ctx('x/'))![0]!.title).toBe(
      corpus.meetings[0]!.data.title,
    );
    expect(pageCitations(graph, 'people', corpus.people[0]!.id, ctx('x/'))![0]!.title).toBe(
      corpus.people[0]!.data.name,
    );
  });

  it('give each kind a key prefix of its own, the meeting and source keys as first published', () => {
    expect(
      pageCitations(graph, 'meetings', '2017-04-10-minsk-lukashenko-guo-cao', ctx('x/'))![0]!['citation-key'],
    ).toBe('ties_meeting_2017_04_10_minsk_lukashenko_guo_cao');
    const source = corpus.sources[0]!.id;
    expect(pageCitations(graph, 'sources', source, ctx('x/'))!.map((i) => i['citation-key'])).toEqual([
      `ties_source_${source.replace(/-/g, '_')}`,
      `article_${source.replace(/-/g, '_')}`,
    ]);
    const keys = CITED_KINDS.flatMap((kind) =>
      graph.corpus[kind].flatMap(({ id }) => pageCitations(graph, kind, id, ctx('x/'))!.map((i) => i['citation-key'])),
    );
    expect(new Set(keys).size).toBe(keys.length);
    // The same id in two kinds still gets two keys, and two ids.
    const pages = CITED_KINDS.map((kind) => pageItem(kind, 'same-id', 'T', ctx('x/')));
    expect(pages.map((i) => i['citation-key'])).toEqual(
      CITED_KINDS.map((kind) => `${CITATION_KEY_PREFIX[kind]}_same_id`),
    );
    expect(new Set(pages.map((i) => i['citation-key'])).size).toBe(CITED_KINDS.length);
    expect(new Set(pages.map((i) => i.id)).size).toBe(CITED_KINDS.length);
  });

  it('are listed, every one, for the reference worker: each record once, in the order of the kinds the build renders', () => {
    const every = everyPageCitation(graph, (kind, id) => ctx(`${kind}/${id}/`));
    const expected = CITED_KINDS.flatMap((kind) =>
      graph.corpus[kind].flatMap(({ id }) => pageCitations(graph, kind, id, ctx(`${kind}/${id}/`))!),
    );
    expect(every).toHaveLength(expected.length);
    expect(new Set(every.map((i) => i.id))).toEqual(new Set(expected.map((i) => i.id)));
  });

  it('have their files at each record and at each old id or alias, citing the record', () => {
    const files = citeFiles(graph);
    const at = new Map(files.map((f) => [f.path, f]));
    for (const kind of CITED_KINDS) {
      for (const { id } of graph.corpus[kind]) {
        for (const format of ['bib', 'ris', 'json'] as const) {
          expect(at.get(citeFilePath(kind, id, format)), `${kind}/${id}.${format}`).toEqual({
            kind,
            path: `/cite/${kind}/${id}.${format}`,
            target: id,
            format,
          });
        }
      }
    }
    expect(graph.redirects.some((r) => r.kind === 'people')).toBe(true);
    for (const r of graph.redirects) expect(at.get(citeFilePath(r.kind, r.from, 'bib'))?.target).toBe(r.to);
    expect(files).toHaveLength(
      3 * (CITED_KINDS.reduce((n, kind) => n + graph.corpus[kind].length, 0) + graph.redirects.length),
    );
  });
});

describe('the files', () => {
  const all: CslItem[] = CITED_KINDS.flatMap((kind) =>
    graph.corpus[kind].flatMap(({ id }) => pageCitations(graph, kind, id, ctx(`${kind}/${id}/`))!),
  );
  /** The site's English rendering of each headline in another language, by the headline. */
  const translationOf = new Map(
    corpus.sources.flatMap((s) => (s.data.titleTranslation ? [[s.data.title, s.data.titleTranslation]] : [])),
  );
  /** A text's entries, split at each BibTeX `@` or RIS `TY` that begins one. */
  const entriesOf = (text: string) => text.split(/\r?\n(?=@|TY {2}- )/);

  it('give a title in another language its English rendering, on the page and the article alike, once each', () => {
    // APA 7 follows a title in another language with its translation in square brackets (10.2, example 27). BibTeX: biblatex’s
    // titleaddon, which biblatex-apa prints so (apa.bbx: `\mkbibbrackets`), and which Zotero's BibTeX import leaves
    // out rather than make a note of it (BibTeX.js knows no titleaddon). RIS: TT, its translated title (Zotero's RIS
    // import keeps it in a note, as "Translated Title: …", RIS.js line 498). CSL-JSON has no such variable: the note,
    // which Zotero keeps as the item's Extra. Never also in the BibTeX or RIS note: Zotero would hold it twice.
    expect(translationOf.size).toBeGreaterThan(0);
    const [bib, ris] = [entriesOf(citationFile(all, 'bib')), entriesOf(citationFile(all, 'ris'))];
    expect([bib.length, ris.length]).toEqual([all.length, all.length]);
    all.forEach((item, n) => {
      const translation = translationOf.get(item.title);
      const addon = bib[n]!.match(/\ttitleaddon = \{(.*)\},\n/g) ?? [];
      const tt = ris[n]!.split(RIS_LINE_END).filter((l) => l.startsWith('TT  - '));
      const noted = (item.note ?? '').split('\n').filter((l) => l.startsWith('Title in English: '));
      expect(bib[n]! + ris[n]!, item.id).not.toContain('Title in English');
      if (!translation) {
        expect([addon, tt, noted], item.id).toEqual([[], [], []]);
        return;
      }
      // The value as biblatex reads it: braces only keep a capital a capital.
      expect(
        addon.map((f) => f.slice('\ttitleaddon = {'.length, -3).replace(/[{}]/g, '')),
        item.id,
      ).toEqual([translation]);
      expect(tt, item.id).toEqual([`TT  - ${translation}`]);
      expect(noted, item.id).toEqual([`Title in English: ${translation}`]);
    });
    expect(all.filter((i) => translationOf.has(i.title)).map((i) => i.type)).toEqual(['webpage', 'article-newspaper']);
  });

  it('BibTeX reads back with the same titles, URLs and years', () => {
    const back = parse(citationFile(all, 'bib'));
    expect(back.map((b) => b['title'])).toEqual(all.map((i) => i.title));
    expect(back.map((b) => b['URL'])).toEqual(all.map((i) => i.URL));
    expect(back.map((b) => (b['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]![0])).toEqual(
      all.map((i) => i.issued?.['date-parts'][0]![0]),
    );
  });

  it('BibTeX gives a date with a month as the bare month macro and the whole date in biblatex’s date field', () => {
    const dated = all.filter((i) => (i.issued?.['date-parts'][0]?.length ?? 0) >= 2);
    expect(dated.some((i) => i.issued!['date-parts'][0]!.length === 3)).toBe(true);
    const entries = citationFile(all, 'bib').split(/\n(?=@)/);
    for (const [n, item] of all.entries()) {
      const entry = entries[n]!;
      const parts = item.issued?.['date-parts'][0] ?? [];
      if (parts.length < 2) {
        expect(entry, item.id).not.toMatch(/\bmonth = /);
        continue;
      }
      const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][parts[1]! - 1];
      expect(entry, item.id).toContain(`\tmonth = ${month},\n`);
      expect(entry, item.id).toContain(`\tdate = {${parts.map((p) => String(p).padStart(2, '0')).join('-')}},\n`);
    }
    // Read back, each date keeps its precision, the day included.
    const back = parse(citationFile(dated, 'bib'));
    expect(back.map((b) => (b['issued'] as { 'date-parts': number[][] })['date-parts'][0])).toEqual(
      dated.map((i) => i.issued!['date-parts'][0]),
    );
  });

  it('BibTeX gives the access date and the language, as urldate and language fields reference managers read', () => {
    const back = parse(citationFile(all, 'bib'));
    expect(back.map((b) => b['accessed'])).toEqual(all.map((i) => i.accessed));
    expect(back.map((b) => b['language'])).toEqual(all.map((i) => BIBLATEX_LANGUAGE[i.language]));
    expect(all.some((i) => i.language === 'de')).toBe(true);
  });

  it('BibTeX names the language as biblatex prints it, by its key: english, german, not a code', () => {
    // biblatex prints each language through \DeclareListFormat{language} (biblatex.def 3.18b, line 641): a key it
    // knows (`german`, or `langgerman`) as the language's name, "German", and, with its default clearlang, none at
    // all when it is the document's own; anything else, such as the code `en`, as it stands: "en.". Zotero's BibTeX
    // import keeps the value as the item's Language (zotero/translators BibTeX.js, fieldMap, line 105), where
    // citeproc-js reads `english` as English and `german` as not.
    expect(BIBLATEX_LANGUAGE).toEqual({ en: 'english', de: 'german' });
    const entries = citationFile(all, 'bib').split(/\n(?=@)/);
    all.forEach((item, n) => {
      const language = entries[n]!.match(/\tlanguage = \{([^}]*)\},\n/g);
      expect(language, item.id).toEqual([`\tlanguage = {${BIBLATEX_LANGUAGE[item.language]}},\n`]);
    });
  });

  it('BibTeX escapes the site’s name wherever it writes it, the editors’ name too, and reads back as it was', () => {
    // A literal author in braces keeps its words together but is not escaped by them: an & or a % in SITE_TITLE broke
    // LaTeX, an unbalanced brace the .bib itself.
    const siteTitle = 'A & B: 100% #1 $5 snake_case {braced} ~tilde ^caret back\\slash – Ties';
    const c = { url: 'https://cite.example.org/sub/x/', built: '2026-03-07', siteTitle };
    const source = corpus.sources.find((s) => s.data.published.inferred)!;
    const items = [pageItem('meetings', 'x', 'T', c), ...sourceItems(source.id, source.data, c), datasetItem(c)];
    const text = citationFile(items, 'bib');
    // Every field but the URL's own (verbatim in biblatex) holds each special character escaped: a \-command for it,
    // or \& \% \# \$ \_ \{ \}, and only braces that pair.
    const fields = [...text.matchAll(/^\t(\w+) = \{(.*)\},$/gm)].filter(([, field]) => field !== 'url');
    expect(fields.filter(([, field]) => field === 'author')).toHaveLength(items.filter((i) => i.author).length);
    for (const [line, , value] of fields) {
      const bare = value!.replace(/\\[&%#$_{}]|\\text\w+\{\}/g, '');
      expect(bare, line).not.toMatch(/[&%#$_~^\\]/);
      let depth = 0;
      for (const ch of bare) {
        depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
        expect(depth, line).toBeGreaterThanOrEqual(0);
      }
      expect(depth, line).toBe(0);
    }
    // Read back, the editors are named as the site names them (Citation.js reads a name in braces as a family name).
    const names = (author: unknown) =>
      (author as Array<{ family?: string; literal?: string }> | undefined)?.map((a) => a.family ?? a.literal);
    expect(parse(text).map((b) => names(b['author']))).toEqual(items.map((i) => names(i.author)));
  });

  it('BibTeX names the site a web page is on, in biblatex’s field for it, which reads back', () => {
    // Citation.js writes no field for a web page's container: an APA reference made from the .bib lacked the site.
    const entries = citationFile(all, 'bib').split(/\n(?=@)/);
    const back = parse(citationFile(all, 'bib'));
    const pages = all.flatMap((item, n) => (item.type === 'webpage' ? [{ item, n }] : []));
    expect(pages.length).toBeGreaterThan(0);
    for (const { item, n } of pages) {
      expect(entries[n], item.id).toMatch(/\n\torganization = \{.+\},\n/);
      expect(back[n]!['publisher'], item.id).toBe(item['container-title']);
    }
  });

  it('BibTeX braces every word in capitals in a title, the first too, so that a sentence-casing style keeps it', () => {
    // Citation.js braces a capitalised word after the first only: biblatex-apa and plain.bst printed "Us embassy".
    const titles = citationFile(all, 'bib')
      .split('\n')
      .filter((l) => /^\ttitle(addon)? = /.test(l));
    const capitals = /(?<![{\\\w])[A-Z][A-Z0-9]+(?![\w}])/;
    expect(all.some((i) => /^[A-Z]{2,}\b/.test(i.title))).toBe(true);
    for (const line of titles) expect(line).not.toMatch(capitals);
    expect(keepCapitals('US embassy in {Dushanbe}, {II} MIA')).toBe('{US} embassy in {Dushanbe}, {II} {MIA}');
    expect(keepCapitals('{Security} {Ties}: The structured record')).toBe('{Security} {Ties}: {The} structured record');
    expect(citationFile([datasetItem(ctx('data/'))], 'bib')).toMatch(
      /\ttitle = \{[^\n]*: \{The\} structured record\},\n/,
    );
  });

  it('BibTeX gives a web page as @online with its URL and access date once each for biblatex and Zotero', () => {
    // Zotero's BibTeX import makes @online a Web page and @misc a Document (zotero/translators BibTeX.js,
    // bibtex2zoteroTypeMap, lines 251 and 253), and a `note` a child note (lines 432-442). biblatex's @online prints
    // url and urldate ("visited on") but not howpublished, so Citation.js's note "[Online; accessed …]" printed
    // the access date twice (biblatex-apa put it in brackets after the title). Classic styles (plain, apalike) know
    // no @online: BibTeX formats it as @misc (plain.bst, default.type), printing howpublished, the URL.
    const entries = citationFile(all, 'bib').split(/\n(?=@)/);
    all.forEach((item, n) => {
      const entry = entries[n]!;
      if (item.type !== 'webpage') {
        expect(entry, item.id).not.toMatch(/^@online\{/);
        expect(entry.includes('\tcomment = {'), item.id).toBe(splitNote(item.note).rest !== undefined);
        expect(entry, item.id).not.toMatch(/\tnote = /);
        return;
      }
      expect(entry, item.id).toMatch(/^@online\{/);
      expect(entry, item.id).not.toMatch(/\tnote = |Online; accessed/);
      expect(entry, item.id).toContain(`\turl = {${item.URL}},\n`);
      expect(entry, item.id).toContain(`\thowpublished = {${item.URL}},\n`);
      expect(entry, item.id).toMatch(/\turldate = \{\d{4}-\d{2}-\d{2}\},\n/);
    });
    expect(all.some((i) => i.type === 'webpage') && all.some((i) => splitNote(i.note).rest !== undefined)).toBe(true);
    // The data set stays @misc: Zotero's BibTeX import drops an entry of a type it does not map, such as @dataset.
    expect(citationFile([datasetItem(ctx('data/'))], 'bib')).toMatch(/^@misc\{/);
  });

  it('BibTeX gives an article as @article with its outlet, and one whose outlet is not named as @misc', () => {
    // biblatex's @article requires a journal: without one biber warns and its styles printed "In: ." after the date.
    const articles = all.filter((i) => i.type === 'article-newspaper');
    expect(new Set(articles.map((i) => i['container-title'] === undefined))).toEqual(new Set([true, false]));
    const entries = citationFile(all, 'bib').split(/\n(?=@)/);
    all.forEach((item, n) => {
      if (item.type !== 'article-newspaper') return;
      if (item['container-title'] === undefined) expect(entries[n], item.id).toMatch(/^@misc\{/);
      else expect(entries[n], item.id).toMatch(/^@article\{[^\n]*\n(.*\n)*\tjournal = \{.+\},\n/);
    });
  });

  it('BibTeX writes letters outside ASCII as they are, escapes only LaTeX’s own, and keeps their capitals', () => {
    // Citation.js's ASCII output dropped a Cyrillic title whole and wrote "Ä" as `{\" {A}}`, which Zotero's import
    // reads as `\" A`.
    const title = 'Über Рахимзода & Oʻzbekiston: Ёмғир 北京 – 50% the_way';
    const text = citationFile(
      [{ ...pageItem('sources', 'x', title, ctx('x/'), 'de'), 'container-title': 'Газета' }],
      'bib',
    );
    expect(text).toContain('\ttitle = {Über {Рахимзода} \\& {O}ʻzbekiston: {Ёмғир} 北京 – 50\\% the\\_way},\n');
    expect(text).toContain('\torganization = {Газета},\n');
    expect(parse(text)[0]!['title']).toBe(title);
  });

  it('BibTeX gives each entry biblatex’s langid, by which it hyphenates the title and leaves one not in English in its case', () => {
    expect(BIBLATEX_LANGID).toEqual({ en: 'english', de: 'ngerman' });
    const entries = citationFile(all, 'bib').split(/\n(?=@)/);
    all.forEach((item, n) =>
      expect(entries[n], item.id).toContain(`\tlangid = {${BIBLATEX_LANGID[item.language]}},\n`),
    );
  });

  it('RIS reads back with the same titles, URLs and access dates, long ones unbroken', () => {
    const long = all.filter((i) => i.title.length > 70 || (i.URL ?? '').length > 70);
    expect(long.length).toBeGreaterThan(0);
    const text = citationFile(all, 'ris');
    const back = parse(text);
    // Citation.js reads a translated title (TT) as the item's title and the title (TI) as its original-title; Zotero
    // and EndNote keep TI as the title.
    expect(back.map((b) => b['original-title'] ?? b['title'])).toEqual(all.map((i) => i.title));
    expect(back.map((b) => b['title'])).toEqual(all.map((i) => translationOf.get(i.title) ?? i.title));
    expect(back.map((b) => b['URL'])).toEqual(all.map((i) => i.URL));
    expect(back.map((b) => b['accessed'])).toEqual(all.map((i) => i.accessed));
    // Every line ends in CRLF, as the RIS specification asks; no value holds a line break of its own.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.slice(0, -RIS_LINE_END.length).split(RIS_LINE_END))
      expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
  });

  it('RIS writes every date as YYYY/MM/DD/, month and day in two digits, and an access date in Y2 as Zotero does', () => {
    // Citation.js wrote the build day 7 March as "2026/3/7/" in a page's M1 and the data set's DA.
    const items = [...all, datasetItem(ctx('data/'))];
    const text = citationFile(items, 'ris');
    const dates = text.split(RIS_LINE_END).filter((l) => /^(DA|Y2|M1) {2}- \d/.test(l));
    expect(dates.length).toBeGreaterThan(all.length);
    for (const line of dates) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \d{4}\/(\d{2})?\/(\d{2})?\/$/);
    const accessed = text.split(RIS_LINE_END).filter((l) => l.startsWith('Y2  - '));
    expect(accessed).toHaveLength(items.filter((i) => i.accessed).length);
    for (const line of accessed) expect(line).toBe('Y2  - 2026/03/07/');
  });

  it('RIS gives an article’s date in DA at its precision and a page’s site in T2, as Zotero reads them', () => {
    // Zotero's RIS import takes PY as the year only when DA holds the full date, and T2 as a web page's site.
    const entries = citationFile(all, 'ris')
      .trimEnd()
      .split(`${RIS_LINE_END}ER  - `)
      .map((e) => e.trim())
      .filter(Boolean);
    expect(entries).toHaveLength(all.length);
    const tag = (entry: string, t: string) =>
      entry
        .split(RIS_LINE_END)
        .filter((l) => l.startsWith(`${t}  - `))
        .map((l) => l.slice(6));
    const precise = corpus.sources.filter((s) => datePrecision(s.data.published.value) !== 'year');
    expect(precise.length).toBeGreaterThan(0);
    let articles = 0;
    all.forEach((item, i) => {
      const entry = entries[i]!;
      if (item.type === 'webpage') expect(tag(entry, 'T2'), item.title).toEqual([SITE]);
      // Every article, and only an article, is found by its source's article key.
      const source = corpus.sources.find((s) => item['citation-key'] === citationKey('article', s.id));
      expect(source !== undefined, item['citation-key']).toBe(item.type === 'article-newspaper');
      if (!source) return;
      articles++;
      const value = source.data.published.value;
      const parts = value.split('-');
      expect(tag(entry, 'PY')).toEqual([parts[0]]);
      expect(tag(entry, 'DA'), source.id).toEqual(
        parts.length > 1 ? [`${parts.join('/')}${'/'.repeat(4 - parts.length)}`] : [],
      );
    });
    expect(articles).toBe(corpus.sources.length);
    // Citation.js reads a web page's T2 back as its collection-title (Zotero as its website title).
    const back = parse(citationFile(all, 'ris'));
    all.forEach((item, i) => {
      if (item.type === 'webpage') expect(back[i]!['collection-title']).toBe(SITE);
    });
  });

  it('RIS gives every item an ID of its own within its 20 characters, though meeting ids begin alike', () => {
    const sameDay = corpus.meetings.filter((m) =>
      corpus.meetings.some((o) => o !== m && o.id.slice(0, 10) === m.id.slice(0, 10)),
    );
    expect(sameDay.length).toBeGreaterThan(1);
    const ids = citationFile(all, 'ris')
      .split(RIS_LINE_END)
      .filter((l) => l.startsWith('ID  - '))
      .map((l) => l.slice(6));
    expect(ids).toHaveLength(all.length);
    expect(new Set(ids).size).toBe(all.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(20);
  });

  it('CSL-JSON is the items', () => {
    expect(JSON.parse(citationFile(all, 'json'))).toEqual(all);
  });

  it('the APA reference names the title, the URL and the build day', () => {
    const [page] = pageCitations(graph, 'meetings', corpus.meetings[0]!.id, ctx('m/'))!;
    const text = referenceText(formatReference(page!));
    expect(text).toContain(page!.title);
    expect(text).toContain(page!.URL);
    expect(text).toContain('March 7, 2026');
  });

  it('the APA reference is plain text: CSL rich-text tags in a title leave no markup or inline style', () => {
    const s = corpus.sources[0]!;
    const title = 'A <b>bold</b> & <span style="font-variant:small-caps;">small</span> title';
    const parts = formatReference(articleItem(s.id, { ...s.data, title, titleIsEditorial: false }, ctx('s/')));
    const text = referenceText(parts);
    expect(text).toContain('A bold & small title');
    expect(text).not.toMatch(/<\/?(b|span)\b|style=/);
    for (const part of parts) expect(Object.keys(part).sort()).toEqual(part.italic ? ['italic', 'text'] : ['text']);
  });

  it('the APA reference is the processor’s own plain text, in italics where APA 7 sets them', () => {
    // The processor's plain text, which the page showed before, is what the page shows still.
    const plain = (item: CslItem) =>
      new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    const italics = (item: CslItem) =>
      formatReference(item)
        .filter((p) => p.italic)
        .map((p) => p.text);
    for (const item of all) expect(referenceText(formatReference(item)), item.id).toBe(plain(item));
    // APA 7 (10.16, 10.1, 10.9): the title of a page on a website in italics, and not the site's name; of a
    // newspaper article the newspaper's name and not the article's title; the title of a data set.
    // (The processor curls a title's apostrophes.)
    const curled = (text: string | undefined) => text?.replace(/'/g, '’');
    for (const item of all.filter((i) => i.type === 'webpage')) {
      expect(italics(item), item.id).toEqual([curled(item.title)]);
    }
    const articles = all.filter((i) => i.type === 'article-newspaper' && i['container-title']);
    expect(articles.length).toBeGreaterThan(0);
    for (const item of articles) expect(italics(item), item.id).toEqual([curled(item['container-title'])]);
    const dataset = datasetItem(ctx('data/'));
    expect(italics(dataset)).toEqual([dataset.title]);
    // Entities are decoded, and italics inside italics come out upright (the processor's flip-flop).
    const page = { ...all[0]!, title: 'Rock & <i>roll</i> < 3' };
    expect(formatReference(page).slice(1, 4)).toEqual([
      { text: 'Rock & ', italic: true },
      { text: 'roll' },
      { text: ' < 3', italic: true },
    ]);
  });

  it('marks a title in another language within its run of italics, the translation after it upright', () => {
    const parts = [{ text: 'A. (n.d.). ' }, { text: 'Titel hier', italic: true as const }, { text: '. Site.' }];
    expect(markTitle(parts, 'Titel hier', { lang: 'de', after: ' [Title here]' })).toEqual([
      { text: 'A. (n.d.). ' },
      { text: 'Titel hier', italic: true, lang: 'de' },
      { text: ' [Title here]' },
      { text: '. Site.' },
    ]);
    expect(markTitle([{ text: 'Vor Titel nach' }], 'Titel', { lang: 'de' })).toEqual([
      { text: 'Vor ' },
      { text: 'Titel', lang: 'de' },
      { text: ' nach' },
    ]);
    expect(markTitle(parts, 'Elsewhere', { lang: 'de', after: ' [x]' })).toBe(parts);
    expect(markTitle(parts, 'Titel hier', {})).toBe(parts);
  });

  it('sets upright a description in square brackets in place of a missing title, as APA 7 does (9.22)', () => {
    const untitled = corpus.sources.find((s) => s.data.titleIsEditorial && !s.data.publisher);
    expect(untitled).toBeDefined();
    const article = articleItem(untitled!.id, untitled!.data, ctx('s/'));
    const parts = formatReference(article);
    // The processor sets the title of a work standing alone in italics, this one too.
    expect(parts.find((p) => p.italic)?.text).toBe(article.title);
    const marked = markTitle(parts, article.title, { upright: true });
    expect(marked.filter((p) => p.italic)).toEqual([]);
    expect(referenceText(marked)).toBe(referenceText(parts));
  });

  it('formats with the APA style and locale bundled in the CSL plugin, not fetched', () => {
    const config = plugins.config.get('@csl') as unknown as {
      styles: { has(n: string): boolean };
      locales: { has(n: string): boolean };
    };
    expect(config.styles.has(CITE_STYLE.template)).toBe(true);
    expect(config.locales.has('en-US')).toBe(true);
    expect(formatDate('2026-03-07')).toBe('7 March 2026');
  });
});
