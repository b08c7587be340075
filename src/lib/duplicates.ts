// One thing, one record. A record filed a second time under another id builds a second page for the same meeting,
// place or article, and splits what links to it between the two, so neither page shows all of it. Which of the two is
// the slip is not known here (either may be the published one), so each is reported, naming the other.
import { isKnownDay } from './dates';
import type { ContentTree } from './load';
import { squash } from './paragraphs';
import { plain } from './quotations';
import type { CollectionName } from './schema';
import type { Problem, ValidEntry } from './validate';

type Of<C extends CollectionName> = Extract<ValidEntry, { collection: C }>;

/** What makes two records of a collection one thing: the key they share, the field it is reported at, what to say. */
interface Sameness<C extends CollectionName> {
  collection: C;
  field: string;
  /** Undefined for a record not compared with any. */
  key(e: Of<C>, tree: ContentTree): string | undefined;
  message(e: Of<C>, others: Array<Of<C>>): string;
}

/** A name or title as compared: case, white space, Unicode composition and the forms of apostrophes and dashes aside. */
const folded = (text: string) =>
  plain(text.normalize('NFC'))
    .replace(/[‐‑‒–—]/g, '-')
    .trim()
    .toLowerCase();
const files = (others: ValidEntry[]) => others.map((o) => o.file).join(', ');
const KEEP_ONE = 'keep one record and point every reference at its id';
const tellApart = (what: string) => `if they are two ${what}, name each so a reader can tell them apart`;

const sources: Sameness<'sources'> = {
  collection: 'sources',
  field: 'capture.file',
  // The capture's text, so that the same article captured twice, under two file names, is one source too.
  key: ({ data }, tree) => {
    const text = squash(tree.captures.get(data.capture.file)?.replace(/^\uFEFF/, '') ?? '');
    return text ? `text ${text}` : `file ${data.capture.file}`;
  },
  message: ({ data }, others) => {
    const whose = others.map((o) =>
      o.data.capture.file === data.capture.file
        ? `the capture of ${o.file}`
        : `"${o.data.capture.file}", the capture of ${o.file}`,
    );
    const same = others.some((o) => o.data.capture.file === data.capture.file) ? 'is also' : 'holds the same text as';
    return `"${data.capture.file}" ${same} ${whose.join(', ')}; one article is one source: keep one record and cite its paragraphs`;
  },
};

const places: Sameness<'places'> = {
  collection: 'places',
  field: 'name',
  key: ({ data }) => `${folded(data.name)} in ${data.country}`,
  message: ({ data }, others) =>
    `"${data.name}" in "${data.country}" is also the place of ${files(others)}; ${KEEP_ONE}; ${tellApart('cities')} on the maps (e.g. "Springfield, Illinois")`,
};

const organizations: Sameness<'organizations'> = {
  collection: 'organizations',
  field: 'name',
  key: ({ data }) => `${folded(data.name)} of ${data.country ?? '(no country)'}`,
  message: ({ data }, others) =>
    `"${data.name}" is also the name of ${files(others)}, ${data.country ? `filed under "${data.country}" too` : 'under no country either'}; ${KEEP_ONE}; ${tellApart('bodies')}`,
};

const agreements: Sameness<'agreements'> = {
  collection: 'agreements',
  field: 'title',
  key: ({ data }) => folded(data.title),
  message: ({ data }, others) =>
    `"${data.title}" is also the title of ${files(others)}; ${KEEP_ONE}; ${tellApart('documents')}`,
};

const events: Sameness<'events'> = {
  collection: 'events',
  field: 'title',
  key: ({ data }) => `${data.date.value} ${folded(data.title)}`,
  message: ({ data }, others) =>
    `"${data.title}" (${data.date.value}) is also the event of ${files(others)}; ${KEEP_ONE}; ${tellApart('events')}`,
};

const meetings: Sameness<'meetings'> = {
  collection: 'meetings',
  field: 'participants',
  // Only meetings dated to the day: the same people may meet twice in a city in one month or year, and a date known only
  // as the latest it can be may be another day.
  key: ({ data: { date, place, participants } }) =>
    isKnownDay(date) ? [date.value, place.place, ...participants.map((p) => p.person).sort()].join(' ') : undefined,
  message: ({ data }, others) =>
    `the same day (${data.date.value}), place ("${data.place.place}") and participants (${data.participants.map((p) => `"${p.person}"`).join(', ')}) as ${files(others)}: one meeting recorded twice? Keep one record (two sessions of a day with the same people are one meeting, whose topics and outcomes hold both), and list the other's id in its formerIds, so that any published address of the other leads to it`,
};

const SAMENESS = [sources, places, organizations, agreements, events, meetings];

/** The records of one collection that share their key with another, each reported with the others. */
function sameOf<C extends CollectionName>(entries: ValidEntry[], tree: ContentTree, rule: Sameness<C>): Problem[] {
  const byKey = new Map<string, Array<Of<C>>>();
  for (const e of entries.filter((x): x is Of<C> => x.collection === rule.collection)) {
    const key = rule.key(e, tree);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  return [...byKey.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map((e) => ({
        file: e.file,
        field: rule.field,
        message: rule.message(
          e,
          same.filter((o) => o !== e),
        ),
      })),
    );
}

/** Every record that is another's under a second id: the same article, city, body, document, event or meeting. */
export function duplicateRecords(entries: ValidEntry[], tree: ContentTree): Problem[] {
  return SAMENESS.flatMap((rule) => sameOf(entries, tree, rule as Sameness<CollectionName>));
}
