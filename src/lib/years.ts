// Long lists by year. The site-wide lists (/meetings/, /timeline/, /sources/)
// grow with the record: at 10 000 meetings they were 3.7, 5 and 1.1 MB of HTML.
// Each year of them has a page of its own (/meetings/<year>/…),
// whatever the record's size, so the address of a year never depends on how
// long the record has grown; the list page shows every entry while it is short
// and only the years, with their counts, once it is long. A country or person
// whose own timeline is long gets year pages too (/countries/<id>/<year>/),
// from the day it is long.
import { listLimit } from '../build-settings.mjs';

/** Entries a list page shows in full; above this it shows its years instead (SITE_LIST_LIMIT). */
export const LIST_LIMIT: number = listLimit;

export const isLong = (entries: number): boolean => entries > LIST_LIMIT;

export interface Year<T> {
  /** Four digits: the first year of a period. */
  year: string;
  entries: T[];
}

/** Entries already in date order, grouped by year, oldest first. */
export function byYear<T>(entries: readonly T[], yearOf: (entry: T) => string): Year<T>[] {
  const years: Year<T>[] = [];
  for (const e of entries) {
    const year = yearOf(e);
    const last = years.at(-1);
    if (last?.year === year) last.entries.push(e);
    else years.push({ year, entries: [e] });
  }
  return years;
}

/** The year a date ("2017", "2017-04-10", "2017-09/2017-10") is filed under. */
export const yearOfDate = (value: string): string => value.slice(0, 4);

/** A bare year: the address of that year's page, never a record's id. */
export const isYear = (id: string): boolean => /^\d{4}$/.test(id);

/** What a year's page is given: its year, its entries, and the years either side that have a page. */
export interface YearProps<T> {
  year: string;
  entries: T[];
  previous: string | undefined;
  next: string | undefined;
}

/** The static paths of the year pages of a list, each with its neighbours. */
export function yearPaths<T>(years: Year<T>[]): Array<{ params: { year: string }; props: YearProps<T> }> {
  return years.map(({ year, entries }, i) => ({
    params: { year },
    props: { year, entries, previous: years[i - 1]?.year, next: years[i + 1]?.year },
  }));
}
