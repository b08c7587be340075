// A source reports what happened before it was published. A meeting, an event or a signing dated to a year after
// every source its date cites was published is a slip of a year, in the date or in a source's date of publication:
// its page would say a source reports something that had not yet happened. Only the years are compared: a source may
// announce what happens days or months after it (a conference "to be held in September"), or carry the day before
// in its own time zone.
import { parseCitation } from './citations';
import { formatDated } from './dates';
import type { DatedFact } from './schema';
import type { Problem, ValidEntry } from './validate';
import { yearsOfDate } from './years';

/** The first year a date can mean, and the last: "2013/2014" → 2013 and 2014. */
const firstYear = (value: string) => Number(yearsOfDate(value)[0]);
const lastYear = (value: string) => Number(yearsOfDate(value).at(-1));

/** The dates of what happened, each with its field: a meeting's or an event's date, an agreement's signing. */
function datesOf(e: ValidEntry): Array<[string, DatedFact]> {
  if (e.collection === 'meetings' || e.collection === 'events') return [['date', e.data.date]];
  if (e.collection === 'agreements' && e.data.signed) return [['signed', e.data.signed]];
  return [];
}

/** Every date in a year after the publication of each source it cites. */
export function datesAfterTheirSources(entries: ValidEntry[]): Problem[] {
  const published = new Map(
    entries.flatMap((e) => (e.collection === 'sources' ? [[e.id, e.data.published] as const] : [])),
  );
  return entries.flatMap((e) =>
    datesOf(e).flatMap(([field, date]) => {
      const ids = [...new Set(date.cites.map((c) => parseCitation(c).source))];
      const sources = ids.flatMap((id) => {
        const when = published.get(id);
        return when ? [{ id, when }] : [];
      });
      // A citation of an unknown source is reported as such, and leaves this date unchecked.
      if (sources.length < ids.length) return [];
      // A date known only as the latest it can be may be earlier than any source: its earliest, where given, may not.
      const [key, first] = date.onOrBefore ? ['onOrAfter', date.onOrAfter] : ['value', date.value];
      if (first === undefined) return [];
      if (!sources.every(({ when }) => lastYear(when.value) < firstYear(first))) return [];
      const list = sources.map(({ id, when }) => `${id}, published ${formatDated(when)}`).join('; ');
      const cited = sources.length === 1 ? 'the source it cites' : 'every source it cites';
      return [
        {
          file: e.file,
          field: `${field}.${key}`,
          message: `"${first}" is in a year after the publication of ${cited} (${list}); a source reports what happened before it was published: check the date's year, or the source's date of publication, or cite a source published after it`,
        },
      ];
    }),
  );
}
