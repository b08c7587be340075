// The search index the build writes, and the search box every page carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { isTag, isText, type AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { isKnownWord, queryWords } from '../../public/search-module/known-words.js';
import { indexedPages, readSearchWords } from '../../scripts/search-words.mjs';
import { escapeRegExp } from '../../src/lib/quote-language';
import { withBase } from '../../src/lib/urls';
import { PAGE_KINDS } from '../../src/lib/kinds';
import { isYear } from '../../src/lib/years';
import { realCorpus } from '../helpers/corpus';
import { redirectTarget } from '../helpers/permalinks';
import { LONG_SITE, ROOT_SITE, SITE_URL, SUB_BASE, SUB_SITE, pagePaths, readPage, readingPages } from '../helpers/site';

const corpus = realCorpus();

/** A page of one year of a site-wide list: /meetings/2017/, /timeline/2017/ (not a person's or a country's year). */
const isYearList = (path: string) => /^\/[a-z]+\/\d{4}\/$/.test(path) && isYear(path.split('/')[2]!);

/** An element with an id that Pagefind saw on a page: where it stands among the page's words, and its text. */
interface Anchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/** What Pagefind indexed of each page (scripts/search-words.mjs reads it for the search page's words). */
const fragments = (site: string): Array<{ url: string; content: string; anchors: Anchor[] }> => indexedPages(site);

/** What Pagefind indexed of each page, by its path in the built folder. */
function indexedText(site: string): Map<string, string> {
  return new Map(fragments(site).map((f) => [f.url, f.content]));
}

/** The text a page gives the index, in reading order, each piece with the heading it stands under on the page. */
function indexedTextUnderHeadings($: CheerioAPI) {
  const found: Array<{ heading: { text: string; indexed: boolean }; text: string }> = [];
  let heading = { text: '', indexed: true };
  const visit = (node: AnyNode, ignored: boolean) => {
    if (isText(node) && !ignored && /\S/.test(node.data)) found.push({ heading, text: node.data.trim() });
    if (!isTag(node)) return;
    const left = ignored || node.attribs['data-pagefind-ignore'] !== undefined;
    if (/^h[1-6]$/.test(node.name)) heading = { text: $(node).text().trim(), indexed: !left };
    else for (const child of node.children) visit(child, left);
  };
  $('[data-pagefind-body]').each((_, body) => visit(body, false));
  return found;
}

/** Pagefind's words, as its search splits a page's content to make excerpts. */
const wordsOf = (text: string) => text.split(/[^\S\uFEFF]+/).filter(Boolean);

/**
 * The sections Pagefind shows as a page's sub-results, with the words of each after its heading's own: as its
 * search does (calculate_sub_results in pagefind.js), a section runs from a heading with text to the next one.
 */
function sectionsOf(fragment: { content: string; anchors: Anchor[] }) {
  const words = wordsOf(fragment.content);
  const headings = fragment.anchors
    .filter((a) => /\S/.test(a.title ?? '') || (/^h\d$/i.test(a.element) && /\S/.test(a.text ?? '')))
    .sort((a, b) => a.location - b.location);
  return headings.map((heading, i) => ({
    heading,
    words: words.slice(
      heading.location + wordsOf(heading.title || heading.text || '').length,
      headings[i + 1]?.location ?? words.length,
    ),
  }));
}

describe.each([
  [ROOT_SITE, '/'],
  [SUB_SITE, SUB_BASE],
])('%s', (site, base) => {
  it('indexes every reading page and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
      (n, l) => n + l.page_count,
      0,
    );
    const pages = readingPages(site).filter((p) => !isYearList(p));
    expect(pages.length).toBeGreaterThan(50);
    const marked = pagePaths(site).filter((p) => readPage(site, p)('[data-pagefind-body]').length === 1);
    expect(marked).toEqual(pages);
    expect(indexed).toBe(pages.length);
    // All in one language: Pagefind files a page under its <html lang>, and a search looks only in the language of
    // the page it runs on, so a page marked German as a whole (the German source's) would never be found.
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });

  it('lists every word of each page’s text and metadata as the index has it, for the search page', async () => {
    // The search page's module finds nothing for a word that begins no word of these lists
    // (public/search-module/pagefind.js): a page's word missing here would be lost to a search.
    const lists = readSearchWords(site);
    expect(lists.size).toBeGreaterThan(20);
    for (const [key, list] of lists) expect(list, key).toEqual([...list].sort());
    const missing = new Set<string>();
    for (const { url, content, meta } of indexedPages(site))
      for (const word of queryWords([content, ...Object.values(meta)].join(' ')))
        if (!(await isKnownWord(word, (key) => lists.get(key) ?? []))) missing.add(`${url}: ${word}`);
    expect([...missing]).toEqual([]);
  });

  it('leaves out the pages of a year of a list: their lists are not indexed, so only their heading was', () => {
    // "2017" found "Timeline: 2017", "Meetings of 2017", "Agreements signed in 2017" and "Sources published in 2017"
    // first, each with nothing but its heading to show, above the meetings and sources of 2017 themselves.
    const years = new Set(
      [...corpus.meetings.map((m) => m.data.date.value), ...corpus.sources.map((x) => x.data.published.value)].map(
        (d) => d.slice(0, 4),
      ),
    );
    const yearLists = readingPages(site).filter(isYearList);
    expect(yearLists.length).toBeGreaterThanOrEqual(years.size);
    for (const year of years) expect(yearLists).toContain(`/timeline/${year}/`);
    // Pagefind keeps URLs relative to the folder it indexed.
    const texts = indexedText(site);
    expect(yearLists.filter((p) => texts.has(p))).toEqual([]);
  });

  it('indexes every page that names a person the sources spell several ways under each spelling', () => {
    // A page naming them only in the title of another record it lists (a person's meetings, an agreement's meeting)
    // was found by the site's spelling and not by another source's: "Bobozhonov" missed two pages "Bobojonov" found.
    const text = indexedText(site);
    const several = corpus.people.filter(
      (p) => new Set([p.data.name, ...p.data.spellings.map((s) => s.text)]).size > 1,
    );
    expect(several.length).toBeGreaterThan(0);
    for (const person of several) {
      const names = [...new Set([person.data.name, ...person.data.spellings.map((s) => s.text)])];
      const pagesWith = (name: string) => [...text].filter(([, content]) => content.includes(name)).map(([url]) => url);
      const all = [...new Set(names.flatMap(pagesWith))].sort();
      expect(all.length, person.id).toBeGreaterThan(1);
      for (const name of names) expect(pagesWith(name).sort(), `${person.id}: “${name}”`).toEqual(all);
    }
  });

  it('names the kind of every page it indexes, for the results and the kind filter', () => {
    const kindless = indexedPages(site).filter((f) => !f.meta.kind || f.filters.kind?.[0] !== f.meta.kind);
    expect(kindless.map((f) => f.url)).toEqual([]);
  });

  it('indexes no web address and none of the Data page’s sample values, which matched names and places', () => {
    // A meeting's "Stable link" made "Minsk" find it through its URL, the excerpt a highlighted address; the Data
    // page's column examples (the record's first row of each table) made it a result for "Minsk" and "Belarus".
    const texts = indexedText(site);
    expect([...texts].filter(([, text]) => text.includes(SITE_URL)).map(([path]) => path)).toEqual([]);
    // Nor a record's page an address of the site: a person's other addresses ("Addresses that also lead here: /people/rakhimzoda/") made the
    // excerpt for a spelling a list of paths. (The methodology's prose names two such addresses on purpose.)
    const recordPage = new RegExp(`^/(${PAGE_KINDS.join('|')})/[^/]+/$`);
    const sitePath = new RegExp(`/(${PAGE_KINDS.join('|')})/[a-z0-9-]+/`);
    const withPaths = [...texts].filter(([path, text]) => recordPage.test(path) && sitePath.test(text));
    expect(withPaths.map(([path, text]) => `${path}: ${sitePath.exec(text)![0]}`)).toEqual([]);
    const ids = [corpus.meetings, corpus.people, corpus.places, corpus.countries, corpus.organizations].flatMap(
      (list) => list.map((r) => r.id),
    );
    const data = texts.get('/data/') ?? '';
    expect(data.length).toBeGreaterThan(100);
    expect(ids.filter((id) => new RegExp(`(^|[\\s.,;:(])${escapeRegExp(id)}([\\s.,;:)]|$)`).test(data))).toEqual([]);
  });

  it('gives every reading page a labelled search box that sends the query to the search page', () => {
    const problems: string[] = [];
    // The search page has its own field, which holds the query; a second, empty one in its header is not drawn.
    if (readPage(site, '/search/')('header form').length > 0) problems.push('/search/: a header form');
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      const form = $('header form[role="search"]');
      const input = form.find('input[name="q"]');
      if (form.attr('action') !== withBase(base, '/search/'))
        problems.push(`${path}: form action ${form.attr('action')}`);
      if (form.attr('method') !== 'get') problems.push(`${path}: method ${form.attr('method')}`);
      if (
        !input.attr('id') ||
        $(`label[for="${input.attr('id')}"]`)
          .text()
          .trim() === ''
      )
        problems.push(`${path}: no labelled input`);
    }
    expect(problems).toEqual([]);
  });

  it('names each entity page’s kind for the results and the filter', () => {
    let checked = 0;
    for (const [folder, kind] of [
      ['meetings', 'Meeting'],
      ['people', 'Person'],
      ['sources', 'Source'],
      ['agreements', 'Agreement'],
      ['events', 'Event'],
      ['countries', 'Country'],
      ['organizations', 'Organization'],
    ] as const) {
      // Every record's page: not the list, a year's page or a redirect.
      const paths = pagePaths(site).filter(
        (p) =>
          /^\/[a-z]+\/[^/]+\/$/.test(p) &&
          p.startsWith(`/${folder}/`) &&
          !isYear(p.split('/')[2]!) &&
          redirectTarget(site, p) === undefined,
      );
      expect(paths.length, folder).toBe((corpus[folder] as unknown[]).length);
      for (const path of paths) {
        const $ = readPage(site, path);
        expect($('[data-pagefind-meta]').attr('data-pagefind-meta'), path).toBe(`kind:${kind}`);
        expect($('[data-pagefind-filter]').attr('data-pagefind-filter'), path).toBe(`kind:${kind}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('sets each fact’s term apart from its value and the value from what follows, so results do not read “Date10 April” or “Country China Roles as reported”', () => {
    // The built HTML has no white space between elements, and Pagefind joins the text of adjacent elements: a term
    // must be followed by a colon and its value, and stand after the end of a sentence (the heading's, or the value
    // before it).
    const texts = indexedText(site);
    const problems: string[] = [];
    let checked = 0;
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      // Pagefind keeps URLs relative to the folder it indexed, and adds the base path when it searches.
      const text = texts.get(path) ?? '';
      $('[data-pagefind-body] dl.facts dt').each((_, dt) => {
        // The first word of the value as indexed: citation chips and lists of other records are not.
        const dd = $(dt).next('dd').clone();
        // A term left out with its value ("Named in") is not in the text.
        if (dd.attr('data-pagefind-ignore') !== undefined) return;
        dd.find('[data-pagefind-ignore]').remove();
        const first = dd.text().trim().split(/\s+/)[0]!;
        const term = $(dt).text().trim();
        checked++;
        if (!new RegExp(`[.?!)”]\\s+${escapeRegExp(term)}:\\s+${escapeRegExp(first)}`).test(text))
          problems.push(`${path}: “${term}” then “${first}” in “${text.slice(0, 200)}…”`);
      });
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('ends the name of each row of an indexed table, so it does not run into the row’s next cell', () => {
    // Pagefind ends a cell (td) with a full stop, but not a row's header (th): a meeting's participants read
    // "Ramazon Rahimzoda Minister of Internal Affairs of Tajikistan", the Data page's columns "meeting_id Text".
    const texts = indexedText(site);
    const problems: string[] = [];
    let checked = 0;
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      const text = texts.get(path) ?? '';
      $('[data-pagefind-body] tbody th[scope="row"]').each((_, th) => {
        if ($(th).closest('[data-pagefind-ignore]').length > 0) return;
        const next = $(th).next('td').clone();
        next.find('[data-pagefind-ignore]').remove();
        const first = next.text().trim().split(/\s+/)[0];
        if (!first || next.attr('data-pagefind-ignore') !== undefined) return;
        const name = $(th).text().replace(/\s+/g, ' ').trim();
        checked++;
        if (!new RegExp(`${escapeRegExp(name)}[.?!]\\s+${escapeRegExp(first)}`).test(text))
          problems.push(`${path}: “${name}” then “${first}”`);
      });
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('indexes no table’s column headings, which ran into one another (“Written asPrecisionExample”)', () => {
    // Pagefind ends a cell (td) with a full stop, but no th: a table's headings are left out, as its row of names
    // says nothing a result needs.
    const indexedHeads = readingPages(site).flatMap((path) => {
      const $ = readPage(site, path);
      return $('[data-pagefind-body] thead')
        .not('[data-pagefind-ignore], [data-pagefind-ignore] thead')
        .toArray()
        .map((thead) => `${path}: ${$(thead).text().replace(/\s+/g, ' ').trim()}`);
    });
    expect(indexedHeads).toEqual([]);
  });

  it('keeps the mark “Inferred” apart from the word before it, which else could not be found (“ChinaInferred”)', () => {
    // The citations before an inference's mark are left out of the index, and the space before them with them.
    const texts = indexedText(site);
    const marked = readingPages(site).filter(
      (path) =>
        readPage(site, path)('[data-pagefind-body] .inference .badge').not('[data-pagefind-ignore] *').length > 0,
    );
    expect(marked.length).toBeGreaterThan(10);
    const glued = marked.flatMap((path) =>
      [...(texts.get(path) ?? '').matchAll(/\S+Inferred\b/g)].map((m) => `${path}: “${m[0]}”`),
    );
    expect(glued).toEqual([]);
  });
});

describe('the long record’s index', () => {
  it('leaves out the year pages of a person or a country, as it does those of a list', () => {
    // "Afghanistan" found the country's page and then each of its years, "Afghanistan: 2021", with only the sentence
    // "What the record holds of Afghanistan for 2021" to show.
    const yearPages = readingPages(LONG_SITE).filter((p) => /^\/(people|countries)\/[^/]+\/\d{4}\/$/.test(p));
    expect(yearPages.length).toBeGreaterThan(10);
    const texts = indexedText(LONG_SITE);
    expect(yearPages.filter((p) => texts.has(p))).toEqual([]);
    // The records' own pages stay in it.
    expect(texts.has(yearPages[0]!.replace(/\d{4}\/$/, ''))).toBe(true);
  });
});

// The long record too: its lists are split by year, which puts other sentences and headings on its pages.
describe.each([ROOT_SITE, SUB_SITE, LONG_SITE])('%s: sections of the results', (site) => {
  it('shows no section of a page whose heading has no indexed words under it', () => {
    // Lists of other records are left out of the index, but their headings were not: "Agreements" or "Timeline"
    // found every country page, each with a section "Agreements" whose excerpt was the heading alone.
    const sections = fragments(site).flatMap((f) => sectionsOf(f).map((s) => ({ url: f.url, ...s })));
    expect(sections.length).toBeGreaterThan(20);
    const empty = sections.filter((s) => s.words.length === 0);
    expect(empty.map((s) => `${s.url}#${s.heading.id} “${s.heading.text}”`)).toEqual([]);
  });

  it('indexes no words under a heading it leaves out, which the results would show under the heading before it', () => {
    // Leaving out a list's heading alone would have put the sentence under it ("No agreement in the record has a
    // party from …") in the section above it.
    const problems = readingPages(site).flatMap((path) =>
      indexedTextUnderHeadings(readPage(site, path))
        .filter((t) => !t.heading.indexed)
        .map((t) => `${path}: “${t.text.slice(0, 60)}” under “${t.heading.text}”`),
    );
    expect(problems).toEqual([]);
  });
});

describe.each([ROOT_SITE, SUB_SITE])('%s: labels of what the index leaves out', (site) => {
  it('indexes no term of a list of facts whose value it leaves out', () => {
    // "Named in" and "Addresses that also lead here" are followed by links alone (paragraphs, addresses); indexed, the term stood in the
    // page's first section with nothing after it ("Country. China. Named in Meetings.").
    const texts = indexedText(site);
    const problems: string[] = [];
    let checked = 0;
    for (const path of readingPages(site)) {
      const $ = readPage(site, path);
      const text = texts.get(path) ?? '';
      $('[data-pagefind-body] dl.facts dt').each((_, dt) => {
        const dd = $(dt).next('dd').clone();
        dd.find('[data-pagefind-ignore]').remove();
        if (dd.attr('data-pagefind-ignore') === undefined && /\S/.test(dd.text())) return;
        checked++;
        const term = $(dt).text().trim();
        if (new RegExp(`(^|\\s)${escapeRegExp(term)}:?(\\s|$)`).test(text)) problems.push(`${path}: “${term}”`);
      });
    }
    expect(checked).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('indexes no “Named in” line on the pages of the records it names', () => {
    // A country's page gives it as a line of its own, not a term of a list.
    const texts = indexedText(site);
    const pages = readingPages(site).filter((p) => /^\/(countries|people|organizations)\/[^/]+\/$/.test(p));
    expect(pages.length).toBe(corpus.countries.length + corpus.people.length + corpus.organizations.length);
    expect(pages.filter((p) => /\bNamed in\b/.test(texts.get(p) ?? ''))).toEqual([]);
  });
});
