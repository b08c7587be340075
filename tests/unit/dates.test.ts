import { describe, expect, it } from 'vitest';
import { dateMeant, neighbourLabel } from '../../src/lib/dates';

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

describe('how a meeting’s page names the meeting listed beside it', () => {
  const day = (value: string, onOrBefore = false, onOrAfter?: string) => ({ value, onOrBefore, onOrAfter });
  it.each([
    // This page's date, its neighbour's, the side the neighbour is on: the label.
    [day('2024-04-01'), day('2024-04-01'), 'after', 'Same date, listed after'],
    [day('2017-09'), day('2017-04-10'), 'before', 'Earlier meeting'],
    [day('2017-04-10'), day('2017-09'), 'after', 'Later meeting'],
    // A month holds its days: which came first is not known.
    [day('2017-09'), day('2017-09-20'), 'after', 'Listed after; the dates overlap, so the order is not known'],
    [day('2017'), day('2017-04-10'), 'before', 'Listed before; the dates overlap, so the order is not known'],
    // "On or before": listed later, that meeting may yet have come first.
    [
      day('2017-09'),
      day('2019-08-09', true),
      'after',
      'Listed after; it may have come first: its date is only the latest it can be',
    ],
    [
      day('2019-08-09', true),
      day('2017-09'),
      'before',
      'Listed before; this page’s meeting may have come first: its date is only the latest it can be',
    ],
    // Known also as on or after a day after the other's month: the other came first (Almaty beside Beijing).
    [day('2019-08-09', true, '2018-03-15'), day('2017-09'), 'before', 'Earlier meeting'],
    [day('2017-09'), day('2019-08-09', true, '2018-03-15'), 'after', 'Later meeting'],
    // On or after a day within the other's month: the order is still open, and the label gives both ends.
    [
      day('2019-08-09', true, '2017-09-15'),
      day('2017-09'),
      'before',
      'Listed before; this page’s meeting may have come first: its date is known only as between 15 September 2017 and 9 August 2019',
    ],
    // Two "on or before" dates of one day are not the same day.
    [
      day('2019-08-09', true),
      day('2019-08-09', true),
      'after',
      'Listed after; the dates overlap, so the order is not known',
    ],
  ] as const)('%o beside %o, %s: %s', (date, neighbour, side, label) => {
    expect(neighbourLabel(date, neighbour, side)).toBe(label);
  });
});
