// The words of the record for the search page's module
// (public/search-module/pagefind.js), written by `npm run build` once
// Pagefind has indexed the site: every word of the text and metadata Pagefind
// indexed, folded and listed by first letter (known-words.js), each list under
// a name that changes with its words, and an index of the lists.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { textWords, wordLists } from '../public/search-module/known-words.js';

/** How a fragment of Pagefind's index (one page's text and metadata) begins once unzipped. */
const FRAGMENT_HEADER = 'pagefind_dcd';

/**
 * What Pagefind indexed of each page of a built site: its fragment files, gzipped JSON behind a short signature.
 * @param {string} site the built site's folder
 * @returns {Array<{ url: string, content: string, meta: Record<string, string>, anchors: any[], filters: Record<string, string[]> }>}
 */
export function indexedPages(site) {
  const folder = join(site, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const data = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    if (!data.startsWith(FRAGMENT_HEADER))
      throw new Error(
        `Pagefind's ${join(folder, name)} does not begin '${FRAGMENT_HEADER}' once unzipped: ` +
          'its format has changed, and indexedPages (scripts/search-words.mjs) must follow it',
      );
    return JSON.parse(data.slice(FRAGMENT_HEADER.length));
  });
}

/**
 * Writes the record's words into the built site's search-module/words/: one list per first letter, named for its key
 * and its words' hash, and index.json, which names the list for each key. Returns how many words there are.
 * @param {string} site the built site's folder, indexed by Pagefind
 */
export function writeSearchWords(site) {
  // Each different word once: folding every word of every page took 4.3 s of a build of 10 000 meetings, whose pages
  // hold 37 million characters in 32 000 different words (0.6 s so).
  const tokens = new Set();
  for (const { content, meta } of indexedPages(site))
    for (const token of [content, ...Object.values(meta ?? {})].join(' ').split(/\s+/)) tokens.add(token);
  const words = textWords([...tokens].join(' '));
  const folder = join(site, 'search-module', 'words');
  mkdirSync(folder, { recursive: true });
  const index = {};
  for (const [key, list] of wordLists(words)) {
    const json = JSON.stringify(list);
    index[key] = `${key}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    writeFileSync(join(folder, index[key]), json);
  }
  writeFileSync(join(folder, 'index.json'), JSON.stringify(index));
  return words.size;
}

/**
 * The record's words as writeSearchWords wrote them into a built site, by key: what the search page reads.
 * @param {string} site the built site's folder
 * @returns {Map<string, string[]>}
 */
export function readSearchWords(site) {
  const folder = join(site, 'search-module', 'words');
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
  return new Map(
    Object.entries(index).map(([key, file]) => [key, JSON.parse(readFileSync(join(folder, file), 'utf8'))]),
  );
}
