// Checks a whole content tree and reports every problem at once, each naming
// the file, the field, what was found and what would be valid. Astro alone
// stops at the first schema error and only logs a dangling reference.
// A zod issue's sentence is issue-messages.ts's; a source's excerpt against
// its capture, excerpts.ts's; the checks across records are here.
import { z } from 'zod';
import { aliasesOf, aliasFields } from './aliases';
import { ATLAS_COUNTRIES, ATLAS_FILE, OUTLINES, kmOutside } from './atlas';
import { datesAfterTheirSources } from './chronology';
import { citationsIn, citationText } from './citations';
import { duplicateRecords } from './duplicates';
import { sourceParagraphs } from './excerpts';
import { fieldPath, issueMessage } from './issue-messages';
import { CONTENT_FOLDERS, recordId, type ContentTree, type RawEntry } from './load';
import { fitsEveryMap } from './map-labels';
import { mentionsIn, nameIn, namesOf, statementsIn } from './mentions';
import { spellingsOutsideNamed, unnamedAttendees, unnamedInCitations } from './naming';
import { counted, countryInText, withArticle } from './numbers';
import type { SourceParagraph } from './paragraphs';
import { misquotations, uncitedParagraphs, unstatedDays } from './quotations';
import { asWords } from './quote-language';
import { COLLECTIONS, ID_PATTERN, schemas, type CollectionName } from './schema';
import { slugify } from './slug';
import { nearest } from './suggest';
import { yamlMessage } from './yaml-errors';
import { isYear } from './years';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** The problems as a list under one line saying what they stopped ("nothing was built"). */
export function formatProblems(problems: Problem[], stopped = 'nothing was built'): string {
  const n = problems.length;
  const head = `The content has ${counted(n, 'problem')}; ${stopped}:`;
  return [head, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

/** A record that passed its schema, its data typed by its collection. */
export type ValidEntry = {
  [C in CollectionName]: { collection: C; id: string; file: string; data: z.output<(typeof schemas)[C]>; body: string };
}[CollectionName];

/** The entries of one collection, typed as that collection's records. */
export function entriesOf<C extends CollectionName>(entries: ValidEntry[], collection: C) {
  return entries.filter((e): e is Extract<ValidEntry, { collection: C }> => e.collection === collection);
}

/** Paragraphs of each source by id, numbered by capture line. */
export type ParagraphIndex = Map<string, SourceParagraph[]>;

export interface Validation {
  problems: Problem[];
  entries: ValidEntry[];
  paragraphs: ParagraphIndex;
}

const KIND_OF: Record<CollectionName, string> = {
  sources: 'source',
  meetings: 'meeting',
  people: 'person',
  countries: 'country',
  organizations: 'organization',
  places: 'place',
  agreements: 'agreement',
  events: 'event',
};

/**
 * Where the text goes that an author writes below the frontmatter of a record that is not a source: only a source's
 * file has a body (its excerpt), and any other's would be dropped in silence.
 */
const WHERE_TEXT_GOES: Record<CollectionName, string | undefined> = {
  sources: undefined,
  meetings: 'put the text in notes (or topics, outcomes) as { text, cites }',
  people:
    'give their offices in roles as { title, cites }, and what they did in the statements of a meeting or an event',
  countries: 'put the text in notes as { text, cites }',
  organizations: 'put the text in notes as { text, cites }',
  places: 'a place has only name, country, latitude and longitude; what happened there goes in a meeting or an event',
  agreements: 'put the text in notes (or subjects) as { text, cites }',
  events: 'put the text in notes as { text, cites }',
};

/** Why a file or folder under the content root is not read, and what would be. */
function strayMessage(root: string, { name, folder, collection }: ContentTree['strays'][number]): string {
  if (collection && folder) return `is not read: a record's file sits directly in ${root}/${collection}/`;
  if (collection) return `is not read: only files ending in ".md" are; rename it "${name.replace(/\..*$/, '')}.md"`;
  if (!folder) return `is not read: a record goes in the folder of its kind, ${COLLECTIONS.join(', ')}`;
  const meant = nearest(name, CONTENT_FOLDERS);
  return `is not read: the folders of ${root}/ are ${CONTENT_FOLDERS.join(', ')}.${meant === undefined ? '' : ` Did you mean "${meant}"?`}`;
}

/** A record's id: its slug, or its file's name. */
const idOf = (raw: RawEntry) => recordId(raw.data, raw.stem);

/** How a check reports a problem: at a file, a field of it, and what is wrong and what would be valid. */
type Report = (file: string, field: string, message: string) => void;

/** What the checks after parsing read: the valid entries, by kind and id too, and every id, valid or not. */
interface Checked {
  tree: ContentTree;
  entries: ValidEntry[];
  valid: Map<string, ValidEntry>;
  report: Report;
  has: (c: CollectionName, id: string) => boolean;
  /** Reports a reference to no record of its kind, with the id it may have meant. */
  checkRef: (entry: ValidEntry, field: string, target: CollectionName, id: string | undefined) => void;
}

/** A source whose excerpt does not match its capture yet, and the paragraphs cited from it that it does not have. */
type Unmatched = Map<string, { file: string; found: SourceParagraph[]; missed: Set<number> }>;

/**
 * A root with no record in it, missing or empty: most often CONTENT_DIR naming the wrong folder. Left unreported, the
 * build went on to render a site of nothing and crashed on its first map.
 */
function reportEmptyRoot(tree: ContentTree, report: Report): void {
  if (tree.entries.length > 0) return;
  report(
    tree.root,
    '(folder)',
    `${tree.missing ? 'does not exist' : 'holds no record'}: expected a content folder whose folders ${COLLECTIONS.join(', ')} hold the records' ".md" files (it is content/ unless CONTENT_DIR names another)`,
  );
}

/** What the site would skip in silence: a record in the wrong folder, or not ending in ".md". */
function reportStrays(tree: ContentTree, report: Report): void {
  for (const stray of tree.strays)
    report(stray.file, stray.folder ? '(folder)' : '(file name)', strayMessage(tree.root, stray));
}

/** Ids, from every file, valid or not, so one broken file does not make every reference to it look dangling too. */
function idsOf(tree: ContentTree, report: Report): Map<CollectionName, Map<string, RawEntry>> {
  const ids = new Map<CollectionName, Map<string, RawEntry>>();
  for (const raw of tree.entries) {
    const byId = ids.get(raw.collection) ?? new Map<string, RawEntry>();
    ids.set(raw.collection, byId);
    const id = idOf(raw);
    const twin = byId.get(id);
    if (twin) {
      // Reported on the file that takes the id by its slug, whichever is read first: the other's file name is its id,
      // and maybe a published address.
      const bySlug = (e: RawEntry) => idOf(e) !== e.stem;
      const [at, other] = bySlug(twin) && !bySlug(raw) ? [twin, raw] : [raw, twin];
      report(
        at.file,
        bySlug(at) ? 'slug' : '(file name)',
        `duplicate ${KIND_OF[raw.collection]} id "${id}", also used by ${other.file}; ids must be unique`,
      );
    } else {
      byId.set(id, raw);
    }
  }
  return ids;
}

/** Each file against its schema: the records that pass it, each with its id. */
function parseEntries(
  tree: ContentTree,
  ids: Map<CollectionName, Map<string, RawEntry>>,
  report: Report,
): ValidEntry[] {
  const entries: ValidEntry[] = [];
  for (const raw of tree.entries) {
    if (raw.notUtf8Line !== undefined) {
      report(
        raw.file,
        '(file)',
        `is not UTF-8 text: line ${raw.notUtf8Line} holds a byte UTF-8 does not allow, as a file saved as Windows-1252 or Latin-1 does; save it as UTF-8`,
      );
      continue;
    }
    if (raw.longFence) {
      const { line, text } = raw.longFence;
      report(
        raw.file,
        '(frontmatter)',
        `line ${line} is “${text}”; a frontmatter opens and closes with a line of exactly three hyphens, "---"`,
      );
      continue;
    }
    if (raw.parseError) {
      report(raw.file, '(frontmatter)', yamlMessage(raw.parseError));
      continue;
    }
    for (const { line, kept } of raw.cutAtHash ?? [])
      report(
        raw.file,
        '(frontmatter)',
        `line ${line}: YAML reads what follows " #" as a comment, so the text ends “${kept}”; put the whole value in double quotes`,
      );
    if (raw.unopened !== undefined) {
      report(
        raw.file,
        '(frontmatter)',
        `has no opening --- line, so its fields were read as text: its first line is “${raw.unopened.slice(0, 60)}”; expected a line "---" before its first field, as after its last`,
      );
      continue;
    }
    if (raw.unclosed) {
      const before = raw.collection === 'sources' ? ', before the excerpt' : '';
      report(raw.file, '(frontmatter)', `has no closing --- line; expected a line "---" after its last field${before}`);
      continue;
    }
    if (!ID_PATTERN.test(raw.stem)) {
      const asId = slugify(raw.stem);
      const taken = ids.get(raw.collection)?.get(asId);
      report(
        raw.file,
        '(file name)',
        `"${raw.stem}.md" is not a lower-case id; use letters, digits and hyphens` +
          (!asId
            ? ''
            : taken
              ? `; not "${asId}.md": that is the id of ${taken.file} (if both are one ${KIND_OF[raw.collection]}, keep one)`
              : `, e.g. "${asId}.md"`),
      );
    }
    const where = WHERE_TEXT_GOES[raw.collection];
    if (where && raw.body.trim() !== '')
      report(
        raw.file,
        '(body)',
        `holds text, which the site does not show: ${withArticle(KIND_OF[raw.collection])}'s file has no body; ${where}`,
      );
    const schema = schemas[raw.collection];
    const result = schema.safeParse(raw.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) report(raw.file, fieldPath(issue.path), issueMessage(issue, schema));
      continue;
    }
    entries.push({
      collection: raw.collection,
      id: idOf(raw),
      file: raw.file,
      data: result.data,
      body: raw.body,
    } as ValidEntry);
  }
  return entries;
}

/** A reference's check, which names what it may have meant: every id, and a person's aliases. */
function referenceCheck(
  tree: ContentTree,
  ids: Map<CollectionName, Map<string, RawEntry>>,
  entries: ValidEntry[],
  report: Report,
): Pick<Checked, 'has' | 'checkRef'> {
  const has = (c: CollectionName, id: string) => ids.get(c)?.has(id) ?? false;
  // What a reference may have meant, each name leading to the id to suggest: every id, and a
  // person's aliases too, since a contributor may write the surname or a spelling the sources use.
  const knownNames = (target: CollectionName) => {
    // An id that is not one (a file named "Russia.md", reported as such) is no id to suggest.
    const names = new Map(
      [...(ids.get(target)?.keys() ?? [])].filter((id) => ID_PATTERN.test(id)).map((id) => [id, id]),
    );
    if (target !== 'people') return names;
    for (const person of entriesOf(entries, 'people')) {
      for (const alias of aliasesOf(person.id, person.data)) if (!names.has(alias)) names.set(alias, person.id);
    }
    return names;
  };
  const checkRef = (entry: ValidEntry, field: string, target: CollectionName, id: string | undefined) => {
    if (id === undefined || has(target, id)) return;
    // The file of that name is there, but its slug gives it another id: "did you mean" would send the author elsewhere.
    const renamed = tree.entries.find((raw) => raw.collection === target && raw.stem === id);
    // An id of another kind of record (an organization's where a person goes): saying so beats the nearest person.
    const other = tree.entries.find((raw) => raw.collection !== target && idOf(raw) === id);
    const names = knownNames(target);
    const meant = nearest(id, [...names.keys()]);
    const hint = renamed
      ? ` ${renamed.file} takes the id "${idOf(renamed)}" by its slug.`
      : other
        ? ` It is ${withArticle(KIND_OF[other.collection])}'s (${other.file}), not ${withArticle(KIND_OF[target])}'s.`
        : meant === undefined
          ? ''
          : ` Did you mean "${names.get(meant)}"?`;
    report(
      entry.file,
      field,
      `unknown ${KIND_OF[target]} "${id}".${hint} Valid: an id of a file in ${tree.root}/${target}/.`,
    );
  };
  return { has, checkRef };
}

/** References between records. */
function checkReferences({ entries, valid, report, checkRef }: Checked): void {
  for (const e of entries) {
    switch (e.collection) {
      case 'meetings':
        checkRef(e, 'place.place', 'places', e.data.place.place);
        e.data.participants.forEach((p, i) => checkRef(e, `participants.${i}.person`, 'people', p.person));
        break;
      case 'places':
        if (!fitsEveryMap(e.data.name)) {
          report(
            e.file,
            'name',
            `"${e.data.name}" is too long to label a place on the maps; give the name readers know it by, of at most about 30 letters`,
          );
        }
        checkRef(e, 'country', 'countries', e.data.country);
        break;
      case 'people':
      case 'organizations':
        checkRef(e, 'country', 'countries', e.data.country);
        break;
      case 'sources':
        checkRef(e, 'interviewee.person', 'people', e.data.interviewee?.person);
        break;
      case 'events':
        e.data.countries.forEach((c, i) => checkRef(e, `countries.${i}`, 'countries', c));
        e.data.organizations.forEach((o, i) => checkRef(e, `organizations.${i}`, 'organizations', o));
        e.data.people.forEach((p, i) => checkRef(e, `people.${i}`, 'people', p));
        e.data.meetings.forEach((m, i) => checkRef(e, `meetings.${i}`, 'meetings', m));
        break;
      case 'agreements':
        e.data.parties.forEach((p, i) => checkRef(e, `parties.${i}.organization`, 'organizations', p.organization));
        checkRef(e, 'meeting.meeting', 'meetings', e.data.meeting?.meeting);
        e.data.maybeSameAs.forEach((m, i) => {
          if (m.agreement === e.id)
            return report(e.file, `maybeSameAs.${i}.agreement`, `is this agreement's own id; name the other agreement`);
          checkRef(e, `maybeSameAs.${i}.agreement`, 'agreements', m.agreement);
          const other = valid.get(`agreements:${m.agreement}`);
          if (other?.collection === 'agreements' && !other.data.maybeSameAs.some((back) => back.agreement === e.id)) {
            report(
              e.file,
              `maybeSameAs.${i}.agreement`,
              `"${m.agreement}" does not say it may be the same as "${e.id}"; add it to maybeSameAs in ${other.file} so both records say so`,
            );
          }
        });
        break;
    }
  }
}

/**
 * A country's iso is the atlas feature the maps shade for it: one the atlas has, no other country's, and not the code
 * of another country the atlas names as this one is named (a name the atlas spells otherwise, "United States", is not
 * checked against it).
 */
function checkCountryCodes({ entries, report: reportAt }: Checked): Set<string> {
  const countries = entriesOf(entries, 'countries');
  /** The ids of the countries whose iso is reported. */
  const reported = new Set<string>();
  const report = (e: (typeof countries)[number], field: string, message: string) => {
    reported.add(e.id);
    reportAt(e.file, field, message);
  };
  for (const e of countries) {
    const { iso, name } = e.data;
    const code = [...ATLAS_COUNTRIES].find(([, n]) => n === name)?.[0];
    const hint = code !== undefined && code !== iso ? `; the atlas gives ${name} "${code}"` : '';
    const others = countries.filter((o) => o !== e && o.data.iso === iso).map((o) => o.file);
    /** The atlas country the maps shade for this iso. */
    const shaded = ATLAS_COUNTRIES.get(iso);
    if (shaded === undefined)
      report(
        e,
        'iso',
        `"${iso}" is no country of the world atlas the maps are drawn from (${ATLAS_FILE}, which leaves out countries too small to draw at its scale), so no map would shade it; expected the ISO 3166-1 numeric code of a country it outlines${hint}`,
      );
    else if (others.length)
      report(
        e,
        'iso',
        `"${iso}" is also the iso of ${others.join(', ')} (${shaded} in the atlas); each country is shaded by its own code${hint}`,
      );
    // The atlas gives this country's name another code (the hint says which).
    else if (hint)
      report(
        e,
        'iso',
        `"${iso}" is ${shaded} in the world atlas the maps are drawn from, so the maps would shade ${shaded} for ${name}${hint}`,
      );
  }
  return reported;
}

/**
 * How far outside its country's outline a place may lie, in km. The atlas's outlines are drawn for 1:110 million, where
 * a millimetre is 110 km: coasts and borders are cut to a few points, and a city on one can fall just outside. Of 166
 * cities measured (capitals, ports, border towns, most of them in Central Asia, China and their neighbours), none on
 * the mainland lay more than 14 km outside its country (Dalian 13 km, Istanbul and Geneva 11 km, Termez 8 km), and
 * Zhoushan, on an island off China's coast, 20 km; 25 km lets such places pass. It is far less than a swap or a slip of
 * sign moves a point here (hundreds or thousands of km), and catches most cities filed under a neighbour (Bishkek
 * under Kazakhstan lies 33 km outside it, Dushanbe under Uzbekistan 43 km), though not all (Tashkent under
 * Kazakhstan, 16 km). A place on an island the atlas leaves out lies farther (Ambon 32 km, Naha 611 km) and is refused.
 */
const PLACE_MARGIN_KM = 25;

/** A name with the possessive 's, or ' alone after an s ("the United States'"). */
const possessive = (name: string) => `${name}'${name.endsWith('s') ? '' : 's'}`;

/**
 * A place lies in its country's outline in the atlas, or within PLACE_MARGIN_KM of it: else its latitude and
 * longitude are swapped, of the wrong sign, or its country is another. A place whose country is unknown, or whose
 * country's iso is reported, is not checked against it.
 */
function checkPlaceCoordinates({ entries, valid, report }: Checked, reportedCountries: Set<string>): void {
  const outlineOf = new Map(OUTLINES.map((f) => [String(f.id), f]));
  for (const e of entriesOf(entries, 'places')) {
    const country = valid.get(`countries:${e.data.country}`);
    if (country?.collection !== 'countries' || reportedCountries.has(country.id)) continue;
    const outline = outlineOf.get(country.data.iso);
    if (!outline) continue;
    const { latitude, longitude } = e.data;
    const km = kmOutside(outline, [longitude, latitude]);
    if (km <= PLACE_MARGIN_KM) continue;
    const fits = ([lat, lon]: [number, number]) =>
      Math.abs(lat) <= 90 && kmOutside(outline, [lon, lat]) <= PLACE_MARGIN_KM;
    const hints: string[] = [];
    const within = OUTLINES.find((f) => f !== outline && kmOutside(f, [longitude, latitude]) === 0);
    if (within) hints.push(`they lie in ${within.properties.name}`);
    const righted = (
      [
        [[longitude, latitude], 'if swapped'],
        [[-latitude, longitude], 'with the sign of latitude changed'],
        [[latitude, -longitude], 'with the sign of longitude changed'],
        [[-latitude, -longitude], 'with the signs of both changed'],
      ] as Array<[[number, number], string]>
    ).find(([point]) => fits(point));
    if (righted) hints.push(`they would lie inside ${righted[1]}`);
    report(
      e.file,
      'latitude/longitude',
      `(${latitude}, ${longitude}) lie outside ${possessive(countryInText(country.data))} outline in the world atlas the maps are drawn from (${ATLAS_FILE}) by ${Math.round(km).toLocaleString('en-GB')} km, more than the ${PLACE_MARGIN_KM} km allowed for its simplified borders and coasts; ${hints.map((h) => `${h}; `).join('')}check that latitude and longitude are not swapped or of the wrong sign, and that the place's country is right`,
    );
  }
}

/**
 * People a statement names: each once in its mentions (the schema cannot say where the statement sits, so this does),
 * known, and named in its text as the record spells them.
 */
function checkMentions({ entries, valid, report, checkRef }: Checked): void {
  for (const e of entries) {
    const firstAt = new Map<string, string>();
    for (const m of mentionsIn(e.data)) {
      const key = `${m.field.slice(0, m.field.lastIndexOf('.'))} ${m.person}`;
      const first = firstAt.get(key);
      if (first !== undefined) {
        report(e.file, m.field, `"${m.person}" is already ${first}; list each person once`);
        continue;
      }
      firstAt.set(key, m.field);
      checkRef(e, m.field, 'people', m.person);
      const person = valid.get(`people:${m.person}`);
      if (person?.collection !== 'people') continue;
      const names = namesOf(person.data);
      if (!nameIn(m.text, names)) {
        report(
          e.file,
          m.field,
          `the text does not name ${person.data.name} as the record spells them (${[...new Set(names)].join(', ')}); use one of these spellings in the text, or add the one it uses to ${person.file}`,
        );
      }
    }
  }
}

/**
 * People of the record a statement names and does not list: the name would not link to their page, nor their page list
 * the record. A meeting's participants and an event's people are listed on its page already. Where an id is unknown,
 * that is the problem to fix (a misspelled participant is not a person to list in mentions). Each name is looked for
 * only in a statement holding its first word (a full search is seconds at 10 000 meetings).
 */
function checkUnlistedMentions({ entries, report, has }: Checked): void {
  const wordsOf = (text: string) => text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const namesByFirstWord = new Map<string, Array<{ id: string; person: string; name: string }>>();
  for (const { id, data } of entriesOf(entries, 'people')) {
    for (const name of new Set(namesOf(data))) {
      const first = wordsOf(name)[0] ?? name;
      const list = namesByFirstWord.get(first) ?? [];
      list.push({ id, person: data.name, name });
      namesByFirstWord.set(first, list);
    }
  }
  for (const e of entries) {
    const about =
      e.collection === 'meetings'
        ? e.data.participants.map((p) => p.person)
        : e.collection === 'events'
          ? e.data.people
          : [];
    if (!about.every((id) => has('people', id))) continue;
    for (const s of statementsIn(e.data).filter((s) => s.mentions.every((id) => has('people', id)))) {
      const named = [...new Set(wordsOf(s.text))]
        .flatMap((word) => namesByFirstWord.get(word) ?? [])
        .filter((n) => !about.includes(n.id) && !s.mentions.includes(n.id) && s.text.includes(n.name));
      for (const { id, person, name } of named.filter((n, i) => named.findIndex((m) => m.id === n.id) === i))
        report(
          e.file,
          `${s.field}.mentions`,
          `the text names ${person} (“${name}”); add "${id}" to mentions, so that the name links to their page and their page lists this ${KIND_OF[e.collection]}`,
        );
    }
  }
}

/**
 * The countries an event concerns are where a reader finds it: on their pages and timelines, which an event listing no
 * country is on none of. So each country its title or summary names is listed (a name as whole words, asWords: "China’s"
 * names China, "Chinese" does not), and an event that names none still lists at least one.
 */
function checkEventCountries({ entries, report, has }: Checked): void {
  const countries = entriesOf(entries, 'countries').map(({ id, data }) => ({
    id,
    name: data.name,
    named: asWords(data.name),
  }));
  for (const e of entriesOf(entries, 'events')) {
    const listed = e.data.countries;
    if (!listed.every((id) => has('countries', id))) continue;
    const texts = [
      ['title', e.data.title],
      ['summary', e.data.summary.text],
    ] as const;
    const unlisted = countries.flatMap((c) => {
      const where = texts.find(([, text]) => c.named.test(text));
      return where && !listed.includes(c.id) ? [{ ...c, where: where[0] }] : [];
    });
    for (const c of unlisted)
      report(
        e.file,
        'countries',
        `the ${c.where} names ${c.name}; add "${c.id}" to countries, so that the event is on ${c.name}’s page and timeline`,
      );
    if (listed.length === 0 && unlisted.length === 0)
      report(
        e.file,
        'countries',
        `lists no country, so the event would be on no country’s page or timeline; list the countries it concerns (ids of content/countries/, such as "${countries[0]?.id ?? 'china'}")`,
      );
  }
}

/**
 * Aliases and former ids: each URL slug belongs to one record. Which file was just edited is unknown here, so a slug
 * two records both claim is reported on both, each naming the other; a slug that is another record's id is reported
 * only where it is claimed, since changing an id would move a published page. Each slug is reported at the field that
 * gives it: a declared alias, or the spelling it is made from.
 */
function checkAddresses({ entries, report }: Checked): void {
  const urlOwners = (
    collection: 'people' | 'meetings',
    claim: string,
    slugsOf: (e: ValidEntry) => Array<{ slug: string; field: string }>,
  ) => {
    const mine = entries.filter((e) => e.collection === collection);
    const byId = new Map(mine.map((e) => [e.id, e]));
    const claimants = new Map<string, Map<ValidEntry, string>>();
    for (const e of mine) {
      for (const { slug, field } of slugsOf(e)) {
        const claimedBy = claimants.get(slug) ?? new Map<ValidEntry, string>();
        if (!claimedBy.has(e)) claimedBy.set(e, field);
        claimants.set(slug, claimedBy);
      }
    }
    const rule = `each URL must lead to one ${KIND_OF[collection]}`;
    for (const [slug, claimedBy] of claimants) {
      const owner = byId.get(slug);
      for (const [e, field] of claimedBy) {
        // A meeting's own id among its former ids would make its page a redirect to itself (a person's aliases never
        // hold the person's own id: aliasFields leaves it out).
        if (owner === e) {
          report(e.file, field, `"${slug}" is this ${KIND_OF[collection]}'s own id; remove it`);
          continue;
        }
        const others = [...claimedBy.keys()].filter((other) => other !== e).map((other) => other.file);
        if (owner) report(e.file, field, `"${slug}" is the id of ${owner.file}; ${rule}`);
        else if (others.length) report(e.file, field, `"${slug}" is also ${claim} of ${others.join(', ')}; ${rule}`);
      }
    }
  };
  urlOwners('people', 'an alias', (e) => (e.collection === 'people' ? aliasFields(e.id, e.data) : []));
  urlOwners('meetings', 'a former id', (e) =>
    e.collection === 'meetings' ? e.data.formerIds.map((slug, i) => ({ slug, field: `formerIds.${i}` })) : [],
  );
}

/**
 * The collections whose lists have a page per year (src/lib/years.ts), each with an id that says more than its year.
 */
const YEAR_EXAMPLES = {
  meetings: (year: string) => `${year}-04-10-minsk-talks`,
  sources: (year: string) => `tass-interview-${year}`,
  agreements: (year: string) => `almaty-protocol-${year}`,
  events: (year: string) => `interpol-admission-${year}`,
};

/** A bare year is the address of that year's page (/meetings/2019/, /sources/2019/…), never of one record. */
function checkYearIds({ entries, report }: Checked): void {
  for (const e of entries.filter((x) => x.collection in YEAR_EXAMPLES)) {
    const slugs: Array<[string, string]> = [
      [e.id, e.data.slug ? 'slug' : '(file name)'],
      ...(e.collection === 'meetings' ? e.data.formerIds : []).map((f, i): [string, string] => [f, `formerIds.${i}`]),
    ];
    const kind = KIND_OF[e.collection];
    const example = YEAR_EXAMPLES[e.collection as keyof typeof YEAR_EXAMPLES];
    for (const [slug, field] of slugs.filter(([slug]) => isYear(slug))) {
      report(
        e.file,
        field,
        `"${slug}" is a bare year, the address of the page of the ${e.collection} of ${slug}; ${withArticle(kind)} id must say more, e.g. "${example(slug)}"`,
      );
    }
  }
}

/**
 * Sources: excerpt against capture, translations. A source whose excerpt has a paragraph that is not a line of its
 * capture has its paragraphs only in part: its citations, and the quotations they back, wait until it matches (the
 * index holds none of its paragraphs), so one reworded paragraph is not also a problem per citation of it.
 */
function numberSources({ entries, tree, report }: Pick<Checked, 'entries' | 'tree' | 'report'>): {
  paragraphs: ParagraphIndex;
  unmatched: Unmatched;
} {
  const paragraphs: ParagraphIndex = new Map();
  const unmatched: Unmatched = new Map();
  for (const e of entriesOf(entries, 'sources')) {
    const { found, matched } = sourceParagraphs(e.data, e.body, tree, (field, message) =>
      report(e.file, field, message),
    );
    if (!matched) unmatched.set(e.id, { file: e.file, found, missed: new Set() });
    paragraphs.set(e.id, matched ? found : []);
  }
  return { paragraphs, unmatched };
}

/** Citations: each paragraph once in its list (a page would show ¶1 twice), the source exists and has the paragraph. */
function checkCitations(
  { entries, valid, report, checkRef }: Checked,
  paragraphs: ParagraphIndex,
  unmatched: Unmatched,
): void {
  for (const e of entries) {
    const firstAt = new Map<string, string>();
    for (const c of citationsIn(e.data)) {
      const list = c.field.slice(0, c.field.lastIndexOf('.'));
      const key = `${list} ${citationText(c)}`;
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, c.field);
      else report(e.file, c.field, `"${citationText(c)}" is already ${first}; list each paragraph once`);
    }
    for (const c of citationsIn(e.data)) {
      const numbered = paragraphs.get(c.source);
      const waiting = unmatched.get(c.source);
      if (waiting) {
        if (!waiting.found.some((p) => p.n === c.paragraph)) waiting.missed.add(c.paragraph);
      } else if (!numbered) {
        checkRef(e, c.field, 'sources', c.source);
      } else if (numbered.length && !numbered.some((p) => p.n === c.paragraph)) {
        // A source with no paragraphs found (its capture missing, its excerpt not matching) is reported at its file.
        const source = valid.get(`sources:${c.source}`);
        const left =
          source?.collection === 'sources' && source.data.capture.leftOut.find((l) => l.lines.includes(c.paragraph));
        const why = left ? ` (capture line ${c.paragraph} is left out of its excerpt: ${left.kind})` : '';
        report(
          e.file,
          c.field,
          `source "${c.source}" has no paragraph ${c.paragraph}${why}; its paragraphs are ${numbered.map((p) => p.n).join(', ')}`,
        );
      }
    }
  }
}

/**
 * The citations of a source not yet checked, since its excerpt does not match its capture, that cite a paragraph it
 * lacks.
 */
function reportUncheckedCitations(unmatched: Unmatched, report: Report): void {
  for (const { file, missed } of unmatched.values())
    if (missed.size)
      report(
        file,
        '(body)',
        `citations of this source are not checked until every paragraph of its excerpt is a line of its capture; some cite a paragraph not found in it (${[
          ...missed,
        ]
          .sort((a, b) => a - b)
          .map((n) => `¶${n}`)
          .join(', ')})`,
      );
}

/**
 * A tree's records as their schemas give them and its sources' paragraphs, without the checks across records: for a
 * second reader of files validateTree has passed in the same build (citation-files.ts; validate-content.ts checked them
 * at the build's start), where the checks cost most of the time. A file that no longer parses is still a problem.
 */
export function parseTree(tree: ContentTree): Validation {
  const problems: Problem[] = [];
  const report: Report = (file, field, message) => problems.push({ file, field, message });
  const entries = parseEntries(tree, idsOf(tree, report), report);
  const { paragraphs } = numberSources({ entries, tree, report });
  return { problems, entries, paragraphs };
}

/** Every problem of a content tree, in the order of the checks, with its valid records and its sources' paragraphs. */
export function validateTree(tree: ContentTree): Validation {
  const problems: Problem[] = [];
  const report: Report = (file, field, message) => problems.push({ file, field, message });
  reportEmptyRoot(tree, report);
  reportStrays(tree, report);
  const ids = idsOf(tree, report);
  const entries = parseEntries(tree, ids, report);
  // An id two files claim is the first-read file's, as idsOf keeps it, so that the checks across records read one.
  const first = entries.filter((e) => ids.get(e.collection)?.get(e.id)?.file === e.file);
  const valid = new Map(first.map((e) => [`${e.collection}:${e.id}`, e]));
  const checked: Checked = { tree, entries, valid, report, ...referenceCheck(tree, ids, entries, report) };
  checkReferences(checked);
  checkPlaceCoordinates(checked, checkCountryCodes(checked));
  checkMentions(checked);
  checkUnlistedMentions(checked);
  checkEventCountries(checked);
  checkAddresses(checked);
  checkYearIds(checked);
  // One thing, one record: the same article, city, body, document, event or meeting under a second id.
  problems.push(...duplicateRecords(entries, tree));
  const { paragraphs, unmatched } = numberSources(checked);
  checkCitations(checked, paragraphs, unmatched);
  // Who a paragraph names: an attendee's and a statement's cited paragraphs name the person.
  const records = { entries, valid, paragraphs };
  problems.push(...unnamedAttendees(records), ...unnamedInCitations(records));
  reportUncheckedCitations(unmatched, report);
  // Quotations: the source's words, where the record says they are.
  problems.push(...misquotations(entries, paragraphs, tree));
  // And a person's spellings stand in the paragraphs that name them (named), and only there.
  problems.push(...spellingsOutsideNamed(entries, paragraphs));
  // A paragraph a statement names (‘¶15’) is one it cites.
  problems.push(...uncitedParagraphs(entries));
  // A day is the sources': a paragraph the date cites gives it.
  problems.push(...unstatedDays(entries, paragraphs));
  // A source reports what happened before it was published.
  problems.push(...datesAfterTheirSources(entries));
  return { problems, entries, paragraphs };
}
