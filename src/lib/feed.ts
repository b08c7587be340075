// The feed's items: meetings and sources, newest first, each dated by the
// day its date starts (a month-only date is filed under the 1st) and saying
// so in its description when the date is not exact or is inferred.
import { datePrecision, dateSortKey, formatDate, PRECISION_LABEL } from './dates';
import type { Graph } from './graph';
import type { DatedFact } from './schema';
import { entityPath } from './urls';

export interface FeedItem {
  title: string;
  /** Site path without the base: "/meetings/x/". */
  path: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** "1 April 2024", "September 2017 (month only; inferred by the site)". */
function dateNote(date: DatedFact): string {
  const precision = datePrecision(date.value) ?? 'day';
  const notes = [
    ...(precision === 'day' ? [] : [PRECISION_LABEL[precision]]),
    ...(date.inferred ? ['inferred by the site'] : []),
  ];
  return formatDate(date.value) + (notes.length ? ` (${notes.join('; ')})` : '');
}

export function feedItems(graph: Graph): FeedItem[] {
  const meetings = graph.corpus.meetings.map((m) => ({
    title: m.data.title,
    path: entityPath('meetings', m.id),
    pubDate: new Date(`${dateSortKey(m.data.date.value)}T00:00:00Z`),
    description:
      `Meeting in ${graph.place(m.data.place.place)?.data.name ?? 'a place the record does not name'}, ${dateNote(m.data.date)}. ` +
      `Participants: ${m.data.participants.map((p) => `${graph.title('people', p.person)} (${p.role})`).join('; ')}.`,
    categories: ['Meeting', ...graph.countriesOfMeeting(m.id).map((c) => graph.title('countries', c))],
  }));
  const sources = graph.corpus.sources.map((s) => ({
    title: s.data.title,
    path: entityPath('sources', s.id),
    pubDate: new Date(`${dateSortKey(s.data.published.value)}T00:00:00Z`),
    description: `Source article published ${dateNote(s.data.published)} by ${s.data.publisher?.name ?? 'a publisher the capture does not name'}.`,
    categories: ['Source'],
  }));
  return [...meetings, ...sources].sort(
    (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title),
  );
}
