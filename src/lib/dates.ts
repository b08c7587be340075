// The corpus's dates are partial ISO 8601: a year, a month, a day, or a
// period of years. The form of the value is its precision.

import { inCodePointOrder } from './order';

export type Precision = 'day' | 'month' | 'year' | 'period';

/** A day's form, "YYYY-MM-DD", whether or not the calendar has that day. */
const DAY_FORM = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** A year as a date writes it: four digits, from 1000 on (a year written "0983" is a slip, and would sort out of place). */
const YEAR = String.raw`([1-9]\d{3})`;

const FORMS: Array<[Precision, RegExp]> = [
  ['day', DAY_FORM],
  ['month', new RegExp(`^${YEAR}-(\\d{2})$`)],
  ['year', new RegExp(`^${YEAR}$`)],
  ['period', new RegExp(`^${YEAR}\\/${YEAR}$`)],
];

/** The forms of a date and of a day as regular expressions' sources, for the JSON Schema of record.json: the form only,
 * not whether the calendar has the day (datePrecision). */
export const DATE_PATTERN = FORMS.map(([, form]) => form.source).join('|');
export const DAY_PATTERN = DAY_FORM.source;
/** A period of years' form, "YYYY/YYYY", for the JSON Schema's rule that a period is never only the latest a date can be. */
export const PERIOD_PATTERN = FORMS.find(([precision]) => precision === 'period')![1].source;
/** The forms of a day, a month or a year, not a period: what the earliest a date can be is written in. */
export const BOUND_PATTERN = FORMS.filter(([precision]) => precision !== 'period')
  .map(([, form]) => form.source)
  .join('|');

export const DATE_FORMS = '"YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or "YYYY/YYYY" (period of years)';
/** The forms the earliest a date can be is written in: no period (schema.ts, onOrAfter). */
export const BOUND_FORMS = '"YYYY-MM-DD" (day), "YYYY-MM" (month) or "YYYY" (year)';

/** The first and the last date a value names: a period's years ("2013/2014" → "2013", "2014"); any other, itself. */
export function dateEnds(value: string): [start: string, end: string] {
  const [start, end = start] = value.split('/') as [string, string?];
  return [start, end];
}

/** The precision a date value states, or null when it is not a real date. */
export function datePrecision(value: string): Precision | null {
  for (const [precision, form] of FORMS) {
    const m = form.exec(value);
    if (!m) continue;
    const [, a, b, c] = m.map(Number) as [number, number, number, number];
    if (precision === 'day') return isRealDay(a, b, c) ? precision : null;
    if (precision === 'month') return b >= 1 && b <= 12 ? precision : null;
    if (precision === 'period') return a < b ? precision : null;
    return precision;
  }
  return null;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const GERMAN_MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** The days of a month, or undefined for no month of the calendar. */
const daysIn = (year: number, month: number) =>
  month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : undefined;

/** What is wrong with a value that is no date: a day or month the calendar lacks, or no date's form at all. */
function whyNoDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const days = daysIn(year, month);
  if (DAY_FORM.test(value))
    return days === undefined
      ? `is not a day of the calendar: there is no month ${month}`
      : day < 1
        ? 'is not a day of the calendar: there is no day 0'
        : `is not a day of the calendar: ${MONTHS[month - 1]} ${year} has ${days} days`;
  if (/^[1-9]\d{3}-\d{2}$/.test(value)) return `is not a month of the calendar: there is no month ${month}`;
  return /^0\d{3}(?:$|[-/])/.test(value) ? 'is not a date of the record: its year is before 1000' : 'is not a date';
}

/** Month names as a text may write them, English and German, in full or cut to three letters ("Sept." too). */
const MONTH_NAMES = new Map<string, number>([
  ...[...MONTHS, ...GERMAN_MONTHS].flatMap((name, i): Array<[string, number]> => [
    [name.toLowerCase(), (i % 12) + 1],
    [name.slice(0, 3).toLowerCase(), (i % 12) + 1],
  ]),
  ['sept', 9],
]);

/**
 * A value written another way, read in the record's form: "2017-9", "September 2017", "10 April 2017", "April 10,
 * 2017", "10. April 2017", "10.04.2017" (day first, as German writes it: `dayFirst` says so where the two numbers
 * could be read either way), "2013-2014" or "2013–2014" (a period); whether or not the calendar has it. Undefined when
 * it is none of these, or already in the record's form.
 */
function dateRead(value: string): { date: string; dayFirst: boolean } | undefined {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const named = (name: string) => MONTH_NAMES.get(name.toLowerCase().replace(/\.$/, ''));
  const text = value.trim().replace(/\s+/g, ' ');
  const read = (date: string, dayFirst = false) => (date === value ? undefined : { date, dayFirst });
  let m: RegExpExecArray | null;
  if ((m = /^([1-9]\d{3})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text)))
    return read(`${m[1]}-${pad(m[2]!)}${m[3] ? `-${pad(m[3])}` : ''}`);
  if ((m = /^(?:(\d{1,2})(?:st|nd|rd|th|\.)? (?:of )?)?(\p{L}+\.?),? ([1-9]\d{3})$/u.exec(text)) && named(m[2]!))
    return read(`${m[3]}-${pad(named(m[2]!)!)}${m[1] ? `-${pad(m[1])}` : ''}`);
  if ((m = /^(\p{L}+\.?) (\d{1,2})(?:st|nd|rd|th)?,? ([1-9]\d{3})$/u.exec(text)) && named(m[1]!))
    return read(`${m[3]}-${pad(named(m[1]!)!)}-${pad(m[2]!)}`);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.([1-9]\d{3})$/.exec(text)))
    return read(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`, m[1] !== m[2] && Number(m[1]) <= 12);
  if ((m = /^([1-9]\d{3}) ?[-–—] ?([1-9]\d{3})$/.exec(text))) return read(`${m[1]}/${m[2]}`);
  return undefined;
}

/** The date in the record's form that a value written another way means; undefined when none, or none the calendar has. */
export function dateMeant(value: string): string | undefined {
  const read = dateRead(value);
  return read && datePrecision(read.date) !== null ? read.date : undefined;
}

/**
 * What a value that is no date is, and what would do: the date it means in the record's form, said to be read day first
 * where it could be read either way; a reading the calendar lacks says why ("September 2017 has 30 days").
 */
function notADate(value: string, forms: string): string {
  const read = dateRead(value);
  if (read && datePrecision(read.date) === null) return `"${value}" ${whyNoDate(read.date)}; expected ${forms}`;
  const how = read?.dayFirst ? ' (read day first, as German writes it)' : '';
  return `"${value}" ${whyNoDate(value)}; expected ${read ? `"${read.date}"${how}, or another of ` : ''}${forms}`;
}

/**
 * Why a value is not a date, for an error message; null when it is one. `forms` are the ones the field takes: a field
 * that takes no period (BOUND_FORMS) reports one, or a value that reads as one, before this is asked.
 */
export function dateProblem(value: string, forms = DATE_FORMS): string | null {
  if (datePrecision(value) !== null) return null;
  const period = FORMS.find(([precision]) => precision === 'period')![1].exec(value);
  if (period) {
    const [, start, end] = period as unknown as [string, string, string];
    return `"${value}" is not a period of years: its end year must come after its start; expected ${start === end ? `"${start}" for one year` : `"${end}/${start}"`}, or another of ${forms}`;
  }
  return notADate(value, forms);
}

/** A day and month as a text writes it, with the year written beside it if any: "January 28, 2005" gives 2005. */
export type DayMention = { said: string; year: number | null };

/**
 * Where a text gives the day and month of a "YYYY-MM-DD" value, in English or German ("April 10", "26th of March",
 * "1. April 2024"), each with the year written right after it ("April 10, 2017" gives 2017) or right before it ("In
 * 2017, on April 10", "2024, am 1. April"), or null when none is. A year is four digits from 1900 to 2099, so that
 * "April 10, 1500 officers" is not read as one.
 */
function dayMentions(text: string, value: string): DayMention[] {
  const m = DAY_FORM.exec(value);
  if (!m) return [];
  const month = Number(m[2]) - 1;
  const day = `0?${Number(m[3])}(?:st|nd|rd|th|\\.)?`;
  const name = `(?:${MONTHS[month]}|${GERMAN_MONTHS[month]})`;
  const yearBefore = `(?:(?<!\\d)((?:19|20)\\d{2}),?\\s+(?:(?:on|am)\\s+)?)?`;
  const yearAfter = `(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?`;
  const dayFirst = `${yearBefore}(?<!\\d)${day}\\s+(?:of\\s+)?${name}(?!\\p{L})${yearAfter}`;
  const monthFirst = `${yearBefore}(?<!\\p{L})${name}\\s+${day}(?!\\d)${yearAfter}`;
  return [...text.matchAll(new RegExp(`${dayFirst}|${monthFirst}`, 'giu'))].map((found) => {
    const stated = found[2] ?? found[1] ?? found[4] ?? found[3];
    return { said: found[0], year: stated === undefined ? null : Number(stated) };
  });
}

/**
 * Whether a text gives the day of a "YYYY-MM-DD" value: the whole date as written ("2019-08-09"), or its day and
 * month, in English or German ("April 10", "26th of March", "1. April").
 */
export function statesDay(text: string, value: string): boolean {
  return DAY_FORM.test(value) && (text.includes(value) || dayMentions(text, value).length > 0);
}

/** Whether a text gives the day and month of a "YYYY-MM-DD" value with no year beside them ("April 10", "1. April"). */
export const statesDayWithoutYear = (text: string, value: string): boolean =>
  dayMentions(text, value).some((d) => d.year === null);

/**
 * The day as a text gives it in another year only, or null: where every mention of the value's day and month has a
 * year beside it and none is the value's ("January 28, 2005" for "2050-01-28"). A mention with no year leaves the year
 * to be inferred, so it is no contradiction.
 */
export function dayInOtherYear(text: string, value: string): DayMention | null {
  if (text.includes(value)) return null;
  const mentions = dayMentions(text, value);
  const year = Number(value.slice(0, 4));
  if (mentions.length === 0 || mentions.some((d) => d.year === null || d.year === year)) return null;
  return mentions[0]!;
}

/** How precise a date is, in a reader's words. */
const PRECISION_LABEL: Record<Precision, string> = {
  day: 'exact day',
  month: 'month only',
  year: 'year only',
  period: 'a period',
};

/** How precise a date is when its value is only the latest it can be: what is not known. */
const NOT_KNOWN_LABEL: Record<Precision, string> = {
  day: 'exact day not known',
  month: 'exact month not known',
  year: 'exact year not known',
  period: 'exact years not known',
};

/**
 * A date of the record as far as a reader needs it here: its value, whether that is only the latest it can be, and
 * then, where the record knows it, the earliest it can be (`onOrAfter`).
 */
export type Dated = { value: string; onOrBefore?: boolean | undefined; onOrAfter?: string | undefined };

/**
 * A date and whether the site infers it: whole, or, where a cited paragraph gives the day and month with no year
 * (`inferredPart: 'year'`), only its year.
 */
export type InferredDate = Dated & { inferred: boolean; inferredPart?: 'year' | undefined };

/** What of a date the site infers, in a reader's words: "year inferred" or "inferred"; '' for a source's date. */
export function inferredWords(date: InferredDate): string {
  if (!date.inferred) return '';
  return date.inferredPart === 'year' ? 'year inferred' : 'inferred';
}

/** How precise a date is, in a reader's words: "exact day", or "exact day not known" for an "on or before" date. */
export function precisionWords(date: Dated): string {
  const precision = datePrecision(date.value) ?? 'day';
  return (date.onOrBefore ? NOT_KNOWN_LABEL : PRECISION_LABEL)[precision];
}

/**
 * What follows a date in brackets: how precise it is and whether a source states it, "month only, as stated" or
 * "exact day, inferred"; only the precision where an Inferred badge beside it says the rest (`inferredApart`). A date
 * whose year alone the site infers says so, badge or none: "day as stated, year inferred".
 */
export function precisionNote(date: InferredDate, { inferredApart = false } = {}): string {
  if (!date.inferred) return `${precisionWords(date)}, as stated`;
  if (date.inferredPart === 'year') return 'day as stated, year inferred';
  return inferredApart ? precisionWords(date) : `${precisionWords(date)}, inferred`;
}

/**
 * A source's date a reference writes "ca." before: not the publisher's but the site's inference, or known only as the
 * latest it can be. The citation files (cite.ts) and the years /people/ gives an office (citations.ts) read it here.
 */
export const isCirca = (date: { inferred: boolean; onOrBefore?: boolean | undefined }): boolean =>
  date.inferred || date.onOrBefore === true;

/** Whether a date is known to the day, stated or inferred: given to the day, and not only the latest it can be. */
export const isKnownDay = (date: { value: string; onOrBefore?: boolean | undefined }): boolean =>
  datePrecision(date.value) === 'day' && !date.onOrBefore;

/**
 * Whether a source states the date to the day, neither inferred nor only the latest it can be: the only date a field
 * read by machines alone, with no words beside it (a feed's pubDate), may give as a day.
 */
export const isStatedDay = (date: InferredDate): boolean => isKnownDay(date) && !date.inferred;

/** The words before a date that is the latest it can be: "on or before" a day, "in or before" a month or a year. */
export const boundWords = (value: string): string => (datePrecision(value) === 'day' ? 'on or before' : 'in or before');

/** A date as a reader writes it, at the precision the value states. */
export function formatDate(value: string): string {
  const precision = datePrecision(value);
  const [y, m, d] = value.split('-');
  switch (precision) {
    case 'day':
      return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
    case 'month':
      return `${MONTHS[Number(m) - 1]} ${y}`;
    case 'period':
      return dateEnds(value).join('–');
    default:
      return value;
  }
}

/**
 * A date of the record as a reader writes it: "9 August 2019", "on or before 9 August 2019", or "between 15 March 2018
 * and 9 August 2019" where the record knows the earliest it can be too. `write` writes each value: the search index
 * keeps the data files' form ("between 2018-03-15 and 2019-08-09").
 */
export function formatDated(date: Dated, write: (value: string) => string = formatDate): string {
  if (!date.onOrBefore) return write(date.value);
  if (date.onOrAfter) return `between ${write(date.onOrAfter)} and ${write(date.value)}`;
  return `${boundWords(date.value)} ${write(date.value)}`;
}

/**
 * A date in a sentence that cannot mark it up (a feed item, a page's description): "1 April 2024",
 * "September 2017 (month only; inferred by the site)", "on or before 9 August 2019 (inferred by the site)", "10 April
 * 2017 (year inferred by the site)".
 */
export function dateInWords(date: InferredDate): string {
  const precision = datePrecision(date.value) ?? 'day';
  const notes = [
    ...(precision === 'day' || date.onOrBefore ? [] : [PRECISION_LABEL[precision]]),
    ...(date.inferred ? [`${inferredWords(date)} by the site`] : []),
  ];
  return formatDated(date) + (notes.length ? ` (${notes.join('; ')})` : '');
}

/** A sortable key: the first day the value could mean. */
export function dateSortKey(value: string): string {
  const [start] = dateEnds(value);
  return (start + '-01-01').slice(0, 10);
}

/** The order of two dates, for sort(): a month, a year or a period goes where its first day does. */
export const compareDates = (a: string, b: string): number => inCodePointOrder(dateSortKey(a), dateSortKey(b));

/** A sortable key past the last day the value could mean: "2017-09" → "2017-09-32", "2013/2014" → "2014-13". */
const afterLastDayKey = (value: string): string => {
  const [, end] = dateEnds(value);
  return end + (end.length === 4 ? '-13' : end.length === 7 ? '-32' : '~');
};

/**
 * The first day a date can mean, as a sort key: its value's, or for a date known only as the latest it can be, the
 * earliest it can be (`onOrAfter`); undefined when the record does not know that.
 */
const firstDayKey = (date: Dated): string | undefined =>
  !date.onOrBefore ? dateSortKey(date.value) : date.onOrAfter ? dateSortKey(date.onOrAfter) : undefined;

/**
 * Whether the dates alone show that `a` came before `b`: the last day `a` can mean is before the first `b` can. A
 * date known only as the latest it can be ("on or before") has no first day unless the record gives the earliest it
 * can be ("between 15 March 2018 and 9 August 2019"), so nothing else is known to precede it.
 */
export function knownBefore(a: Dated, b: Dated): boolean {
  const first = firstDayKey(b);
  return first !== undefined && afterLastDayKey(a.value) <= first;
}

/** Whether two dates name the same single day, each exactly: a date known only as "on or before" a day may differ. */
export const sameDay = (a: Dated, b: Dated): boolean => a.value === b.value && isKnownDay(a) && isKnownDay(b);

/**
 * How a meeting's page names the meeting listed just before or after it (`side`) in date order: earlier or later
 * only when the two dates show it. Meetings of one day are in no order the sources give (the Tashkent reception and
 * talks of 1 April: "am selben Tag"), and a month or a year may overlap the other's date, so those are named as
 * listed, with the reason. An "on or before" date may be any time before its day, or since the earliest it can be where
 * the record knows it: listed later, that meeting may yet have come first (one "on or before 9 August 2019" after a
 * meeting of September 2017; Almaty's, "between 15 March 2018 and 9 August 2019", cannot).
 */
export function neighbourLabel(date: Dated, neighbour: Dated, side: 'before' | 'after'): string {
  if (sameDay(neighbour, date)) return `Same date, listed ${side}`;
  const [first, second] = side === 'before' ? [neighbour, date] : [date, neighbour];
  if (knownBefore(first, second)) return side === 'before' ? 'Earlier meeting' : 'Later meeting';
  if (knownBefore(first, { value: second.value }))
    return `Listed ${side}; ${side === 'before' ? 'this page’s meeting' : 'it'} may have come first: ${
      second.onOrAfter ? `its date is known only as ${formatDated(second)}` : 'its date is only the latest it can be'
    }`;
  return `Listed ${side}; the dates overlap, so the order is not known`;
}

/** Why a value is not a day ("YYYY-MM-DD"), for an error message; null when it is one. */
export function dayProblem(value: string): string | null {
  const precision = datePrecision(value);
  if (precision === 'day') return null;
  if (precision) return `"${value}" is not a single day; expected a day, "YYYY-MM-DD"`;
  // Written another way: the day it means, or why the calendar has no such day; a month or a year is no day either.
  const read = dateRead(value)?.date;
  const readAs = read === undefined ? undefined : datePrecision(read);
  if (readAs === 'day') return `"${value}" is not a date; expected "${read}", a day in the form "YYYY-MM-DD"`;
  if (read !== undefined && readAs === null) return notADate(value, 'a day, "YYYY-MM-DD"');
  return `"${value}" ${whyNoDate(value)}; expected a day, "YYYY-MM-DD"`;
}

/** The start (00:00 UTC) of the day a "YYYY-MM-DD" value names, as a Date: a feed item's date. */
export const startOfDay = (day: string): Date => new Date(`${day}T00:00:00Z`);
