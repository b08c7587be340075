// The timeline: every dated record in date order — meetings, agreements with a
// date of signing, events the sources report, and the articles' publication (an
// interview's concerns its interviewee) —
// each with the countries and people it concerns, so a country or person page
// can show its own slice. Built once from the graph.
import { compareDates } from './dates';
import { compareInDateOrder, type Graph } from './graph';
import type { DatedFact } from './schema';
import type { PageKind } from './kinds';
import { byYear, isLong, yearsOfDate, type Year } from './years';

export interface TimelineEntry {
  kind: PageKind;
  id: string;
  title: string;
  /** The title's language when it is not English. */
  lang?: string | undefined;
  date: DatedFact;
  /** What the entry is, in a word or two: "Meeting", "Article published", "Interview published", "Interview dated". */
  label: string;
  /** The years it is listed under: its own, or every year of a period. */
  years: string[];
  countries: string[];
  people: string[];
}

/** What each kind of entry is called on the timeline; a source that names its interviewee is an interview. */
const TIMELINE_LABEL = {
  meetings: 'Meeting',
  agreements: 'Agreement signed',
  events: 'Event',
  sources: 'Article published',
} satisfies Partial<Record<PageKind, string>>;
/**
 * A source's entry, by whether it is an interview and whether its date is only read as the day of publication
 * (publishedReading): then the entry is the date the text gives, "dated", not "published".
 */
const SOURCE_LABEL = {
  article: { published: TIMELINE_LABEL.sources, dated: 'Article dated' },
  interview: { published: 'Interview published', dated: 'Interview dated' },
};

export function buildTimeline(graph: Graph): TimelineEntry[] {
  const { corpus } = graph;
  const entry = (
    kind: keyof typeof TIMELINE_LABEL,
    id: string,
    date: DatedFact,
    countries: Iterable<string>,
    people: Iterable<string>,
    label: string = TIMELINE_LABEL[kind],
  ): TimelineEntry => ({
    kind,
    id,
    title: graph.title(kind, id),
    lang: graph.titleLang(kind, id),
    date,
    label,
    years: yearsOfDate(date.value),
    countries: [...new Set(countries)].sort(),
    people: [...new Set(people)].sort(),
  });
  const entries = [
    ...corpus.meetings.map((m) =>
      entry(
        'meetings',
        m.id,
        m.data.date,
        graph.countriesOfMeeting(m.id),
        m.data.participants.map((p) => p.person),
      ),
    ),
    ...corpus.agreements.flatMap((a) => {
      if (!a.data.signed) return [];
      // On a person's timeline only when signed on the day of the meeting it is tied to, which they attended: a
      // programme signed the day before a meeting and reported with it (Minsk, 2017) is not one they saw signed, and
      // one the site ties to a meeting by inference (Tashkent, 2024) may have been signed at another that day.
      const meeting = a.data.meeting && !a.data.meeting.inferred ? graph.meeting(a.data.meeting.meeting) : undefined;
      const signedThere = meeting?.data.date.value === a.data.signed.value;
      const people = signedThere ? meeting!.data.participants.map((p) => p.person) : [];
      return [entry('agreements', a.id, a.data.signed, graph.countriesOfAgreement(a.id), people)];
    }),
    ...corpus.events.map((e) => entry('events', e.id, e.data.date, e.data.countries, e.data.people)),
    // An interview is on its interviewee's timeline.
    ...corpus.sources.map((s) => {
      const interviewee = s.data.interviewee?.person;
      const label =
        SOURCE_LABEL[interviewee ? 'interview' : 'article'][s.data.publishedReading ? 'dated' : 'published'];
      return entry('sources', s.id, s.data.published, [], interviewee ? [interviewee] : [], label);
    }),
  ];
  // Same day: meetings first, then agreements, events, articles; within a kind, as its own list gives them.
  const order: PageKind[] = ['meetings', 'agreements', 'events', 'sources'];
  return entries.sort(
    (a, b) =>
      compareDates(a.date.value, b.date.value) ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      compareInDateOrder(a, b),
  );
}

/** Entries grouped by year, oldest first; one dated to a period is in each year of it. */
export const timelineByYear = (entries: readonly TimelineEntry[]): Year<TimelineEntry>[] =>
  byYear(entries, (e) => e.years);

/**
 * A country's or a person's own timeline by year when it is too long for the record's page (isLong): the page then
 * lists its years and each year has a page (/countries/<id>/<year>/); undefined while it is short enough to show whole.
 */
export const recordYears = (entries: readonly TimelineEntry[]): Year<TimelineEntry>[] | undefined =>
  isLong(entries.length) ? timelineByYear(entries) : undefined;

/** Indexes by country and by person, built once, for the filtered timelines. */
export function timelineIndex(entries: TimelineEntry[]) {
  const byCountry = new Map<string, TimelineEntry[]>();
  const byPerson = new Map<string, TimelineEntry[]>();
  const add = (map: Map<string, TimelineEntry[]>, k: string, e: TimelineEntry) => {
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  };
  for (const e of entries) {
    for (const c of e.countries) add(byCountry, c, e);
    for (const p of e.people) add(byPerson, p, e);
  }
  return {
    all: entries,
    ofCountry: (id: string) => byCountry.get(id) ?? [],
    ofPerson: (id: string) => byPerson.get(id) ?? [],
  };
}
