// The search page's word test (public/search-module/known-words.js): words are
// folded as Pagefind folds a query, a text's words are also cut where Pagefind
// cuts them, and a word is known exactly when a word of the text begins with
// it or with it less an ending.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formsOf,
  hasWordBeginning,
  isKnownWord,
  queryWords,
  textWords,
  wordLists,
  wordsKey,
} from '../../public/search-module/known-words.js';
import { realCorpus } from '../helpers/corpus';

const { sources } = realCorpus();
/** The words of the five excerpts, as the build lists the words of every page. */
const excerptWords = textWords(sources.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n'));
const lists = wordLists(excerptWords);
const listFor = (key: string) => lists.get(key) ?? [];

describe('the words of a search and of the record', () => {
  it('folds a query as Pagefind does: lower case, no diacritics, no dropped punctuation', () => {
    expect(queryWords('  Rahimzoda’s  “Innenministerium”, (Dušanbe) ')).toEqual([
      'rahimzodas',
      'innenministerium',
      'dusanbe',
    ]);
    // A connector is not dropped, nor a symbol: Pagefind keeps them in a query.
    expect(queryWords('date_basis a=b')).toEqual(['date_basis', 'a=b']);
  });

  it('lists a text word whole and cut at its punctuation and where a capital follows a small letter', () => {
    const words = textWords('the 2014–2015 plan (date_basis) Ministry’s colClasses');
    for (const word of ['2014', '2015', '20142015', 'date_basis', 'date', 'basis', 'ministrys', 'ministry', 'plan'])
      expect(words, word).toContain(word);
    for (const word of ['colclasses', 'col', 'classes']) expect(words, word).toContain(word);
    expect(words).not.toContain('');
  });

  it('lists a text’s words the same on a build machine of any locale, as Pagefind’s indexer does', () => {
    // Node lower-cases a text with a character beyond Latin-1 by the machine's locale: on a Turkish one, "I" became
    // "ı", and the German source's "Innenministeriums" was missing from the list under "i".
    const module = pathToFileURL(resolve('public/search-module/known-words.js')).href;
    const script = `import { textWords } from '${module}'; console.log([...textWords('Innenministeriums – Präsident')].join(' '))`;
    for (const locale of ['tr_TR.UTF-8', 'de_DE.UTF-8', 'C.UTF-8']) {
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, LC_ALL: locale, LANG: locale },
        encoding: 'utf8',
      });
      expect(output.trim(), locale).toBe('innenministeriums prasident');
    }
  });

  it('lists each word under its first character, sorted, and finds a word that begins one of them', () => {
    expect(excerptWords.size).toBeGreaterThan(500);
    expect([...lists.values()].flat().length).toBe(excerptWords.size);
    for (const [key, words] of lists) {
      expect(words, key).toEqual([...words].sort());
      for (const word of words) expect(wordsKey(word), word).toBe(key);
    }
    // Every beginning of every word is found, and a word with one more letter only when a word goes on so.
    const all = [...excerptWords];
    for (const word of all) {
      const sorted = listFor(wordsKey(word));
      for (let end = 1; end <= word.length; end += 1) expect(hasWordBeginning(sorted, word.slice(0, end))).toBe(true);
      for (const extra of ['q', 'z', 'é']) {
        const longer = word + extra;
        expect(hasWordBeginning(sorted, longer), longer).toBe(all.some((w) => w.startsWith(longer)));
      }
    }
    expect(hasWordBeginning([], 'a')).toBe(false);
  });

  it('takes an ending off a word, and a consonant doubled before it, keeping three letters', () => {
    expect(formsOf('meetings')).toEqual(['meetings', 'meeting']);
    expect(formsOf('stopped')).toEqual(['stopped', 'stopp', 'stop']);
    expect(formsOf('policies')).toEqual(['policies', 'polic', 'polici', 'policie']);
    expect(formsOf('uses')).toEqual(['uses', 'use']);
    expect(formsOf('is')).toEqual(['is']);
  });

  it('knows a word the record has in another form, and not a word it has only the stem of', async () => {
    // Each excerpt word ending in a consonant, with -s, -ed or -ing added, where no excerpt word begins so.
    const added = [...excerptWords]
      .filter((w) => /^[a-z]{4,}[^aeiouys]$/.test(w))
      .flatMap((w) => ['s', 'ed', 'ing'].map((ending) => w + ending))
      .filter((w) => !hasWordBeginning(listFor(wordsKey(w)), w));
    expect(added.length).toBeGreaterThan(100);
    for (const word of added) expect(await isKnownWord(word, listFor), word).toBe(true);
    // Pagefind's stemmer gives 'personality' the stem of 'person': the record has the one word, not the other.
    expect(await isKnownWord('person', listFor)).toBe(true);
    expect(await isKnownWord('personality', listFor)).toBe(false);
    expect(await isKnownWord('asdfqwerzx', listFor)).toBe(false);
  });
});
