// Dates as the tests read them from content, independently of src/lib/dates.ts.

/** The first day a date value stands for, read off the value: "2017-09" is 2017-09-01, "2013/2014" 2013-01-01. */
export const firstDay = (value: string) => (value.split('/')[0]! + '-01-01').slice(0, 10);
