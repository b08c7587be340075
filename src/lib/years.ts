// Long lists by year. The site-wide lists (/meetings/, /timeline/, /sources/,
// /agreements/, /events/, /inferences/) grow with the record: at 10 000
// meetings the first three were 3.7, 5 and 1.1 MB of HTML.
// Each year of them has a page of its own (/meetings/<year>/…),
// whatever the record's size, so the address of a year never depends on how
// long the record has grown; the list page shows every entry while it is short
// and only the years, with their counts, once it is long. A country or person
// whose own timeline is long gets year pages too (/countries/<id>/<year>/),
// from the day it is long.
import { listLimit } from '../build-settings.mjs';
import { dateEnds, type Dated } from './dates';
import { yearPathParts } from './urls';

/** Entries a list page shows in full; above this it shows its years instead (SITE_LIST_LIMIT). */
export const LIST_LIMIT: number = listLimit;

/** Whether a list of `count` entries is too long for one page, and so goes on a page per year. */
export const isLong = (count: number): boolean => count > LIST_LIMIT;

export interface Year<T> {
  /** Four digits. */
  year: string;
  entries: T[];
}

/**
 * Entries already in date order, grouped by year, oldest first. An entry dated to a period ("2013/2014") is in
 * every year of it, each time in its place by its start; so the same entry may be in several years.
 */
export function byYear<T>(entries: readonly T[], yearsOf: (entry: T) => readonly string[]): Year<T>[] {
  const years = new Map<string, T[]>();
  for (const e of entries) {
    for (const year of yearsOf(e)) {
      const list = years.get(year);
      if (list) list.push(e);
      else years.set(year, [e]);
    }
  }
  return [...years.keys()].sort().map((year) => ({ year, entries: years.get(year)! }));
}

/** Every year a date spans, oldest first: its own for a day, month or year, each year of a period ("2013/2014"). */
export function yearsOfDate(value: string): string[] {
  const [start, end] = dateEnds(value);
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  return Array.from({ length: Math.max(last - first, 0) + 1 }, (_, i) => String(first + i));
}

/**
 * Whether a date may belong to a year before the one it is listed under: known only as the latest it can be ("on or
 * before 9 August 2019"), unless the earliest it can be is in the same year. Its year's page says so.
 */
export const mayBeEarlierYear = (date: Dated): boolean =>
  date.onOrBefore === true && date.onOrAfter?.slice(0, 4) !== date.value.slice(0, 4);

/** How many different entries the years hold: fewer than their counts add up to when some span several years. */
export const entriesIn = (years: readonly Year<unknown>[]): number => new Set(years.flatMap((y) => y.entries)).size;

/** A bare year: the address of that year's page, never a record's id. */
export const isYear = (id: string): boolean => /^\d{4}$/.test(id);

/** What a year's page is given: its year, its entries, and the years either side that have a page. */
export interface YearProps<T> {
  year: string;
  /** The site path of the list the year's page is under ("/events/", "/people/<id>/"). */
  list: string;
  entries: T[];
  previous: string | undefined;
  next: string | undefined;
  /** A published year with no entries left: its page redirects (see emptiedYears), and has no entries nor neighbours. */
  emptied: boolean;
}

/**
 * The years whose page under `list` ("/events/", "/people/<id>/") is among the published paths but no longer built,
 * as a date correction or a removed record left them without entries: each still gets a page, a redirect, so that the
 * published address keeps answering. Only the year pages right under `list` count ("/events/2014/", not
 * "/events/some-event/" nor "/people/<id>/2014/" under "/people/").
 */
export function emptiedYears(list: string, built: readonly Year<unknown>[], published: readonly string[]): string[] {
  const have = new Set(built.map((y) => y.year));
  return published
    .flatMap((path) => {
      const page = yearPathParts(path);
      return page?.list === list && !have.has(page.year) ? [page.year] : [];
    })
    .sort();
}

/**
 * The static paths of the year pages of a list, each with its neighbours, then a redirect at each published year of
 * `list` that has no entries any more (emptiedYears; `published` is empty but for the published record's builds).
 */
export function yearPaths<T>(
  years: Year<T>[],
  list: string,
  published: readonly string[],
): Array<{ params: { year: string }; props: YearProps<T> }> {
  return [
    ...years.map(({ year, entries }, i) => ({
      params: { year },
      props: { year, list, entries, previous: years[i - 1]?.year, next: years[i + 1]?.year, emptied: false },
    })),
    ...emptiedYears(list, years, published).map((year) => ({
      params: { year },
      props: { year, list, entries: [], previous: undefined, next: undefined, emptied: true },
    })),
  ];
}
