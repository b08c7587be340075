import type { Person } from './schema';
import { slugify } from './slug';

/**
 * Every other URL slug under which a person is found: the declared aliases and
 * the slug of each spelling the sources use, never the person's own id.
 */
export function aliasesOf(id: string, person: Pick<Person, 'aliases' | 'spellings'>): string[] {
  const all = [...person.aliases, ...person.spellings.map((s) => slugify(s.text))];
  return [...new Set(all)].filter((alias) => alias !== id).sort();
}
