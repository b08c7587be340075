// The words of the record as the search page's module (./pagefind.js) tells
// a word the record has from one it lacks: written at build time
// (scripts/search-words.mjs) from the text Pagefind indexed, one file for each
// first letter, and read in the browser. Words are kept folded as Pagefind
// folds them (in lower case, without diacritics and without the punctuation
// it drops), not stemmed. A module with no imports, so the build,
// the tests and the browser run the same code.

/**
 * The punctuation Pagefind drops from a query (pagefind_web_js, coupled_search.ts): dashes, brackets, quotation marks
 * and other marks such as '.', not connectors such as '_'.
 */
const DROPPED = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

/**
 * A word folded: without diacritics or the punctuation Pagefind drops, in lower case by `lower`.
 * @param {string} text
 * @param {(text: string) => string} lower
 */
const fold = (text, lower) => lower(text.normalize('NFD').replace(/\p{M}/gu, '')).replace(DROPPED, '');

/**
 * A query in lower case as Pagefind's pagefind.js puts it, in the reader's locale (a Turkish browser's "I" is "ı"),
 * and a text's words as its indexer does, by Unicode's rules alone: the same on every build machine.
 * @param {string} text
 */
// eslint-disable-next-line no-restricted-syntax -- in the browser, as Pagefind's own code does with the same query
const queryLower = (text) => text.toLocaleLowerCase();
/** @param {string} text */
const textLower = (text) => text.toLowerCase();

/**
 * The words Pagefind searches for, in the order of the query.
 * @param {string} query
 * @returns {string[]}
 */
export const queryWords = (query) => fold(query, queryLower).split(/\s+/).filter(Boolean);

/**
 * The words of a text, each also cut where Pagefind cuts it to index its parts: at its punctuation ('2014–2015'
 * gives 20142015, 2014 and 2015; 'date_basis' gives date_basis, date and basis) and where a capital follows a small
 * letter ('colClasses' gives colclasses, col and classes).
 * @param {string} text
 * @returns {Set<string>}
 */
export function textWords(text) {
  const words = new Set();
  for (const word of text.split(/\s+/)) {
    words.add(fold(word, textLower));
    for (const part of word.split(/[\p{P}\p{S}]+|(?<=\p{Ll})(?=\p{Lu})/u)) words.add(fold(part, textLower));
  }
  words.delete('');
  return words;
}

/**
 * The key of the list that holds the words beginning as this one does: its first character's code point in
 * hexadecimal ('a' → 61), which any script turns into a plain file name.
 * @param {string} word
 */
export const wordsKey = (word) => word.codePointAt(0)?.toString(16) ?? '';

/**
 * The record's words, sorted and grouped by key.
 * @param {Iterable<string>} words
 * @returns {Map<string, string[]>}
 */
export function wordLists(words) {
  const lists = new Map();
  for (const word of [...new Set(words)].sort()) {
    const key = wordsKey(word);
    if (!lists.has(key)) lists.set(key, []);
    lists.get(key).push(word);
  }
  return lists;
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

/** Endings of English words taken off to find another form of them, longest first; what is left keeps 3 letters. */
const ENDINGS = ['ing', 'ies', 'ied', 'es', 'ed', 's'];

/**
 * A query word and the forms of it with an ending taken off ('meetings': meeting; 'stopped': stopp, stop), each of
 * which a word of the record may begin.
 * @param {string} word
 * @returns {string[]}
 */
export function formsOf(word) {
  const forms = [word];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    forms.push(base);
    // A consonant doubled before the ending: 'stopped', 'planning'.
    if (/([^aeiou])\1$/.test(base)) forms.push(base.slice(0, -1));
  }
  return forms;
}

/**
 * Whether the record has a query word: a word of it begins with the word, or with the word less an ending. `listFor`
 * gives the sorted words under a key (wordsKey), or a promise of them.
 * @param {string} word
 * @param {(key: string) => readonly string[] | Promise<readonly string[]>} listFor
 */
export async function isKnownWord(word, listFor) {
  const sorted = await listFor(wordsKey(word));
  return formsOf(word).some((form) => hasWordBeginning(sorted, form));
}
