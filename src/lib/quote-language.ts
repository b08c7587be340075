// Words the site's English quotes from a source in another language are marked with that language, so a screen
// reader does not read “am selben Tag” as English (WCAG 3.1.2, language of parts).

/** A run of text, with its language when it is not the page's. */
export interface TextPart {
  text: string;
  lang?: string;
  /** A person of the record this text names (mentions.ts): the part links to their page. */
  person?: string;
}

/** What the site puts in quotation marks: each phrase between “ and ” (matchAll copies it, so it may be shared). */
export const QUOTATION = /“([^”]+)”/g;

/** A text to match as itself inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter, a digit or a mark: a character of a word. */
export const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** A letter or a digit: what may not stand either side of a phrase found as whole words (a mark may). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A phrase as whole words: "Kairat Gulsaba" is not found in "Kairat Gulsabaov", nor "SCO" in "SCOPE". */
export const asWords = (phrase: string, flags = 'u') =>
  new RegExp(`(?<!${LETTER_OR_DIGIT.source})${escapeRegExp(phrase)}(?!${LETTER_OR_DIGIT.source})`, flags);

/** The character (code point) that ends just before `at`, or '' at the start. */
function codePointBefore(text: string, at: number): string {
  if (at === 0) return '';
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : at - 1, at);
}

/**
 * Whether a text holds a phrase as whole words, as asWords(phrase) finds it, with no regular expression to build: the
 * validator asks this of every paragraph a person is named in, for each of their spellings, and a regular expression
 * that opens with a look-behind is tried at every position of the text.
 */
export function hasWords(text: string, phrase: string): boolean {
  // An empty phrase, or one with half a surrogate pair, which indexOf may find inside a pair and the expression not.
  if (phrase === '' || !phrase.isWellFormed()) return asWords(phrase).test(text);
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const after = text.codePointAt(at + phrase.length);
    if (
      !LETTER_OR_DIGIT.test(codePointBefore(text, at)) &&
      !(after !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(after)))
    )
      return true;
  }
  return false;
}

/**
 * Finds the language of a quoted phrase: that of a source not in English whose text holds it word for word (the
 * case of its first letter aside, as a quotation may lower it). Undefined for a phrase no such source holds.
 */
export function quoteLanguages(sources: Array<{ language: string; text: string }>) {
  const foreign = sources.filter((s) => s.language !== 'en');
  const found = new Map<string, string | undefined>();
  return (quote: string): string | undefined => {
    if (foreign.length === 0) return undefined;
    if (!found.has(quote)) {
      const words = asWords(quote, 'iu');
      found.set(quote, foreign.find((s) => words.test(s.text))?.language);
    }
    return found.get(quote);
  };
}

/**
 * The language of a phrase quoted from a source's capture, which is all in the source's language (English is the
 * page's own, so unmarked), whether or not the phrase stands in the excerpt. A phrase with no letter, a number
 * such as a view counter, is in no language.
 */
export const captureLanguage =
  (language: string) =>
  (quote: string): string | undefined =>
    language !== 'en' && /\p{L}/u.test(quote) ? language : undefined;

/** A text cut at its quotations (“…”), each quoted phrase with the language langOf finds for it. */
export function languageParts(text: string, langOf: (quote: string) => string | undefined): TextPart[] {
  const parts: TextPart[] = [];
  let rest = 0;
  for (const match of text.matchAll(QUOTATION)) {
    const lang = langOf(match[1]!);
    if (!lang) continue;
    const start = match.index + 1;
    parts.push({ text: text.slice(rest, start) }, { text: match[1]!, lang });
    rest = start + match[1]!.length;
  }
  parts.push({ text: text.slice(rest) });
  return parts.filter((p) => p.text !== '');
}

/**
 * The parts of a text longer than `most` characters cut to its first `length` (a space at the cut dropped) and an
 * ellipsis, each part keeping its language: a quotation the cut leaves open is still marked. A cut that would fall
 * inside a word falls at the space before it ("the year is infer…" read as a word of its own), unless the word is
 * longer than half the length kept.
 */
export function shortenedParts(parts: TextPart[], most: number, length: number): TextPart[] {
  const whole = parts.map((p) => p.text).join('');
  if (whole.length <= most) return parts;
  const inWord = WORD_CHARACTER.test(whole.charAt(length - 1)) && WORD_CHARACTER.test(whole.charAt(length));
  const space = whole.lastIndexOf(' ', length);
  let left = inWord && space > length / 2 ? space : length;
  const kept = parts.flatMap((part) => {
    const text = part.text.slice(0, Math.max(left, 0));
    left -= part.text.length;
    return text === '' ? [] : [{ ...part, text }];
  });
  while (kept.length > 0 && kept.at(-1)!.text.trimEnd() === '') kept.pop();
  if (kept.length > 0) kept[kept.length - 1] = { ...kept.at(-1)!, text: kept.at(-1)!.text.trimEnd() };
  return [...kept, { text: '…' }];
}
