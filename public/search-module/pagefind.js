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
// typed or cut short, begins 'cooperation'; the build writes the words to
// ./words/), or else if Pagefind's exact search, which looks up the word's
// stem and nothing shorter, finds it ('meetings' on pages that say only
// 'meeting'). A search with a word that does neither finds nothing, as
// Pagefind's exact search would.
import { search as searchIndex } from '../pagefind/pagefind.js';
import { hasWordBeginning, queryWords, wordsFile } from './known-words.js';

export * from '../pagefind/pagefind.js';

/** A search in quotation marks: Pagefind's exact search already. */
const QUOTED = /^\s*".+"\s*$/;

/** The record's words by the file they are in, each fetched once: no file, no word beginning with that letter. */
const wordFiles = new Map();
/** @param {string} file @returns {Promise<string[]>} */
const wordsIn = (file) => {
  if (!wordFiles.has(file))
    wordFiles.set(
      file,
      fetch(new URL(`words/${file}`, import.meta.url)).then((response) => (response.ok ? response.json() : [])),
    );
  return wordFiles.get(file);
};

/**
 * Pagefind's search, with nothing found when a word of the query neither begins a word of the record nor is found by
 * Pagefind's exact search. A search with no term (filters only) is Pagefind's own.
 * @param {string | null} term
 * @param {object} [options]
 */
export async function search(term, options) {
  const found = await searchIndex(term, options);
  if (!term || !found?.results.length || QUOTED.test(term)) return found;
  for (const word of queryWords(term)) {
    if (hasWordBeginning(await wordsIn(wordsFile(word)), word)) continue;
    const exact = await searchIndex(`"${word}"`);
    if (!exact?.results.length) return nothingFound(found);
  }
  return found;
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
