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
