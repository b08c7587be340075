// How the site introduces a record in words where its page's marks are not
// shown: the description of a page (a search result, a shared link), a feed
// item, a map's title.
import { HEADLINE_TRANSLATION, LANGUAGE_NAMES, NO_HEADLINE } from '../consts';
import { dateInWords } from './dates';
import type { Graph } from './graph';
import type { Meeting, Source } from './schema';

/**
 * "Source article published 9 August 2019 by Kazinform.", with the date's precision and whether the site inferred it;
 * "Source article dated …" where the site only reads the text's date as the day of publication (publishedReading).
 */
function sourcePublished(s: Pick<Source, 'published' | 'publisher' | 'publishedReading'>): string {
  const by = s.publisher?.creditOnly
    ? `, credited to ${s.publisher.name}`
    : ` by ${s.publisher?.name ?? 'a publisher the capture does not name'}`;
  const date = dateInWords(s.published);
  return s.publishedReading
    ? `Source article dated ${date},${by.replace(/^,/, '')}; the site reads the date as the day it was published.`
    : `Source article published ${date}${by}.`;
}

/**
 * A source page's description, which a search result, a shared link and the feed's item show with no note beside
 * the title: when and by whom it was published, that the title is the site's where the capture has no headline, the
 * language of one not in English with the site's translation of its headline, and what the page holds.
 */
export function sourceDescription(s: Source): string {
  return [
    sourcePublished(s),
    s.titleIsEditorial && NO_HEADLINE.sentence,
    s.language !== 'en' && `In ${LANGUAGE_NAMES[s.language]}, with the site’s English translation beside it.`,
    s.titleTranslation && `${HEADLINE_TRANSLATION.label}: ${s.titleTranslation}.`,
    'The text as published, each paragraph numbered, with the records that cite it.',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * "Tashkent, Uzbekistan (place inferred by the site)": where a meeting was held, with its country, saying in words
 * that the site inferred it, as no mark beside it can.
 */
export function meetingPlaceInWords(graph: Graph, m: Pick<Meeting, 'place'>): string {
  const place = graph.place(m.place.place)?.data;
  const name = place ? `${place.name}, ${graph.title('countries', place.country)}` : 'a place the record does not name';
  return m.place.inferred ? `${name} (place inferred by the site)` : name;
}
