// A statement may name people of the record besides a meeting's participants ("Guo Shengkun conveyed greetings
// from Chinese President Xi Jinping"). Its `mentions` lists them: the page links the name where the text gives it,
// and the person's page lists the record among what links to it.
import { SEARCH_NAME_WEIGHT } from '../consts';
import { escapeRegExp, type TextPart } from './quote-language';
import { citationsBySource } from './citations';
import { inSentence } from './numbers';

export interface Mention {
  person: string;
  /** The text of the statement that names them. */
  text: string;
  /** Where the mention sits in the record ("notes.1.mentions.0"). */
  field: string;
}

/** A statement of a record, which may name people of the record (`mentions`), and where it sits ("topics.2"). */
export interface NamingStatement {
  text: string;
  mentions: string[];
  /** The paragraphs it cites ("source-id#p3"). */
  cites: string[];
  field: string;
}

/** Every statement of a record that can name people (a `text` with its `mentions`), wherever it sits in it. */
export function statementsIn(data: unknown, path: string[] = []): NamingStatement[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => statementsIn(item, [...path, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  const record = data as { mentions?: unknown; text?: unknown; cites?: unknown };
  const here =
    Array.isArray(record.mentions) && typeof record.text === 'string'
      ? [
          {
            text: record.text,
            mentions: record.mentions as string[],
            cites: Array.isArray(record.cites) ? (record.cites as string[]) : [],
            field: path.join('.'),
          },
        ]
      : [];
  return [
    ...here,
    ...Object.entries(data).flatMap(([k, v]) => (k === 'mentions' ? [] : statementsIn(v, [...path, k]))),
  ];
}

/** Every person a record's statements name, wherever the statements sit in it. */
export const mentionsIn = (data: unknown): Mention[] =>
  statementsIn(data).flatMap((s) =>
    s.mentions.map((person, i) => ({
      person,
      text: s.text,
      field: [s.field, 'mentions', String(i)].filter((part) => part !== '').join('.'),
    })),
  );

/** The people a record's statements name (person ids, as often as named): for the search index (src/layouts/Page.astro). */
export const mentionedPeople = (data: unknown): string[] => mentionsIn(data).map((m) => m.person);

/** What the name rules read of a person: the name the site uses and the spellings the sources use. */
type Named = { name: string; spellings: ReadonlyArray<{ text: string }> };

/** A person's names as the record gives them: their name, then the spellings the sources use. */
export const namesOf = (person: Named): string[] => [person.name, ...person.spellings.map((s) => s.text)];

/** The spellings the sources use other than the site's name, wherever in the list the name's own spelling is: "also spelled". */
export const otherSpellings = (person: Named): string[] =>
  person.spellings.map((s) => s.text).filter((text) => text !== person.name);

/**
 * The spellings other than the site's name that these paragraphs use, each with those of the paragraphs that use it,
 * as the person's record cites them (a spelling cites every paragraph that uses it): what a reader who follows a
 * citation finds there ("Pulat Bobozhonov" in Kazinform's ¶4, where the site writes "Pulat Bobojonov").
 */
export const spellingsCited = (
  person: { name: string; spellings: ReadonlyArray<{ text: string; cites: readonly string[] }> },
  cites: readonly string[],
): Array<{ text: string; cites: string[] }> =>
  person.spellings.flatMap((s) => {
    const there = s.cites.filter((c) => cites.includes(c));
    return s.text !== person.name && there.length > 0 ? [{ text: s.text, cites: there }] : [];
  });

/**
 * How these paragraphs name a person, where not as the site does, in words: '“Pulat Bobozhonov” in ¶4', each
 * paragraph's source named too ('in Kazinform (2019) ¶4') when the paragraphs are of more than one. Empty when the
 * person's record cites none of them for another spelling.
 */
export function namedInCited(
  person: Parameters<typeof spellingsCited>[0],
  cites: readonly string[],
  citedAs: (sourceId: string) => string,
): string {
  const oneSource = citationsBySource(cites).length === 1;
  const where = (some: readonly string[]) =>
    citationsBySource(some)
      .map(
        ({ source, paragraphs }) =>
          (oneSource ? '' : `${citedAs(source)} `) + paragraphs.map((n) => `¶${n}`).join(', '),
      )
      .join('; ');
  return inSentence(spellingsCited(person, cites).map((s) => `“${s.text}”\u00a0in\u00a0${where(s.cites)}`));
}

/**
 * For the search index alone: every name of each of these people whom the sources name more than one way, so that a
 * page naming "Ramazon Rahimzoda" is found by "Rakhimzoda", another source's spelling. Empty when there is none.
 */
export function spellingsForSearch(people: ReadonlyArray<Named>): string {
  const names = people.flatMap((p) => {
    const own = [...new Set(namesOf(p))];
    return own.length > 1 ? own : [];
  });
  return [...new Set(names)].join(', ');
}

/**
 * The people a page names (person ids): those it is about, and those it names in passing; and the person whose own
 * page it is, whose spellings it lists in its text (`self`), named by neither.
 */
export interface PagePeople {
  about?: readonly string[];
  passing?: readonly string[];
  self?: string;
}

/**
 * The hidden paragraphs a page carries for the search index: every spelling of the names of the people it names, each
 * group with its weight (SEARCH_NAME_WEIGHT), so that a page is found by the spelling of any source, not only the one
 * it shows. A person it is about counts once, as such. Empty when no one it names has more than one spelling.
 */
export function hiddenSearchNames(
  people: PagePeople,
  person: (id: string) => Named | undefined,
): Array<{ weight: number; text: string }> {
  const about = new Set(people.about?.filter((id) => id !== people.self));
  const passing = new Set(people.passing?.filter((id) => id !== people.self && !about.has(id)));
  const spellingsOf = (ids: Iterable<string>) => spellingsForSearch([...ids].flatMap((id) => person(id) ?? []));
  return [
    { weight: SEARCH_NAME_WEIGHT.about, text: spellingsOf(about) },
    { weight: SEARCH_NAME_WEIGHT.passing, text: spellingsOf(passing) },
  ].filter((n) => n.text);
}

/**
 * A finder of the people, among those whose names the sources spell more than one way, whom a text names in any
 * spelling: for the search index (src/layouts/Page.astro), so that a page naming one only in the title of another
 * record it lists (a person's meetings, an agreement's meeting) carries every spelling too, and "Bobozhonov" finds
 * the pages "Bobojonov" does. Built once, as one pattern of every such name, the longest first, each a whole word or
 * words: one pass over a page, not a search of it for each name.
 */
export function peopleNamedFinder(people: ReadonlyArray<{ id: string; data: Named }>): (text: string) => string[] {
  const byName = new Map<string, string[]>();
  for (const { id, data } of people) {
    const names = [...new Set(namesOf(data))];
    if (names.length > 1) for (const name of names) byName.set(name, [...(byName.get(name) ?? []), id]);
  }
  if (byName.size === 0) return () => [];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${names.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  return (text) => [...new Set([...text.matchAll(pattern)].flatMap((m) => byName.get(m[0])!))];
}

/** The first of a person's names (their name, then the spellings the sources use) that a text holds, and where. */
export function nameIn(text: string, names: readonly string[]): { at: number; name: string } | undefined {
  for (const name of names) {
    const at = text.indexOf(name);
    if (at >= 0) return { at, name };
  }
  return undefined;
}

/** Parts of a text with the first place each named person's name appears cut out as a part of its own, linked. */
export function linkNames(parts: TextPart[], people: ReadonlyArray<{ id: string; names: readonly string[] }>) {
  let out = parts;
  for (const { id, names } of people) {
    const i = out.findIndex((p) => !p.lang && !p.person && nameIn(p.text, names));
    if (i < 0) continue;
    const part = out[i]!;
    const { at, name } = nameIn(part.text, names)!;
    const cut: TextPart[] = [
      { text: part.text.slice(0, at) },
      { text: name, person: id },
      { text: part.text.slice(at + name.length) },
    ].filter((p) => p.text !== '');
    out = [...out.slice(0, i), ...cut, ...out.slice(i + 1)];
  }
  return out;
}
