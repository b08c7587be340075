import type { Graph } from './graph';
import { recordYears, type TimelineEntry } from './timeline';
import { entityPath, type PageKind } from './urls';
import { yearPaths } from './years';

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
 * no entries any more, or whose record's timeline is short again and has no year pages at all (yearPaths).
 */
export function recordYearPaths(
  kind: 'countries' | 'people',
  records: Array<{ id: string }>,
  timelineOf: (id: string) => TimelineEntry[],
  published: readonly string[],
) {
  // The published year pages by the page they are under, once: not the whole list for every record.
  const underPage = Map.groupBy(published, (path) => path.replace(/\d{4}\/$/, ''));
  return records.flatMap(({ id }) => {
    const page = entityPath(kind, id);
    return yearPaths(recordYears(timelineOf(id)) ?? [], page, underPage.get(page) ?? []).map(({ params, props }) => ({
      params: { id, year: params.year },
      props: { ...props, id },
    }));
  });
}
