// The words of the record, kept for the search page's module (./pagefind.js):
// written at build time (scripts/build.mjs) from the text Pagefind indexed,
// and read in the browser, one file per first letter. Words are kept as
// Pagefind compares them: in lower case, without diacritics and without the
// punctuation it drops from a query. A module with no imports, so the build, a
// unit test and the browser read the same code.

/**
 * The punctuation Pagefind drops from a query (pagefind_web_js, coupled_search.ts): dashes, brackets, quotation marks
 * and other marks such as '.', not connectors such as '_'.
 */
const DROPPED = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

/** @param {string} text */
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(DROPPED, '');

/**
 * The words Pagefind searches for, in the order of the query.
 * @param {string} query
 * @returns {string[]}
 */
export const queryWords = (query) => fold(query).split(/\s+/).filter(Boolean);

/**
 * The words of a text, each also cut at its punctuation ('2014–2015' gives 20142015, 2014 and 2015; 'date_basis'
 * gives date_basis, date and basis), as a query may name either.
 * @param {string} text
 * @returns {Set<string>}
 */
export function textWords(text) {
  const words = new Set();
  for (const word of text.split(/\s+/)) {
    words.add(fold(word));
    for (const part of word.split(/[\p{P}\p{S}]+/u)) words.add(fold(part));
  }
  words.delete('');
  return words;
}

/**
 * The name of the file that holds the words beginning as this one does: its first character's code point in
 * hexadecimal ('a' → 61), so any script gives a plain file name.
 * @param {string} word
 */
export const wordsFile = (word) => `${word.codePointAt(0)?.toString(16)}.json`;

/**
 * The record's words, sorted and grouped by the file each belongs in.
 * @param {Iterable<string>} words
 * @returns {Map<string, string[]>}
 */
export function wordFiles(words) {
  const files = new Map();
  for (const word of [...new Set(words)].sort()) {
    const file = wordsFile(word);
    if (!files.has(file)) files.set(file, []);
    files.get(file).push(word);
  }
  return files;
}

/**
 * Whether one of the sorted words begins with this one: 'cooperat', typed or cut short, begins 'cooperation'. The
 * first word not before it in sort order is the only one that can.
 * @param {readonly string[]} sorted
 * @param {string} word
 */
export function hasWordBeginning(sorted, word) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < word) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low].startsWith(word);
}
