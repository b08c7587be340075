// The search page's search module, which Pagefind's UI loads from here (its
// bundlePath, src/scripts/search.ts): Pagefind's own (../pagefind/pagefind.js),
// except that a search with a word the record does not have finds nothing.
//
// Pagefind looks a word its index lacks up as the longest indexed word that
// begins it (Pagefind issues 599 and 793), so 'Putin' found the pages with
// 'put' and 'asdfqwerzx' those with 'as', and nothing on the page said so. A
// reader of a record must be able to take no result for no mention.
//
// A query word stands if a word of the record begins with it ('cooperat',
// typed or cut short, begins 'cooperation'), or with it less an ending such as
// -s or -ed ('meetings': meeting); the build lists the words in ./words/
// (scripts/search-words.mjs). Pagefind's own stemming is not asked: it gives
// 'personality' the stem of 'person'. Before searching, quotation marks typed
// round the whole query as “…” become the "…" of Pagefind's phrase search, an
// apostrophe typed as ´ or ` becomes ’, and a hyphenated pair the record has
// only apart ('Tajik-Kyrgyz') is searched as two words. If the words cannot be
// read, the search is Pagefind's own. Values ticked under one filter are any
// of them, not all. A phrase search's pages are ranked as the same words
// unquoted rank them. createInstance is Pagefind's own; Pagefind's UI uses
// search.
import * as pagefind from '../pagefind/pagefind.js';
import { isKnownWord, queryWords } from './known-words.js';

export * from '../pagefind/pagefind.js';

/** A search in quotation marks: Pagefind's exact search. */
const QUOTED = /^\s*".+"\s*$/;
/** Quotation marks typed round a whole query: “…”, ‘…’, „…“, «…». */
const TYPED_QUOTES = /^\s*[“‘„«‚]([^]+)[”’“»‘]\s*$/;
/** Marks typed for an apostrophe that Pagefind does not drop: the acute accent, the grave accent, the modifier letter. */
const APOSTROPHE_LOOKALIKES = /[´`ʼ]/g;
/** A word that is two or more joined by hyphens or dashes. */
const JOINED = /^[^\s\p{Pd}]+(\p{Pd}[^\s\p{Pd}]+)+$/u;

/**
 * @param {string | null} term
 * @param {object} [options]
 */
export const search = (term, options) =>
  checked(term, (query) => pagefind.search(query, anyValue(options)).then(countsForAny(options)), options);

/**
 * @param {string | null} term
 * @param {object} [options]
 * @param {number} [timeout]
 */
export const debouncedSearch = (term, options, timeout) =>
  checked(
    term,
    (query) => pagefind.debouncedSearch(query, anyValue(options), timeout).then(countsForAny(options)),
    options,
  );

/** @type {Promise<unknown> | undefined} */
let filterLists;
/**
 * Waits, before the first search, for Pagefind to load its filter lists, as it does when asked for their values: a
 * search run before they had loaded counted no kind ({}), and Pagefind's UI, which asks for them as it starts, then
 * showed every kind's count of the whole record ("Agreement (9)") beside the results of a search opened from a link
 * (?q=) whose filter lists came in after the search. A failed load is asked for again at the next search.
 */
function filtersLoaded() {
  filterLists ??= pagefind.filters().catch(() => {
    filterLists = undefined;
  });
  return filterLists;
}

/**
 * Each value's count under a filter searched as any of its values: Pagefind counts the pages that would have it and
 * every value ticked, as it would keep them (Source (0) with Person and Meeting ticked); these are the counts without
 * that filter, what ticking the value adds. Exact while one filter is used (kind).
 * @param {{ filters?: Record<string, unknown> } | undefined} options
 */
const countsForAny = (options) => (found) => {
  if (!found || !options?.filters) return found;
  const filters = { ...found.filters };
  for (const [name, values] of Object.entries(options.filters))
    if (Array.isArray(values) && found.totalFilters?.[name]) filters[name] = found.totalFilters[name];
  return { ...found, filters };
};

/**
 * The options with the values ticked under each filter as any of them: Pagefind keeps a page that has all of them,
 * and a page is of one kind, so two kinds ticked found nothing.
 * @param {{ filters?: Record<string, unknown> } | undefined} options
 */
function anyValue(options) {
  if (!options?.filters) return options;
  const filters = Object.entries(options.filters).map(([name, values]) => [
    name,
    Array.isArray(values) ? { any: values } : values,
  ]);
  return { ...options, filters: Object.fromEntries(filters) };
}

/**
 * Runs a search, once the filter lists have loaded, with the query as typed made into the one Pagefind reads, and
 * gives nothing found when a word of it is not the record's. A search with no term (filters only) is Pagefind's own.
 * @param {string | null} term
 * @param {(query: string | null) => Promise<any>} run
 * @param {object} [options]
 */
async function checked(term, run, options) {
  await filtersLoaded();
  if (!term) return run(term);
  let query = term.replace(TYPED_QUOTES, '"$1"').replace(APOSTROPHE_LOOKALIKES, '’');
  if (QUOTED.test(query)) return rankedAsWords(await run(query), query, options);
  let unknown;
  try {
    query = await apartWhereJoinedIsUnknown(query);
    const known = await Promise.all(queryWords(query).map((word) => isKnownWord(word, wordList)));
    unknown = known.includes(false);
  } catch {
    return run(query);
  }
  const found = await run(query);
  return found && unknown ? nothingFound(found) : found;
}

/**
 * The pages a search in quotation marks finds, in the order the same words unquoted rank them: Pagefind's exact search
 * scores every page it finds alike (1), so they came in the index's order, and "Ramazon Rakhimzoda" listed the
 * minister's own page last of 21, after thirteen organizations whose notes name him. (A superseded search, null,
 * stays so; if the words cannot be searched, the pages stay in Pagefind's order.)
 * @param {{ results: Array<{ id: string }> } | null} found
 * @param {string} query
 * @param {object} [options]
 */
async function rankedAsWords(found, query, options) {
  if (!found || found.results.length < 2) return found;
  const words = await pagefind.search(query.replace(/"/g, ' ').trim(), anyValue(options)).catch(() => null);
  if (!words) return found;
  const rank = new Map(words.results.map((result, i) => [result.id, i]));
  const at = (/** @type {{ id: string }} */ result) => rank.get(result.id) ?? rank.size;
  return { ...found, results: [...found.results].sort((a, b) => at(a) - at(b)) };
}

/**
 * The query with each hyphenated word the record does not have joined, but has every part of, as its parts:
 * 'Tajik-Kyrgyz' as Tajik Kyrgyz, '2014-15' as 2014 15.
 * @param {string} query
 */
async function apartWhereJoinedIsUnknown(query) {
  const words = await Promise.all(
    query.split(/\s+/).map(async (word) => {
      if (!JOINED.test(word) || (await isKnownWord(queryWords(word).join(''), wordList))) return word;
      const parts = word.split(/\p{Pd}+/u);
      const partWords = parts.flatMap((part) => queryWords(part));
      const known = await Promise.all(partWords.map((part) => isKnownWord(part, wordList)));
      return partWords.length > 1 && known.every(Boolean) ? parts.join(' ') : word;
    }),
  );
  return words.join(' ');
}

/** Each file of the record's words fetched (the index of the lists, each list), by address: a failed fetch is tried again. */
const fetched = new Map();
/**
 * @param {string} address relative to this module
 * @param {RequestInit} [init]
 */
function fetchJson(address, init) {
  if (!fetched.has(address)) {
    const json = fetch(new URL(address, import.meta.url), init).then((response) => {
      if (!response.ok) throw new Error(`${address}: ${response.status}`);
      return response.json();
    });
    json.catch(() => fetched.delete(address));
    fetched.set(address, json);
  }
  return fetched.get(address);
}

/**
 * The record's words under a key, sorted; none when the record has no word beginning so. The index of the lists is
 * asked again at each page load (their names change with their words), the lists themselves only once.
 * @param {string} key
 * @returns {Promise<string[]>}
 */
async function wordList(key) {
  const lists = await fetchJson('words/index.json', { cache: 'no-cache' });
  return Object.hasOwn(lists, key) ? fetchJson(`words/${lists[key]}`) : [];
}

/** A search's answer with no results, and no page under any filter value. */
function nothingFound(found) {
  /** @param {Record<string, Record<string, number>>} [counts] */
  const none = (counts = {}) =>
    Object.fromEntries(
      Object.entries(counts).map(([filter, values]) => [
        filter,
        Object.fromEntries(Object.keys(values).map((value) => [value, 0])),
      ]),
    );
  return {
    ...found,
    results: [],
    unfilteredResultCount: 0,
    filters: none(found.filters),
    totalFilters: none(found.totalFilters),
  };
}
