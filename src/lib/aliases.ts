import type { Meeting, Person } from './schema';
import { slugify } from './slug';
import type { PageKind } from './kinds';

/** An address that answers for a record it no longer names: /<kind>/<from>/ redirects to /<kind>/<to>/. */
export interface Redirect {
  kind: PageKind;
  from: string;
  to: string;
}

/**
 * Every redirect the records ask for: a meeting's former ids and a person's aliases and spellings. No other kind
 * of record redirects. The build writes these pages (routes.ts, from the link index's `redirects`) and their citation
 * files (cite.ts), and the published-address check counts them as answering (published.ts), so all read the rule
 * from here.
 */
export function redirectsOf(records: {
  meetings: ReadonlyArray<{ id: string; data: Pick<Meeting, 'formerIds'> }>;
  people: ReadonlyArray<{ id: string; data: Pick<Person, 'aliases' | 'spellings'> }>;
}): Redirect[] {
  return [
    ...records.people.flatMap((p) =>
      aliasesOf(p.id, p.data).map((from) => ({ kind: 'people' as const, from, to: p.id })),
    ),
    // A former id that is the meeting's own (the validator refuses it) would make its page a redirect to itself.
    ...records.meetings.flatMap((m) =>
      m.data.formerIds.filter((from) => from !== m.id).map((from) => ({ kind: 'meetings' as const, from, to: m.id })),
    ),
  ];
}

/**
 * Every other URL slug under which a person is found: the declared aliases and
 * the slug of each spelling the sources use, never the person's own id.
 */
export function aliasesOf(id: string, person: Pick<Person, 'aliases' | 'spellings'>): string[] {
  return [...new Set(aliasFields(id, person).map((a) => a.slug))].sort();
}

/** The same slugs, each with the field of the person's file that gives it: "aliases.0", or "spellings.1.text". */
export function aliasFields(
  id: string,
  person: Pick<Person, 'aliases' | 'spellings'>,
): Array<{ slug: string; field: string }> {
  return [
    ...person.aliases.map((slug, i) => ({ slug, field: `aliases.${i}` })),
    ...person.spellings.map((s, i) => ({ slug: slugify(s.text), field: `spellings.${i}.text` })),
  ].filter(({ slug }) => slug !== id);
}
