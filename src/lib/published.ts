// A published address keeps answering (permalinks.txt lists every one). A record's page lives at its id and,
// for a meeting or a person, also at each former id or alias, which the build turns into a redirect page. So the
// content alone tells whether a listed record address still leads anywhere: checked before anything is built, so a
// contributor who renames a record learns it from `npm run build`, with what to write, not from the test suite.
import { redirectsOf } from './aliases';
import { entityPath } from './urls';
import { PAGE_KIND_LABEL, PAGE_KINDS, type PageKind } from './kinds';
import { entriesOf, type Problem, type ValidEntry } from './validate';
import { isYear } from './years';

/** The ids at which each kind of record answers: its own, and the ones that redirect to it. */
function answeringIds(entries: ValidEntry[]): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>(PAGE_KINDS.map((kind) => [kind, new Set<string>()]));
  for (const e of entries) {
    const own = ids.get(e.collection);
    if (!own) continue;
    own.add(e.id);
  }
  const redirects = redirectsOf({ meetings: entriesOf(entries, 'meetings'), people: entriesOf(entries, 'people') });
  for (const r of redirects) ids.get(r.kind)!.add(r.from);
  return ids;
}

/** What a contributor writes so that the address of a renamed record answers again. */
function remedy(kind: PageKind, id: string): { field: string; message: string } {
  switch (kind) {
    case 'meetings':
      return {
        field: 'formerIds',
        message: `no meeting has the id "${id}" or lists it in formerIds; add formerIds: ["${id}"] to the meeting it became, so the old address redirects to it`,
      };
    case 'people':
      return {
        field: 'aliases',
        message: `no person has the id "${id}" or an alias or spelling that gives it; add "${id}" to the aliases of the person it became, so the old address redirects to it`,
      };
    default:
      return {
        field: 'slug',
        message: `no ${PAGE_KIND_LABEL[kind].toLowerCase()} has the id "${id}", and its address cannot redirect: keep it, with slug: "${id}" in the renamed file`,
      };
  }
}

/**
 * Record addresses among the published paths ("/meetings/x/", "/cite/meetings/x.bib", and a year page of a country
 * or person, "/people/x/2014/") that no record answers any more, one problem per record, reported on the folder of
 * its kind.
 */
export function brokenAddresses(
  published: readonly string[],
  entries: ValidEntry[],
  root: string,
  list: string,
): Problem[] {
  const answering = answeringIds(entries);
  const problems = new Map<string, Problem>();
  for (const path of published) {
    const match =
      /^\/(?:cite\/)?([a-z]+)\/([a-z0-9-]+)(?:\/|\.[a-z]+)$/.exec(path) ??
      /^\/(countries|people)\/([a-z0-9-]+)\/\d{4}\/$/.exec(path);
    if (!match) continue;
    const [, kind, id] = match as unknown as [string, PageKind, string];
    const ids = answering.get(kind);
    if (!ids || isYear(id) || ids.has(id) || problems.has(`${kind}/${id}`)) continue;
    const { field, message } = remedy(kind, id);
    problems.set(`${kind}/${id}`, {
      file: `${root}/${kind}/`,
      field,
      message: `${path.startsWith('/cite/') ? entityPath(kind, id) : path} is published (${list}), but ${message}`,
    });
  }
  return [...problems.values()];
}
