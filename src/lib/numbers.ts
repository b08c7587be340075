// Numbers in running text: one to nine in words, 10 and above in figures; a count or a noun with the words it takes;
// a list of things as a sentence names them.
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const inWords = (n: number): string => WORDS[n] ?? n.toLocaleString('en-GB');

/** A noun with its indefinite article: "an agreement", "a meeting". */
export const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** A count with its noun, singular for one: "1 meeting", "3 meetings", "1 person", "2 people". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Things as a sentence lists them: "Almaty", "Almaty and Minsk", "Almaty, Beijing and Minsk". */
export const inSentence = (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
