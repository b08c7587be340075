// The feeds' items. The main feed: meetings and sources, newest first, each dated by the day its date starts (a
// month-only date is filed under the 1st) and saying so in its description when the date is not exact or is
// inferred, or the place is inferred. The feed of corrections and additions: every record's revisions, newest first.
import rss from '@astrojs/rss';
import { dateInWords, dateSortKey, startOfDay } from './dates';
import { sourcePublished } from './descriptions';
import type { Graph } from './graph';
import { REVISION_KIND, revisionLead, type LoggedRevision } from './revisions';
import { absoluteUrl, entityPath, PAGE_KIND_LABEL } from './urls';

export interface FeedItem {
  title: string;
  /** Site path without the base: "/meetings/x/". */
  path: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export function feedItems(graph: Graph): FeedItem[] {
  const meetings = graph.corpus.meetings.map((m) => {
    const place = graph.place(m.data.place.place)?.data.name ?? 'a place the record does not name';
    // A feed reader shows no mark, so the words say what the site infers, as they do of the date.
    const placeInWords = m.data.place.inferred ? `${place} (place inferred by the site)` : place;
    return {
      title: m.data.title,
      path: entityPath('meetings', m.id),
      pubDate: startOfDay(dateSortKey(m.data.date.value)),
      description:
        `Meeting in ${placeInWords}, ${dateInWords(m.data.date)}. ` +
        `Participants: ${m.data.participants.map((p) => `${graph.title('people', p.person)} (${p.role})`).join('; ')}.`,
      categories: ['Meeting', ...graph.countriesOfMeeting(m.id).map((c) => graph.title('countries', c))],
    };
  });
  const sources = graph.corpus.sources.map((s) => ({
    title: s.data.title,
    path: entityPath('sources', s.id),
    pubDate: startOfDay(dateSortKey(s.data.published.value)),
    description: sourcePublished(s.data),
    categories: ['Source'],
  }));
  return [...meetings, ...sources].sort(
    (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title),
  );
}

/** The feed of corrections and additions: each revision, newest first, linking to it on its record's page. */
export function revisionFeedItems(graph: Graph, log: LoggedRevision[]): FeedItem[] {
  return log.map((logged) => {
    const { revision, page } = logged;
    const { verb, record } = revisionLead(logged);
    return {
      title: `${verb} ${record} “${graph.title(page.kind, page.id)}”`,
      path: entityPath(page.kind, page.id, page.anchor),
      pubDate: startOfDay(revision.date),
      description: revision.text,
      categories: [REVISION_KIND[revision.kind].category, PAGE_KIND_LABEL[page.kind]],
    };
  });
}

/** An RSS feed of these items at `self` (a site path), with absolute links, its language and its own address. */
export function siteFeed(
  site: URL | undefined,
  feed: { title: string; description: string; home: string; self: string; items: FeedItem[] },
) {
  const at = (path: string) => absoluteUrl(path, site);
  return rss({
    title: feed.title,
    description: feed.description,
    site: at(feed.home),
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: at(item.path),
      pubDate: item.pubDate,
      description: item.description,
      categories: item.categories,
    })),
    // The feed's own address, as RSS readers and validators look for it.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${at(feed.self)}" rel="self" type="application/rss+xml"/>`,
  });
}
