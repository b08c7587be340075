// Numbers in running text: one to nine in words, 10 and above in figures.
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const inWords = (n: number): string => WORDS[n] ?? n.toLocaleString('en-GB');
