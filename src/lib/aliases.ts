import type { Person } from './schema';
import { slugify } from './slug';

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
