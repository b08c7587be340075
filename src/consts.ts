import type { Language } from './lib/schema';

export const SITE_TITLE = 'Central Asia–China Security Ties';
export const SITE_DESCRIPTION =
  'A documentary record of security meetings of ministers, prosecutors and heads of state of Central Asian states and China, with each other and with other states, each fact tied to the source paragraph it comes from.';

/** Allows only the site itself: no fonts, scripts, frames or beacons from anywhere else. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

export const NAV = [
  { path: '/meetings/', label: 'Meetings' },
  { path: '/people/', label: 'People' },
  { path: '/countries/', label: 'Countries' },
  { path: '/organizations/', label: 'Organizations' },
  { path: '/agreements/', label: 'Agreements' },
  { path: '/events/', label: 'Events' },
  { path: '/sources/', label: 'Sources' },
  { path: '/timeline/', label: 'Timeline' },
  { path: '/data/', label: 'Data' },
  { path: '/methodology/', label: 'Methodology' },
] as const;

/** The site's two RSS feeds: their addresses, and their titles in every page's head and in the feeds themselves. */
export const FEEDS = {
  site: { path: '/feed.xml', title: `${SITE_TITLE}: meetings and sources` },
  changes: { path: '/changes.xml', title: `${SITE_TITLE}: corrections and additions` },
} as const;

/** The languages a source may be in (the schema's `language`), named in English: a new one fails the type check here. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German' };

/**
 * What the site says of a source whose capture has no headline, so that its title is the site's (titleIsEditorial):
 * the sentence on its page, in its description and in the feed; the aside in brackets after its title in a list.
 */
export const NO_HEADLINE = {
  sentence: 'The capture has no headline: the title is the site’s description of it.',
  aside: 'no headline; the title is the site’s description',
} as const;

/**
 * What stands before the site's English translation of a source's headline (titleTranslation): the label of the note
 * on its page and of the sentence in its description; the aside after its title in a list, after its language.
 */
export const HEADLINE_TRANSLATION = {
  label: 'Site translation of the headline',
  aside: 'site translation of the headline',
} as const;

/**
 * How the search ranks its results (Pagefind's ranking options). Pagefind's default weighs a page's length heavily
 * (0.75), so a short page naming a minister once outranked the long source text that spells his name that way
 * throughout; 0.3 ranked the source above it and kept short pages that are about the word first. At 0.3 the margin
 * was thin: "Bobojonov" gave Uzbekistan's page (a list of its people, about 200 indexed characters) 4.53 and the
 * Gazeta.uz source, which spells him so, 4.55, and a few more sentences of notes on the source turned it over. At 0.2:
 * 4.28 against 5.10, the interview for "Rakhimzoda" 1.61 (1.25), and the order of topic and name searches otherwise
 * the same ("Lukashenko", "Almaty", "Interpol", "terrorism", "Wang Xiaohong", "protocol").
 *
 * Pagefind also adds to a page's score for a word of its metadata, its title's fivefold (metaWeights). An
 * organization's abbreviation (as its page gives it) and the years of a record's date (src/layouts/Page.astro) count
 * as much as its title's words: "Interpol" found the organization third, at a third of the score of the two events
 * with the word in their titles (6.36 against 21.04; now 16.60, below the events, whose text says more of it), and "MIA" the
 * interview, which uses it, above two of the three ministries so abbreviated; "2017" found China's page and the
 * methodology above the meetings, sources and agreement of 2017, which now come first. At an abbreviation's weight of
 * 1 the ministries still led for "MIA", but by a hair (7.38 against the interview's 7.21); at 5, 17.57 against 7.21.
 */
export const SEARCH_RANKING = {
  pageLength: 0.2,
  metaWeights: { title: 5, abbreviation: 5, year: 5 },
} as const;

/**
 * What the search page says when a search finds nothing ([SEARCH_TERM] is the query): a name is indexed only as the
 * sources spell it, so a reader's own spelling of it ("Mirziyoev") finds nothing where its first letters find it.
 */
export const SEARCH_NO_RESULTS =
  'No results for [SEARCH_TERM]. If it is a name, try its first letters: a name is found only as the sources spell it.';

/**
 * The weight in the search index (Pagefind's default is 1) of the spellings a page carries, hidden, for the people it
 * names (src/lib/mentions.ts, hiddenSearchNames): full for those it is about (a meeting's participants, an event's
 * people), little for those it names in passing; and the weight of the spellings a person's own page lists, which are
 * its names as much as its title is. Tuned with SEARCH_RANKING: "Rakhimzoda" lists the meetings he took part in above
 * the organizations whose notes quote him, and "Hamro" the minister's page above the one source that spells him so
 * (2.86 against 2.73 before, 3.94 against 2.73 at 2).
 */
export const SEARCH_NAME_WEIGHT = { about: 1, passing: 0.2, own: 2 } as const;

/** What a person's page calls the spellings the sources use. */
export const SPELLINGS_TERM = 'Spellings in the sources';
/**
 * How a search result labels the spellings a page that names people carries for the index alone (src/layouts/Page.astro),
 * so that a result found by its title reads "… hold talks. Named here: Pulat Bobojonov, Pulat Bobozhonov." and not a
 * bare list of names run on from the title, nor, as SPELLINGS_TERM did on an embassy's result, as the page's own
 * spellings, nor, as "as the sources spell them" did on a source's result, as that source's ("Hamro" on a report that
 * never spells it so). Short, so that a result's excerpt, cut to some words around the match, keeps it: "People named
 * here, in every source’s spelling" came out as "every source’s spelling: Ramazon Rahimzoda, …" on the United
 * Nations' result, as if the organization had spellings of his name.
 */
export const NAMED_SPELLINGS_TERM = 'Named here';

/**
 * The weight in the search index of a source paragraph's "Cited by" line, the titles of the records that cite it:
 * below the source's own words, so a source found by a name shows where its text uses the name, not only the list of
 * meeting titles that repeat it ("Alexander Lukashenko meets …; Alexander Lukashenko …"), and a title does not rank a
 * source for a spelling its text never uses (Kazinform for "Bobojonov": 2.60, above the methodology, at 1; 1.24 at
 * 0.3). Kept in the index: with the line left out (or at 0.1), "Bobojonov" ranked Uzbekistan's page above the
 * Gazeta.uz source, which spells him so.
 */
export const SEARCH_CITED_BY_WEIGHT = 0.3;

/**
 * How many records a source paragraph's "Cited by" line lists before it is folded under a summary ("Cited by 16
 * records"), which opens it: a line of an interview's date was followed by ten lines of the organizations whose notes
 * cite it, and the text read in fragments between such lists.
 */
export const CITED_BY_SHOWN = 4;
