// "Cite this page": a CSL-JSON item for each record page (a source, a meeting,
// a person, a country, an organization, an agreement, an event), and for a
// source page a second item for the article as published.
// Citation.js writes the BibTeX, the RIS and the APA reference from these
// items (the style: reference-style.ts; during a build the references are
// formatted aside, in references.ts).
import { createHash } from 'node:crypto';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { dateEnds, datePrecision, formatDate, isCirca } from './dates';
import { inCodePointOrder } from './order';
import type { ReferencePart } from './reference-style';
import type { Graph } from './graph';
import type { Language, Source } from './schema';
import { citeFilePath, entityUrl } from './urls';
import { PAGE_KINDS, type PageKind } from './kinds';

export {
  CITE_STYLE,
  formatReference,
  markTitle,
  referenceText,
  type ReferencePart,
  type TitleMark,
} from './reference-style';

/** The kinds of page that carry a "Cite this page" section: every record page (not a list or a year's page). */
export const CITED_KINDS = PAGE_KINDS;
export type CitedKind = PageKind;

/**
 * What a page's citation key begins with, one per kind, so that two records of different kinds with the same id
 * (a country and an agreement with one id) never share a key. Never change one: published .bib files and
 * readers' libraries hold these keys (ties_source and ties_meeting since the first citations).
 */
export const CITATION_KEY_PREFIX: Record<CitedKind, string> = {
  sources: 'ties_source',
  meetings: 'ties_meeting',
  people: 'ties_person',
  countries: 'ties_country',
  organizations: 'ties_organization',
  agreements: 'ties_agreement',
  events: 'ties_event',
};

/** The download formats, by file extension. */
export const CITE_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CiteFormat = keyof typeof CITE_FORMATS;
/** The formats' file extensions, in the order the pages offer them. */
export const CITE_FORMAT_LIST = Object.keys(CITE_FORMATS) as CiteFormat[];

export interface CslDate {
  'date-parts': number[][];
  /** An approximate date: APA writes "ca." before it. */
  circa?: boolean;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage' | 'article-newspaper' | 'dataset';
  title: string;
  'container-title'?: string;
  author?: Array<{ literal: string }>;
  publisher?: string;
  /** What kind of work it is, as APA writes it in square brackets: "Data set". */
  genre?: string;
  version?: string;
  URL?: string;
  issued?: CslDate;
  accessed?: CslDate;
  language: Language;
  /**
   * Lines for the reader, which Zotero keeps as an item's Extra: a title in another language's English rendering
   * (`Title in English: …`, the first line), and why an article's date is the site's. The BibTeX and RIS give the
   * title's line as a field of its own (titleaddon, TT).
   */
  note?: string;
}

/** What a page's citation needs besides its record. */
export interface PageContext {
  /** The page's canonical absolute URL, base path included. */
  url: string;
  /** The build day, YYYY-MM-DD: the "accessed" date until the reader puts in their own. */
  built: string;
  siteTitle: string;
}

/**
 * A corpus date as CSL date-parts at the precision it states: a day, a month
 * or a year is one part list of 3, 2 or 1 numbers; a period of years is a range.
 */
export function cslDate(value: string): CslDate {
  const precision = datePrecision(value);
  if (precision === null) throw new Error(`"${value}" is not a date of the corpus`);
  if (precision === 'period') return { 'date-parts': dateEnds(value).map((y) => [Number(y)]) };
  return { 'date-parts': [value.split('-').map(Number)] };
}

/** A BibTeX-safe citation key (letters, digits, underscores): Citation.js replaces any other. */
export function citationKey(prefix: string, id: string): string {
  return `${prefix}_${id}`.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * The item's id, which RIS writes as its ID and cuts at 20 characters: a digest
 * of the citation key, so that two pages whose keys begin alike (two meetings on
 * one day) never share one in a reader's library.
 */
function itemId(key: string): string {
  return `ties_${createHash('sha256').update(key).digest('hex').slice(0, 15)}`;
}

/** The site's editors, named as a group: the site has no individual authors. */
export function editors(siteTitle: string): string {
  return `${siteTitle} editors`;
}

/** The note's line that gives a title's English rendering. */
const TITLE_IN_ENGLISH = 'Title in English: ';
const titleInEnglish = (translation: string) => `${TITLE_IN_ENGLISH}${translation}`;
const noteLines = (lines: Array<string | undefined>) => lines.filter(Boolean).join('\n') || undefined;

/** An item's note taken apart: the English rendering of its title, if it gives one, and the rest of the note. */
export function splitNote(note: string | undefined): { titleTranslation?: string; rest?: string } {
  const lines = note?.split('\n') ?? [];
  const translation = lines.find((l) => l.startsWith(TITLE_IN_ENGLISH));
  const rest = noteLines(lines.filter((l) => l !== translation));
  return {
    ...(translation && { titleTranslation: translation.slice(TITLE_IN_ENGLISH.length) }),
    ...(rest && { rest }),
  };
}

/**
 * The page itself, as a web page of the site. Undated: the page is kept up to date, so the reader gives the date they
 * read it. Its language is its title's: a source page is titled with the article's headline and gives the article in
 * its own language, and a reference manager leaves the case of a title alone only when its item is not in English.
 */
export function pageItem(
  kind: CitedKind,
  id: string,
  title: string,
  ctx: PageContext,
  language: Language = 'en',
  titleTranslation?: string,
): CslItem {
  const key = citationKey(CITATION_KEY_PREFIX[kind], id);
  const item: CslItem = {
    id: itemId(key),
    'citation-key': key,
    type: 'webpage',
    title,
    'container-title': ctx.siteTitle,
    author: [{ literal: editors(ctx.siteTitle) }],
    URL: ctx.url,
    accessed: cslDate(ctx.built),
    language,
  };
  const note = noteLines([titleTranslation && titleInEnglish(titleTranslation)]);
  if (note) item.note = note;
  return item;
}

/** The original article as its publisher published it: no URL, since the site holds only a capture of its text. */
export function articleItem(id: string, source: Source, ctx: PageContext): CslItem {
  const key = citationKey('article', id);
  const item: CslItem = {
    id: itemId(key),
    'citation-key': key,
    type: 'article-newspaper',
    // APA puts a description that stands in for a missing headline in square brackets.
    title: source.titleIsEditorial ? `[${source.title}]` : source.title,
    // A date the site infers is not the publisher's, nor is one known only as the latest it can be: the reference
    // says "ca." and, for an inferred one, the note says why.
    issued: {
      ...cslDate(source.published.value),
      ...(isCirca(source.published) && { circa: true }),
    },
    language: source.language,
  };
  if (source.publisher) item['container-title'] = source.publisher.name;
  const note = noteLines([
    source.titleTranslation && titleInEnglish(source.titleTranslation),
    source.publisher?.creditOnly
      ? `${source.publisher.name} is named only in a credit line; the text may be taken or translated from its report and published elsewhere.`
      : undefined,
    source.published.inferred
      ? `Publication date not stated in the text; inferred by the ${editors(ctx.siteTitle)} (${ctx.url})`
      : undefined,
    // A date the text gives that may date something else (an interview's day): the reading is the editors', as the
    // source's page says beside the date.
    source.publishedReading
      ? `Publication date as the ${editors(ctx.siteTitle)} read it (${ctx.url}): ${source.publishedReading.text}`
      : undefined,
  ]);
  if (note) item.note = note;
  return item;
}

/** A source page's citations: the page, then the article as published. */
export function sourceItems(id: string, source: Source, ctx: PageContext): CslItem[] {
  return [
    pageItem('sources', id, source.title, ctx, source.language, source.titleTranslation),
    articleItem(id, source, ctx),
  ];
}

/**
 * The citations of one record's page, or undefined when there is no such record: a source page's two, any other
 * page's one, titled as its heading is (the graph's title: a meeting's, an agreement's or an event's title, a
 * person's, a country's or an organization's name).
 */
export function pageCitations(graph: Graph, kind: CitedKind, id: string, ctx: PageContext): CslItem[] | undefined {
  if (kind === 'sources') {
    const source = graph.source(id);
    return source && sourceItems(id, source.data, ctx);
  }
  return graph.has(kind, id) ? [pageItem(kind, id, graph.title(kind, id), ctx)] : undefined;
}

export interface FormattedCitation {
  item: CslItem;
  /** The reference, in italics where the style sets it so (see formatReference in reference-style.ts). */
  parts: ReferencePart[];
}

/** The kinds of record page in the order the build renders them: Astro sorts routes by their first segment, A to Z. */
const RENDER_ORDER = [...CITED_KINDS].sort(inCodePointOrder);

/** Each record page's citation context on a site published at `site`, built on `built` (the day, YYYY-MM-DD). */
export const pageContexts =
  (site: string | URL | undefined, built: string, siteTitle: string) =>
  (kind: CitedKind, id: string): PageContext => ({ url: entityUrl(kind, id, site), built, siteTitle });

/**
 * The citations of every page that has them, in the order the build renders the pages: what the reference worker
 * formats ahead of the pages (references.ts). Each reference is formatted alone, so none depends on another.
 */
export function everyPageCitation(graph: Graph, ctxOf: (kind: CitedKind, id: string) => PageContext): CslItem[] {
  return RENDER_ORDER.flatMap((kind) =>
    graph.corpus[kind].flatMap(({ id }) => pageCitations(graph, kind, id, ctxOf(kind, id)) ?? []),
  );
}

/**
 * The whole record as a data set, as the Data page cites it: its files change with the record, so its version and
 * date are the build day, the day its files were made (the Data page and record.json's `built` give it too).
 */
export function datasetItem(ctx: PageContext): CslItem {
  const key = citationKey('ties_data', 'record');
  return {
    id: itemId(key),
    'citation-key': key,
    type: 'dataset',
    genre: 'Data set',
    title: `${ctx.siteTitle}: The structured record`,
    author: [{ literal: editors(ctx.siteTitle) }],
    publisher: ctx.siteTitle,
    version: formatDate(ctx.built),
    issued: cslDate(ctx.built),
    URL: ctx.url,
    language: 'en',
  };
}

/** The body of one download file. */
export function citationFile(items: CslItem[], format: CiteFormat): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'ris') return risText(items);
  return bibtexText(items);
}

interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** A CSL date of one day as ISO 8601, as biblatex's urldate takes it. */
const isoDay = (date: CslDate) => date['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('-');

/**
 * Each language as biblatex names it in its `language` field: by a key it prints as the language's name ("German"),
 * and leaves out when it is the document's own. A code it does not know, such as `en`, it prints as it stands.
 */
export const BIBLATEX_LANGUAGE: Record<Language, string> = { en: 'english', de: 'german' };

/**
 * biblatex's langid for each language, the babel name by which it hyphenates a title and by which biblatex-apa
 * leaves a title not in English in its own case.
 */
export const BIBLATEX_LANGID: Record<Language, string> = { en: 'english', de: 'ngerman' };

// Citation.js writes BibTeX in ASCII alone: it turned "Ä" into `{\" {A}}`, which Zotero's import reads as `\" A`,
// and dropped every letter it has no command for, a Cyrillic or Chinese title whole. Written in UTF-8 here, as
// biber, Zotero and LaTeX (since 2018) read it, with LaTeX's special characters escaped by bibtexEscape.
(plugins.config.get('@bibtex')['format'] as { asciiOnly: boolean }).asciiOnly = false;

/** LaTeX's special characters, each as a BibTeX field writes it so that it prints as itself. */
const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A text as a BibTeX field's value: LaTeX's special characters escaped, every other character as it is. */
export const bibtexEscape = (text: string): string => text.replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIAL[c]!);

/** The item's texts escaped for BibTeX (its URL aside, which biblatex reads verbatim), for Citation.js to write. */
const escapedForBibtex = (item: CslItem): CslItem => ({
  ...item,
  title: bibtexEscape(item.title),
  ...(item['container-title'] !== undefined && { 'container-title': bibtexEscape(item['container-title']) }),
  ...(item.publisher !== undefined && { publisher: bibtexEscape(item.publisher) }),
});

/** BibTeX's month macros, written bare (month = aug), which classic styles print as the month's name. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * A BibTeX title with its capitals kept (sentence-casing styles, BibTeX's plain and biblatex-apa, lower them): every
 * word in capitals braced, the first too ("US", "II": "Us embassy"), and every other capitalised word that Citation.js
 * left bare: it braces those after the first in ASCII alone ("Über", "Рахимзода", "Oʻzbekiston"), and not the first
 * word after a colon, which APA capitalises ("…Ties: the structured record").
 */
export function keepCapitals(title: string): string {
  return title
    .replace(/(?<![{\\\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}}])/gu, (word) => `{${word}}`)
    .replace(/(?<![{\\\p{L}\p{M}\p{N}ʻʼ’'-])\p{Lu}[\p{L}\p{M}\p{N}ʻʼ’'-]*/gu, (word, at: number) =>
      at === 0 ? word : `{${word}}`,
    );
}

/**
 * BibTeX from Citation.js's entries, with the access date, the language and a
 * data set's version added as biblatex names them (urldate, language,
 * version): classic BibTeX styles ignore them, while biblatex and Zotero read
 * them; Citation.js's BibTeX leaves the language and the version out. A web
 * page is an @online, which biblatex and Zotero read as one and classic
 * styles as a @misc, printing its `howpublished`, the URL, which @online
 * leaves out; without Citation.js's note "[Online; accessed …]", which
 * biblatex printed beside the urldate and Zotero made a note of. A date with
 * a month is written as both styles read it: the month as its bare macro,
 * and the whole date in biblatex's `date` (Citation.js writes the day into
 * the month, "aug 9", which biblatex refuses as not a month).
 *
 * An article is an @article (a @misc when the record names no outlet:
 * entryType) with no `entrysubtype = {newspaper}`: biblatex
 * gives the field no values ("not used by the standard styles"), biblatex-apa
 * prints any value but its own `nonacademic` in square brackets after the
 * title ("[newspaper]", apa.bbx addinfo2) and gives such an article its year
 * alone, and Citation.js reads it back as a journal article of genre
 * "newspaper". Nor `nonacademic`: the record says which source is an
 * interview (`interviewee`), not which is a newspaper's report; an article
 * is an article-newspaper by this module's choice, not by the record.
 */
function bibtexText(items: CslItem[]): string {
  const entries = new Cite(items.map(escapedForBibtex)).format('bibtex', {
    format: 'object',
  }) as unknown as BibtexEntry[];
  return entries
    .map(({ type, label, properties }, i) => {
      const item = items[i]!;
      const { accessed, issued, language, version } = item;
      // The note's English rendering of the title is the titleaddon, after the title, which biblatex-apa prints in
      // square brackets as APA 7 does (apa.bbx, `\DeclareFieldFormat{titleaddon}{\mkbibbrackets{…}}`). The note keeps
      // the rest, if any (Zotero makes a note a child note); Citation.js's own for an item with none, the access date,
      // is dropped.
      const { titleTranslation, rest } = splitNote(item.note);
      const fields: Record<string, string> = {};
      for (const [field, value] of Object.entries(properties)) {
        // The rest of the note is a `comment`, which Zotero makes a child note as it does a `note` (zotero/translators
        // BibTeX.js, processField) and biblatex does not print: biblatex-apa printed an article's note in square
        // brackets after its title, where APA puts what kind of work it is.
        if (field === 'note') {
          if (rest) fields['comment'] = bibtexEscape(rest);
          continue;
        }
        fields[field] = field === 'title' ? keepCapitals(value) : value;
        if (field === 'title' && titleTranslation) fields['titleaddon'] = keepCapitals(bibtexEscape(titleTranslation));
        // The site a page is on: Citation.js writes no field for a web page's container, and biblatex's for it is
        // organization ("the organization that published an @online resource"), which reference managers read back.
        if (field === 'title' && item.type === 'webpage' && item['container-title'] !== undefined)
          fields['organization'] = bibtexEscape(item['container-title']);
      }
      // Citation.js writes a literal name in braces as it stands: the site's name with an & or a % in it broke LaTeX,
      // with a brace the .bib.
      if (item.author && fields['author'] !== undefined) {
        fields['author'] = item.author.map(({ literal }) => `{${bibtexEscape(literal)}}`).join(' and ');
      }
      const parts = issued?.['date-parts'];
      const month = parts?.length === 1 ? parts[0]![1] : undefined;
      if (month !== undefined) {
        fields['month'] = MONTH_MACROS[month - 1]!;
        fields['date'] = isoDay(issued!);
      }
      if (accessed && !fields['urldate']) fields['urldate'] = isoDay(accessed);
      fields['language'] = BIBLATEX_LANGUAGE[language];
      fields['langid'] = BIBLATEX_LANGID[language];
      if (version && !fields['version']) fields['version'] = version;
      // A month macro is written bare, every other value in braces.
      const bare = (field: string) => field === 'month' && month !== undefined;
      const lines = Object.entries(fields).map(
        ([field, value]) => `\t${field} = ${bare(field) ? value : `{${value}}`},\n`,
      );
      return `@${entryType(item, type, fields)}{${label},\n${lines.join('')}}\n`;
    })
    .join('');
}

/**
 * An entry's type: a web page an @online (above); an article whose outlet the record does not name a @misc, since
 * biblatex's @article requires its journal (biber warns, and its styles printed "In: ." after the date); any other as
 * Citation.js types it.
 */
function entryType(item: CslItem, type: string, fields: Record<string, string>): string {
  if (item.type === 'webpage') return 'online';
  if (type === 'article' && fields['journal'] === undefined) return 'misc';
  return type;
}

/** A CSL date as RIS writes DA, "YYYY/MM/DD/", or undefined for a year alone (PY holds it) or a period. */
function risDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts'];
  if (parts?.length !== 1 || parts[0]!.length < 2) return undefined;
  const [year, ...rest] = parts[0]!.map((n) => String(n).padStart(2, '0'));
  return `${[year, ...rest].join('/')}${'/'.repeat(4 - parts[0]!.length)}`;
}

/** How a line of RIS ends. */
export const RIS_LINE_END = '\r\n';

/**
 * RIS from Citation.js's mapping of the items to RIS tags. Its text output
 * breaks every value after 70 characters, even inside a word or a URL, and
 * reads the pieces back with a space between them; so the tagged values are
 * taken as it maps them and written one per line, unbroken. Its mapping
 * gives a newspaper article only the year (PY) and a web page no site (T2);
 * reference managers read the full date from DA and the site from T2.
 * Lines end in CRLF, as the RIS specification asks.
 */
function risText(items: CslItem[]): string {
  const entries = new Cite(items).format('ris', { format: 'object' }) as unknown as Array<Record<string, unknown>>;
  const line = (tag: string, value: unknown) => `${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`;
  return entries
    .map((entry, i) => {
      const item = items[i]!;
      if (item['container-title'] !== undefined && !('T2' in entry)) entry['T2'] = item['container-title'];
      // A title's English rendering is RIS's translated title, TT, and no longer in the note (N1).
      const { titleTranslation, rest } = splitNote(item.note);
      delete entry['N1'];
      if (rest) entry['N1'] = rest;
      if (titleTranslation) entry['TT'] = titleTranslation;
      // RIS writes a date "YYYY/MM/DD/"; Citation.js gives an article no DA and leaves a month or day unpadded
      // ("2026/12/2/") in the data set's DA and a web page's access date (M1). The access date also goes in Y2, where
      // Zotero's own RIS puts it.
      const [issued, accessed] = [risDate(item.issued), risDate(item.accessed)];
      if (issued) entry['DA'] = issued;
      if (accessed) {
        if ('M1' in entry) entry['M1'] = accessed;
        entry['Y2'] = accessed;
      }
      const tags = Object.entries(entry)
        .filter(([tag]) => tag !== 'TY')
        .sort(([a], [b]) => inCodePointOrder(a, b));
      return [
        line('TY', entry['TY']),
        ...tags.flatMap(([tag, value]) => (Array.isArray(value) ? value : [value]).map((v) => line(tag, v))),
        'ER  - ',
      ].join(RIS_LINE_END);
    })
    .join(RIS_LINE_END)
    .concat(RIS_LINE_END);
}

/**
 * The citation files, one per format: for each record of every cited kind, and
 * at each old id or alias a record answers at (a meeting's former id, a person's
 * spelling), since a downloaded file's address is a permalink too. `target` is
 * the record the file cites.
 */
export function citeFiles(graph: Graph): Array<{ kind: CitedKind; path: string; target: string; format: CiteFormat }> {
  const records = [
    ...CITED_KINDS.flatMap((kind) => graph.corpus[kind].map(({ id }) => ({ kind, id, target: id }))),
    ...graph.redirects.map((r) => ({ kind: r.kind, id: r.from, target: r.to })),
  ];
  return records.flatMap(({ kind, id, target }) =>
    CITE_FORMAT_LIST.map((format) => ({ kind, path: citeFilePath(kind, id, format), target, format })),
  );
}
