// The search page's word test (public/search-module/known-words.js): words are
// folded as Pagefind folds a query, a text's words are also cut at their
// punctuation, and a word is found in the sorted lists exactly when a word of
// the text begins with it.
import { describe, expect, it } from 'vitest';
import {
  hasWordBeginning,
  queryWords,
  textWords,
  wordFiles,
  wordsFile,
} from '../../public/search-module/known-words.js';
import { realCorpus } from '../helpers/corpus';

const { sources } = realCorpus();
/** The words of the five excerpts, as the build lists the words of every page. */
const excerptWords = textWords(sources.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n'));

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

  it('lists a text word whole and cut at its punctuation', () => {
    const words = textWords('the 2014–2015 plan (date_basis) Ministry’s');
    for (const word of ['2014', '2015', '20142015', 'date_basis', 'date', 'basis', 'ministrys', 'ministry', 'plan'])
      expect(words, word).toContain(word);
    expect(words).not.toContain('');
  });

  it('files each word under its first character, sorted, and finds a word that begins one of them', () => {
    expect(excerptWords.size).toBeGreaterThan(500);
    const files = wordFiles(excerptWords);
    expect([...files.values()].flat().length).toBe(excerptWords.size);
    for (const [file, words] of files) {
      expect(words, file).toEqual([...words].sort());
      for (const word of words) expect(wordsFile(word), word).toBe(file);
    }
    // Every beginning of every word is found, and a word with one more letter only when a word goes on so.
    const all = [...excerptWords];
    for (const word of all) {
      const sorted = files.get(wordsFile(word))!;
      for (let end = 1; end <= word.length; end += 1) expect(hasWordBeginning(sorted, word.slice(0, end))).toBe(true);
      for (const extra of ['q', 'z', 'é']) {
        const longer = word + extra;
        expect(hasWordBeginning(sorted, longer), longer).toBe(all.some((w) => w.startsWith(longer)));
      }
    }
    expect(hasWordBeginning([], 'a')).toBe(false);
  });
});
