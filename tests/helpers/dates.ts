// Dates as the tests read them from content, independently of src/lib/dates.ts.

/** The first day a date value stands for, read off the value: "2017-09" is 2017-09-01, "2013/2014" 2013-01-01. */
export const firstDay = (value: string) => (value.split('/')[0]! + '-01-01').slice(0, 10);

/** The last day a date value stands for: "2017-09" is 2017-09-30, "2013/2014" 2014-12-31. */
export function lastDay(value: string): string {
  const end = value.split('/').at(-1)!;
  const [year, month] = end.split('-').map(Number) as [number, number | undefined];
  if (end.length === 10) return end;
  if (month === undefined) return `${year}-12-31`;
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** What a date's precision is called, read off the form of its value: "2013/2014" is "years", "2017-09" a "month". */
const unitOf = (value: string) =>
  value.includes('/') ? 'years' : ['year', 'month', 'day'][value.split('-').length - 1];

/**
 * How precise a date is, in a reader's words, read off the form of the value (README, "Dates"): "2017-04-10" the
 * "exact day", "2017-09" the "month only", "2017" the "year only", "2013/2014" "a period"; a value that is only the
 * latest the date can be says what is not known: "exact day not known" (month, year).
 */
export const precisionWords = (value: string, onOrBefore = false): string =>
  onOrBefore
    ? `exact ${unitOf(value)} not known`
    : value.includes('/')
      ? 'a period'
      : ['year only', 'month only', 'exact day'][value.split('-').length - 1]!;

/**
 * What a date's brackets say after its precision (README, "Dates"): "as stated", or "inferred" (left to an Inferred
 * badge beside it where there is one, `badge`); a date whose year alone the site infers says "day as stated, year
 * inferred" in place of both, badge or none.
 */
export function noteWords(
  date: { value: string; onOrBefore?: boolean; inferred: boolean; inferredPart?: 'year' | undefined },
  { badge = false } = {},
): string {
  const precision = precisionWords(date.value, date.onOrBefore);
  if (!date.inferred) return `${precision}, as stated`;
  if (date.inferredPart === 'year') return 'day as stated, year inferred';
  return badge ? precision : `${precision}, inferred`;
}

/** What of a date the site infers, as the lists and labels say it (README, "Dates"): "inferred" or "year inferred". */
export const inferredPartWords = (date: { inferredPart?: 'year' | undefined }): string =>
  date.inferredPart === 'year' ? 'year inferred' : 'inferred';

/** The words before a date that is only the latest it can be: "on or before" a day, "in or before" a month or a year. */
export const boundWords = (value: string): string => (unitOf(value) === 'day' ? 'on or before' : 'in or before');

/**
 * A date as the pages write it: "9 August 2019", "September 2017", "2024". A period ("2013/2014") is not spelled
 * here: a test that meets one says so.
 */
export function dateWords(value: string): string {
  if (value.includes('/')) throw new Error(`${value}: a period; write out here how the site gives one first`);
  const [year, month, day] = value.split('-');
  const monthName =
    month && new Date(Date.UTC(2000, Number(month) - 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return [day && String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

/**
 * A date of the record as the pages write it: "9 August 2019", "on or before 9 August 2019" where the value is only
 * the latest it can be, "between 15 March 2018 and 9 August 2019" where the earliest it can be is known too.
 */
export function datedWords(date: { value: string; onOrBefore?: boolean; onOrAfter?: string | undefined }): string {
  if (!date.onOrBefore) return dateWords(date.value);
  if (date.onOrAfter) return `between ${dateWords(date.onOrAfter)} and ${dateWords(date.value)}`;
  return `${boundWords(date.value)} ${dateWords(date.value)}`;
}
