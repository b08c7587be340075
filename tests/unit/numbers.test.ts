// Running text (src/lib/numbers.ts): a list of things as a sentence names them.
import { describe, expect, it } from 'vitest';
import { countryInText, inSentence, sentenceSeparator, wordsWhere } from '../../src/lib/numbers';

describe('inSentence', () => {
  it.each([
    [[], ''],
    [['Almaty'], 'Almaty'],
    [['Almaty', 'Minsk'], 'Almaty and Minsk'],
    [['Almaty', 'Beijing', 'Minsk'], 'Almaty, Beijing and Minsk'],
  ])('%j → “%s”', (items, sentence) => expect(inSentence(items)).toBe(sentence));
});

describe('sentenceSeparator', () => {
  it('puts before each of some links what inSentence puts between words', () => {
    const links = ['Almaty', 'Beijing', 'Minsk', 'Tashkent'];
    expect(links.map((_, i) => sentenceSeparator(i, links.length))).toEqual(['', ', ', ', ', ' and ']);
    expect(sentenceSeparator(1, 2)).toBe(' and ');
  });
});

describe('wordsWhere', () => {
  it('keeps the words whose flag is set, in the order given', () => {
    expect(wordsWhere({ people: true, meetings: false, 'the people met': true })).toEqual(['people', 'the people met']);
    expect(wordsWhere({ date: false, place: false })).toEqual([]);
  });
});

describe('countryInText', () => {
  it('gives “the” to a name whose record says it takes it, capitalized at a sentence’s start, and no other', () => {
    const us = { name: 'United States', article: 'the' as const };
    expect(countryInText(us)).toBe('the United States');
    expect(countryInText(us, true)).toBe('The United States');
    expect(countryInText({ name: 'Tajikistan' })).toBe('Tajikistan');
    expect(countryInText({ name: 'Tajikistan' }, true)).toBe('Tajikistan');
  });
});
