// What the home page says of the record as a whole: the articles it is built from and their years, where its meetings
// were held, how many records of each kind it draws from them, and its latest meetings.
import type { Graph, Rec } from './graph';
import { meetingsByPlace } from './map';
import { counted } from './numbers';
import type { Meeting } from './schema';
import { yearsOfDate } from './years';

/** The home page shows the latest meetings; a large record lists them all under /meetings/. */
const HOME_MEETINGS = 12;

export interface RecordSummary {
  sources: number;
  /** The first and the last year an article was published in, a period's last year included. */
  firstYear: string | undefined;
  lastYear: string | undefined;
  /** How many articles carry no date, so that the site infers when they were published. */
  undatedSources: number;
  /** Each city the meetings were held in, in order of first meeting, marked when no source names it for any. */
  cities: string[];
  /** How many records of each kind the record holds, each with the path of its list. */
  counts: Array<{ path: string; text: string }>;
  /** The latest meetings, oldest first, and how many there are in all. */
  latestMeetings: Rec<Meeting>[];
  meetings: number;
}

export function recordSummary(graph: Graph, latest = HOME_MEETINGS): RecordSummary {
  const { corpus, meetingsInOrder } = graph;
  const years = corpus.sources.flatMap((s) => yearsOfDate(s.data.published.value)).sort();
  return {
    sources: corpus.sources.length,
    firstYear: years[0],
    lastYear: years.at(-1),
    undatedSources: corpus.sources.filter((s) => s.data.published.inferred).length,
    // A city no source names for any of its meetings is the site's inference, and says so, as the maps do.
    cities: meetingsByPlace(meetingsInOrder, graph.place).map(
      (p) => p.place.data.name + (p.inferred ? ' (the site’s inference)' : ''),
    ),
    counts: [
      { path: '/meetings/', text: counted(corpus.meetings.length, 'meeting') },
      { path: '/people/', text: counted(corpus.people.length, 'person', 'people') },
      { path: '/countries/', text: counted(corpus.countries.length, 'country', 'countries') },
      { path: '/organizations/', text: counted(corpus.organizations.length, 'organization') },
      { path: '/agreements/', text: counted(corpus.agreements.length, 'agreement') },
      { path: '/events/', text: counted(corpus.events.length, 'other dated event') },
    ],
    latestMeetings: meetingsInOrder.slice(-latest),
    meetings: meetingsInOrder.length,
  };
}
