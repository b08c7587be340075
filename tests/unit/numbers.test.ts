// Running text (src/lib/numbers.ts): a list of things as a sentence names them.
import { describe, expect, it } from 'vitest';
import { inSentence } from '../../src/lib/numbers';

describe('inSentence', () => {
  it.each([
    [[], ''],
    [['Almaty'], 'Almaty'],
    [['Almaty', 'Minsk'], 'Almaty and Minsk'],
    [['Almaty', 'Beijing', 'Minsk'], 'Almaty, Beijing and Minsk'],
  ])('%j → “%s”', (items, sentence) => expect(inSentence(items)).toBe(sentence));
});
