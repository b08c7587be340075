// The language of each word of a search excerpt. Pagefind's excerpts are runs of a page's indexed words, written in
// the search page's own language: a German source's headline and paragraphs were read out as English (WCAG 3.1.2).
// Pagefind says where an element with an id starts among those words (its anchors), and gives the element's text: a
// source's paragraph in its original language has such an id (originalTextId), and the page gives its language to the
// index as text_lang; the headline is the page's title, whose language the page gives as title_lang. An excerpt is
// marked only where its place among the page's words is certain.

/** What Pagefind hands the search page for a result: its indexed text, its anchors and its metadata. */
export interface IndexedPage {
  raw_content?: string;
  anchors?: ReadonlyArray<{ id: string; text?: string; location: number }>;
  meta: Record<string, string | undefined>;
}

/** A run of a page's indexed words, [from, to), in a language other than the page's. */
interface Run {
  from: number;
  to: number;
  lang: string;
}

/** How Pagefind splits a page's text into words (pagefind.js, build_excerpt). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** The id of a source paragraph's text in its original language beside its translation: 3 → "p3-original". */
export function originalTextId(n: number): string {
  return `p${n}-original`;
}
const ORIGINAL_TEXT_ID = /^p\d+-original$/;
/** A language tag as the pages write one ("de"): anything else in the metadata is not put in the markup. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

const wordsOf = (text: string) => text.split(WORD_SEPARATORS);

/**
 * Whether the page's words at `at` are those of `run`. Pagefind ends a block (a heading, a paragraph) that has no
 * full stop of its own with one: its last word may carry it.
 */
const sameWords = (words: readonly string[], at: number, run: readonly string[], closesBlock = false) =>
  run.length > 0 &&
  run.every((w, i) => words[at + i] === w || (closesBlock && i === run.length - 1 && words[at + i] === `${w}.`));

/** The runs of the page's words that are in another language: its source text's paragraphs, and its title. */
function foreignRuns(page: IndexedPage, words: readonly string[]): Run[] {
  const runs: Run[] = [];
  const textLang = page.meta.text_lang;
  if (textLang && LANGUAGE_TAG.test(textLang)) {
    for (const anchor of page.anchors ?? []) {
      if (!ORIGINAL_TEXT_ID.test(anchor.id) || !anchor.text) continue;
      const text = wordsOf(anchor.text.trim());
      // The anchor's text must be the words at its place, or its place is not known.
      if (sameWords(words, anchor.location, text, true))
        runs.push({ from: anchor.location, to: anchor.location + text.length, lang: textLang });
    }
  }
  const { title, title_lang: titleLang } = page.meta;
  if (title && titleLang && LANGUAGE_TAG.test(titleLang)) {
    // A headline of several words is in its language wherever the page repeats it.
    const text = wordsOf(title.trim());
    for (let at = words.indexOf(text[0]!); at >= 0; at = words.indexOf(text[0]!, at + 1))
      if (sameWords(words, at, text, true)) runs.push({ from: at, to: at + text.length, lang: titleLang });
  }
  return runs;
}

/** An excerpt's word as the page's text has it: without the <mark> Pagefind puts around a word it found. */
const plainWord = (token: string) => token.replace(/<\/?mark>/g, '');

/**
 * The excerpt (Pagefind's HTML: the page's words joined by spaces, a found word in <mark>) with each run of words in
 * another language in a <span lang>. Unchanged when it has no such word, or its place among the page's words is not
 * found, or is found more than once with different languages.
 */
export function markExcerptLanguages(excerpt: string, page: IndexedPage): string {
  const content = page.raw_content ?? '';
  // A page Pagefind splits at zero-width spaces (a language written without them) is not this site's.
  if (!excerpt || content.includes('\u200B')) return excerpt;
  const words = wordsOf(content);
  const runs = foreignRuns(page, words);
  if (runs.length === 0) return excerpt;
  const tokens = excerpt.split(' ');
  const plain = tokens.map(plainWord);
  const langAt = (i: number) => runs.find((r) => r.from <= i && i < r.to)?.lang;
  const readings = new Set<string>();
  let langs: Array<string | undefined> = [];
  for (let at = words.indexOf(plain[0]!); at >= 0; at = words.indexOf(plain[0]!, at + 1)) {
    if (!sameWords(words, at, plain)) continue;
    langs = plain.map((_, i) => langAt(at + i));
    readings.add(JSON.stringify(langs));
  }
  if (readings.size !== 1 || langs.every((l) => l === undefined)) return excerpt;
  const parts: string[] = [];
  tokens.forEach((token, i) => {
    const lang = langs[i];
    const opens = lang !== undefined && langs[i - 1] !== lang;
    const closes = lang !== undefined && langs[i + 1] !== lang;
    parts.push(`${opens ? `<span lang="${lang}">` : ''}${token}${closes ? '</span>' : ''}`);
  });
  return parts.join(' ');
}
