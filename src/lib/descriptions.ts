// How the site introduces a record in words where its page's marks are not
// shown: the description of a page (a search result, a shared link), a feed
// item, a map's title.
import { HEADLINE_TRANSLATION, LANGUAGE_NAMES, NO_HEADLINE } from '../consts';
import { dateInWords } from './dates';
import type { Graph } from './graph';
import { countryInText, inSentence, wordsWhere } from './numbers';
import type { Agreement, Country, Event, Meeting, Organization, Person, Source } from './schema';

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
 * A meeting page's description: its title and date in words, what the page gives of it, and where it was held, the
 * inferences said in words ("Meeting …, 9 August 2019: participants and topics, each cited to its source paragraph.
 * Held in Almaty, Kazakhstan.").
 */
export function meetingDescription(graph: Graph, m: Meeting): string {
  const holds = wordsWhere({ participants: true, topics: m.topics.length > 0, outcomes: m.outcomes.length > 0 });
  return (
    `${m.title}, ${dateInWords(m.date)}: ${inSentence(holds)}, each cited to its source paragraph. ` +
    `Held in ${meetingPlaceInWords(graph, m)}.`
  );
}

/** An event page's description: its title, its date in words and what the page holds. */
export function eventDescription(e: Pick<Event, 'title' | 'date'>): string {
  return `${e.title}, ${dateInWords(e.date)}: what happened, as the source reports it, cited to its paragraph.`;
}

/** An agreement page's description: its title and what the page holds. */
export function agreementDescription(a: Pick<Agreement, 'title'>): string {
  return `${a.title}: what the sources say of it, each fact cited to its source paragraph.`;
}

/** An organization page's description: its name and what the page holds. */
export function organizationDescription(o: Pick<Organization, 'name'>): string {
  return `${o.name}: what the sources say of it, and every paragraph that names it.`;
}

/**
 * A person page's description: the roles the sources report (as reported, not as an office held now), and the lists
 * the page has ("Wang Xiaohong, reported as Minister of Public Security of China: meetings and the people met, as the
 * sources report them.").
 */
export function personDescription(
  p: Pick<Person, 'name' | 'roles'>,
  lists: { meetings: boolean; peopleMet: boolean },
): string {
  const listed = wordsWhere({ meetings: lists.meetings, 'the people met': lists.peopleMet });
  const what = listed.length ? `: ${inSentence(listed)}, as the sources report them` : '';
  return `${p.name}, reported as ${inSentence(p.roles.map((r) => r.title))}${what}.`;
}

/** A country page's description: its name as a sentence starts with it, and the lists the page has, only those. */
export function countryDescription(
  c: Pick<Country, 'name' | 'article'>,
  lists: { people: boolean; meetings: boolean; agreements: boolean; organizations: boolean },
): string {
  const listed = wordsWhere(lists);
  return `${countryInText(c, true)} in the record: ${listed.length ? `its ${inSentence(listed)}` : 'what the sources say of it'}.`;
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
