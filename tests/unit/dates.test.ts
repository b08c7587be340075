import { describe, expect, it } from 'vitest';
import { dateMeant } from '../../src/lib/dates';

describe('the date in the record’s form that a value written another way means', () => {
  it.each([
    ['2017-9', '2017-09'],
    ['2017-9-5', '2017-09-05'],
    ['September 2017', '2017-09'],
    ['Sept. 2017', '2017-09'],
    ['10 April 2017', '2017-04-10'],
    ['10th of April 2017', '2017-04-10'],
    ['April 10, 2017', '2017-04-10'],
    ['Apr 10 2017', '2017-04-10'],
    ['1. April 2024', '2024-04-01'],
    ['9. März 2019', '2019-03-09'],
    ['10.04.2017', '2017-04-10'],
    ['2013-2014', '2013/2014'],
    ['2013 – 2014', '2013/2014'],
  ])('%s means %s', (value, meant) => {
    expect(dateMeant(value)).toBe(meant);
  });

  it.each([
    ['a date already in the record’s form', '2017-09'],
    ['no month of the calendar', 'Smarch 2017'],
    ['no day of the calendar', '31 September 2017'],
    ['a period that ends before it starts', '2014-2013'],
    ['a text that is no date', 'spring'],
    ['a year of two digits', '10.04.17'],
  ])('none for %s', (_, value) => {
    expect(dateMeant(value)).toBeUndefined();
  });
});
