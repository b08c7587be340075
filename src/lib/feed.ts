// The feeds' items. The main feed: meetings and sources, newest first, each saying in its description when its date
// is not exact or is inferred, or its place is inferred, and how a source spells a participant's name where it spells
// it otherwise. A feed reader shows an item's pubDate as a day, with no words beside it, so only a date a source states
// to the day, as the day it stands for, is one; the others have none, in their place in the order. The
// feed of corrections and additions: every record's revisions, newest first, each dated by its day.
import rss from '@astrojs/rss';
import { dateInWords, dateSortKey, isStatedDay, startOfDay } from './dates';
import { meetingPlaceInWords, sourceDescription } from './descriptions';
import type { Graph } from './graph';
import { REVISION_KIND, revisionLead, type LoggedRevision } from './revisions';
import { absoluteUrl, entityPath } from './urls';
import { PAGE_KIND_LABEL } from './kinds';
import { inCodePointOrder, inEnglishOrder } from './order';
import { parseCitation } from './citations';
import { spellingsCited } from './mentions';
import { inSentence } from './numbers';
import type { Meeting } from './schema';

export interface FeedItem {
  title: string;
  /** Site path without the base: "/meetings/x/". */
  path: string;
  /** The day a source states; none for a month, a year, a period, an inferred or an "on or before" date. */
  pubDate?: Date | undefined;
  description: string;
  categories: string[];
}

/**
 * A record's item in the main feed, with the date it is ordered by: pubDate only where a source states the day, as
 * the day it stands for (`read`: a source's date the site only reads as the day of publication is not).
 */
const itemDated = (date: Parameters<typeof isStatedDay>[0], item: Omit<FeedItem, 'pubDate'>, read = false) => ({
  key: dateSortKey(date.value),
  item: { ...item, ...(isStatedDay(date) && !read && { pubDate: startOfDay(date.value) }) },
});

/**
 * A participant as the feed names them: the site's name and their role, and, where the meeting's paragraphs spell the
 * name otherwise, how they spell it, as the meeting page's table says beside its citation.
 */
function participantInWords(graph: Graph, p: Meeting['participants'][number]): string {
  const person = graph.person(p.person)?.data;
  const spelled = person ? spellingsCited(person, p.cites).map((s) => `“${s.text}”`) : [];
  const sources = new Set(p.cites.map((c) => parseCitation(c).source)).size;
  const named = spelled.length > 0 ? `; named ${inSentence(spelled)} in the source${sources > 1 ? 's' : ''}` : '';
  return `${graph.title('people', p.person)} (${p.role}${named})`;
}

export function feedItems(graph: Graph): FeedItem[] {
  const meetings = graph.corpus.meetings.map((m) => {
    // A feed reader shows no mark, so the words say what the site infers, of the place as of the date.
    return itemDated(m.data.date, {
      title: m.data.title,
      path: entityPath('meetings', m.id),
      description:
        `Meeting in ${meetingPlaceInWords(graph, m.data)}, ${dateInWords(m.data.date)}. ` +
        `Participants: ${m.data.participants.map((p) => participantInWords(graph, p)).join('; ')}.`,
      categories: ['Meeting', ...graph.countriesOfMeeting(m.id).map((c) => graph.title('countries', c))],
    });
  });
  const sources = graph.corpus.sources.map((s) =>
    itemDated(
      s.data.published,
      {
        // A description standing in for a missing headline goes in square brackets, as APA writes it and the citations do.
        title: s.data.titleIsEditorial ? `[${s.data.title}]` : s.data.title,
        path: entityPath('sources', s.id),
        // As the page's own description: a feed reader shows no note beside the title either.
        description: sourceDescription(s.data),
        categories: ['Source'],
      },
      Boolean(s.data.publishedReading),
    ),
  );
  return [...meetings, ...sources]
    .sort((a, b) => inCodePointOrder(b.key, a.key) || inEnglishOrder(a.item.title, b.item.title))
    .map((e) => e.item);
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
      ...(item.pubDate && { pubDate: item.pubDate }),
      description: item.description,
      categories: item.categories,
    })),
    // The feed's own address, as RSS readers and validators look for it.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${at(feed.self)}" rel="self" type="application/rss+xml"/>`,
  });
}
