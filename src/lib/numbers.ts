// Numbers in running text: one to nine in words, 10 and above in figures; a count or a noun with the words it takes;
// a list of things as a sentence names them.
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const inWords = (n: number): string => WORDS[n] ?? n.toLocaleString('en-GB');

/** A noun with its indefinite article: "an agreement", "a meeting". */
export const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/**
 * A country's name as a sentence gives it: "the United States" where its record says the name takes "the" (its
 * `article`), "The United States" at a sentence's start; other names as they are.
 */
export const countryInText = (country: { name: string; article?: 'the' | undefined }, start = false): string =>
  country.article ? `${start ? 'The' : 'the'} ${country.name}` : country.name;

/** A count with its noun, singular for one: "1 meeting", "3 meetings", "1 person", "2 people". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What comes before the i-th of n things as a sentence lists them: nothing, ", " or, before the last, " and ". */
export const sentenceSeparator = (i: number, n: number): string => (i === 0 ? '' : i === n - 1 ? ' and ' : ', ');

/** Things as a sentence lists them: "Almaty", "Almaty and Minsk", "Almaty, Beijing and Minsk". */
export const inSentence = (items: readonly string[]): string =>
  items.map((item, i) => sentenceSeparator(i, items.length) + item).join('');

/** The words whose flag is set, in their order: what a sentence lists of a page ("people, meetings and agreements"). */
export const wordsWhere = (flags: Readonly<Record<string, boolean>>): string[] =>
  Object.entries(flags).flatMap(([word, set]) => (set ? [word] : []));
