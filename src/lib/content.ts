// The only place the pages read the collections: loads them once, numbers each
// source's paragraphs against its capture, and builds the link index and what
// the pages share (the timeline, the network, each list's years), once per
// build at the module's top level, so no record page walks the records itself.
// Two build hooks read the content files themselves, outside the content layer
// (validate-content.ts before the build, citation-files.ts after the pages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { buildGraph, byDate, bySigning, type Corpus } from './graph';
import { eachInference, inferencesByRecord, recordsOf, type InferenceOfRecord } from './inferences';
import { contentRoot, isRealContent } from './load';
import { peopleNamedFinder } from './mentions';
import { numberParagraphs } from './paragraphs';
import { publishedListFor, readPublished } from './published-list';
import { buildNetwork } from './network';
import { quoteLanguages } from './quote-language';
import { revisionLog } from './revisions';
import { buildTimeline, timelineByYear, timelineIndex } from './timeline';
import { yearPathParts } from './urls';
import { byYear, yearsOfDate } from './years';

const root = contentRoot();
const records = async <C extends Exclude<keyof Corpus, 'sources'>>(name: C) =>
  (await getCollection(name)).map(({ id, data }) => ({ id, data })) as Corpus[C];

const sources = (await getCollection('sources')).map(({ id, data, body }) => {
  const capture = readFileSync(join(root, 'captures', data.capture.file), 'utf8');
  const leftOut = new Set(data.capture.leftOut.flatMap((l) => l.lines));
  return { id, data, paragraphs: numberParagraphs(body ?? '', capture, leftOut).paragraphs };
});

export const graph = buildGraph({
  sources,
  meetings: await records('meetings'),
  people: await records('people'),
  countries: await records('countries'),
  organizations: await records('organizations'),
  places: await records('places'),
  agreements: await records('agreements'),
  events: await records('events'),
});

/** The people a page's text names, of those whose names the sources spell more than one way (peopleNamedFinder). */
export const peopleNamedIn = peopleNamedFinder(graph.corpus.people);

/** The language of a phrase the site quotes from a source not in English (see quote-language.ts). */
export const quoteLang = quoteLanguages(
  sources.map((s) => ({ language: s.data.language, text: s.paragraphs.map((p) => p.text).join('\n') })),
);

/**
 * The year pages of the published list this build keeps answering (publishedListFor): one whose year has no entries
 * any more is built as a redirect (yearPaths). None but for the real record, or a copy of it that asks.
 */
const publishedList = publishedListFor(isRealContent(root));
export const publishedYearPages = publishedList
  ? readPublished(publishedList).filter((path) => yearPathParts(path) !== undefined)
  : [];

/** Every dated record in order, and its slices by country and person. */
export const timeline = timelineIndex(buildTimeline(graph));

/** Who met whom, and each person's and country's neighbourhood. */
export const network = buildNetwork({ people: graph.corpus.people, meetings: graph.meetingsInOrder });

/** The meetings of each year, in date order, for /meetings/<year>/ (one dated to a period in each year of it). */
export const meetingYears = byYear(graph.meetingsInOrder, (m) => yearsOfDate(m.data.date.value));

/** The sources, oldest first. */
export const sourcesInOrder = [...graph.corpus.sources].sort(byDate((s) => s.data.published));
/** The sources of each year of publication, for /sources/<year>/. */
export const sourceYears = byYear(sourcesInOrder, (s) => yearsOfDate(s.data.published.value));

/** Every dated record of each year, in order, for /timeline/<year>/. */
export const timelineYears = timelineByYear(timeline.all);

/** The events' entries on the timeline (not their records), in date order. */
export const eventEntries = timeline.all.filter((e) => e.kind === 'events');
/** The events of each year, for /events/<year>/. */
export const eventYears = timelineByYear(eventEntries);

/** Every agreement in order of signing, those the sources give no date for last, by title: as /agreements/ lists them. */
export const agreementsInOrder = [...graph.corpus.agreements].sort(bySigning);
/** The agreements with a date of signing, in date order. */
const datedAgreements = agreementsInOrder.filter((a) => a.data.signed);
/** The agreements of each year of signing, for /agreements/<year>/. */
export const agreementYears = byYear(datedAgreements, (a) => yearsOfDate(a.data.signed!.value));
/** The agreements without a date of signing, by title: listed on /agreements/ itself, whatever the record's size. */
export const undatedAgreements = agreementsInOrder.filter((a) => !a.data.signed);

/** Every record's revisions, newest first, for /changes/ and its feed. */
export const revisionsNewestFirst = revisionLog(graph.corpus);

/**
 * Every record that makes an inference, for /inferences/: meetings, agreements and events in the order their lists
 * give them, then the sources, oldest first, and the records that only describe (countries, organizations, people).
 */
export const inferences = inferencesByRecord([
  ['meetings', graph.meetingsInOrder],
  ['agreements', agreementsInOrder],
  ['events', graph.eventsInOrder],
  ['sources', sourcesInOrder],
  ['countries', graph.countriesByName],
  ['organizations', graph.organizationsByName],
  ['people', graph.peopleByName],
]);

/**
 * The years a record with inferences is listed under: those of its date on the timeline (a meeting's or event's, a
 * signing, a publication); a record not on it has none.
 */
const recordOnTimeline = new Map(timeline.all.map((e) => [`${e.kind}/${e.id}`, e]));
const yearsOf = ({ record }: InferenceOfRecord) => recordOnTimeline.get(`${record.kind}/${record.id}`)?.years;
/** The date a record with inferences is listed under a year by, for the year page's note (YearListNote). */
export const inferenceRecordDate = ({ kind, id }: { kind: string; id: string }) =>
  recordOnTimeline.get(`${kind}/${id}`)?.date;
const everyInference = eachInference(inferences);
/** The inferences of each year of their records' dates, for /inferences/<year>/ (a record dated to a period in each year of it). */
export const inferenceYears = byYear(
  everyInference.filter((e) => yearsOf(e)),
  (e) => yearsOf(e)!,
);
/** The inferences of records with no date (an agreement with no date of signing, a person): listed on /inferences/ itself. */
export const undatedInferences = recordsOf(everyInference.filter((e) => !yearsOf(e)));
