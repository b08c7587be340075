import type { Redirect } from './aliases';
import type { Graph } from './graph';
import { recordYears, type TimelineEntry } from './timeline';
import { entityPath, type PageKind } from './urls';
import { emptiedYears, yearPaths } from './years';

/** Static paths of one kind of page: each record's own, and a redirect at each old or alternative id. */
export function entityPaths<R extends { id: string }>(graph: Graph, kind: PageKind, records: R[]) {
  return [
    ...records.map((record) => ({ params: { id: record.id }, props: { record, redirectTo: undefined } })),
    ...graph.redirects
      .filter((r) => r.kind === kind)
      .map((r) => ({ params: { id: r.from }, props: { record: undefined, redirectTo: r.to } })),
  ];
}

/**
 * Static paths of the year pages of each record whose own timeline is too long for its page
 * (recordYears): /countries/<id>/<year>/, /people/<id>/<year>/; and a redirect at each published one whose year has
 * no entries any more, or whose record's timeline is short again and has no year pages at all (yearPaths). A
 * published year page under an old or alternative id (`redirects`: a renamed person's alias) redirects too: to the
 * record's page of that year when it has one, else as an emptied year of the record does (`formerId` names the id).
 */
export function recordYearPaths(
  kind: 'countries' | 'people',
  records: Array<{ id: string }>,
  timelineOf: (id: string) => TimelineEntry[],
  published: readonly string[],
  redirects: readonly Redirect[] = [],
) {
  // The published year pages by the page they are under, once: not the whole list for every record.
  const underPage = Map.groupBy(published, (path) => path.replace(/\d{4}\/$/, ''));
  const yearsOf = new Map(records.map(({ id }) => [id, recordYears(timelineOf(id)) ?? []]));
  const own = records.flatMap(({ id }) => {
    const page = entityPath(kind, id);
    return yearPaths(yearsOf.get(id)!, page, underPage.get(page) ?? []).map(({ params, props }) => ({
      params: { id, year: params.year },
      props: { ...props, id, formerId: undefined },
    }));
  });
  const moved = redirects
    .filter((r) => r.kind === kind && yearsOf.has(r.to))
    .flatMap(({ from, to }) => {
      const page = entityPath(kind, from);
      const years = new Set(yearsOf.get(to)!.map((y) => y.year));
      return emptiedYears(page, [], underPage.get(page) ?? []).map((year) => ({
        params: { id: from, year },
        props: {
          year,
          entries: [] as TimelineEntry[],
          previous: undefined,
          next: undefined,
          emptied: !years.has(year),
          id: to,
          formerId: from,
        },
      }));
    });
  return [...own, ...moved];
}
