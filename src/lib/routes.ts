import type { Redirect } from './aliases';
import type { Graph } from './graph';
import { recordYears, type TimelineEntry } from './timeline';
import { entityPath, yearPathParts } from './urls';
import type { PageKind } from './kinds';
import { emptiedYears, yearPaths, type YearProps } from './years';

/** Static paths of one kind of page: each record's own, and a redirect at each old or alternative id. */
export function entityPaths<R extends { id: string }>(graph: Graph, kind: PageKind, records: R[]) {
  return [
    ...records.map((record) => ({ params: { id: record.id }, props: { record, redirectTo: undefined } })),
    ...graph.redirects
      .filter((r) => r.kind === kind)
      .map((r) => ({ params: { id: r.from }, props: { record: undefined, redirectTo: r.to } })),
  ];
}

/** What the page of one year of a country or person is given (src/layouts/RecordYearPage.astro). */
export type RecordYearProps = YearProps<TimelineEntry> & {
  /** The record the page is of. */
  id: string;
  /** The old or alternative id the page is at, when it is a redirect to the record at `id` (a renamed person's). */
  formerId: string | undefined;
  /** The record's timeline is short enough to show whole on its page, with no page per year (not recordYears). */
  whole: boolean;
  /** The record's timeline has entries at all: its page has a Timeline section. */
  dated: boolean;
};

/**
 * Static paths of the year pages of each record whose own timeline is too long for its page
 * (recordYears): /countries/<id>/<year>/, /people/<id>/<year>/; and a redirect at each published one whose year has
 * no entries any more, or whose record's timeline is short again and has no year pages at all (yearPaths). A
 * published year page under an old or alternative id (`redirects`: a renamed person's alias) redirects too: to the
 * record's page of that year when it has one, else as an emptied year of the record does (`formerId` names the id).
 * Each timeline is read once, here: a redirect's props say how the record's page shows it (`whole`, `dated`).
 */
export function recordYearPaths(
  kind: 'countries' | 'people',
  records: Array<{ id: string }>,
  timelineOf: (id: string) => TimelineEntry[],
  published: readonly string[],
  redirects: readonly Redirect[] = [],
): Array<{ params: { id: string; year: string }; props: RecordYearProps }> {
  // The published year pages by the page they are under, once: not the whole list for every record.
  const underPage = Map.groupBy(published, (path) => yearPathParts(path)?.list);
  const timelines = new Map(
    records.map(({ id }) => {
      const entries = timelineOf(id);
      const years = recordYears(entries);
      return [id, { years: years ?? [], whole: !years, dated: entries.length > 0 }];
    }),
  );
  const own = records.flatMap(({ id }) => {
    const page = entityPath(kind, id);
    const { years, whole, dated } = timelines.get(id)!;
    return yearPaths(years, page, underPage.get(page) ?? []).map(({ params, props }) => ({
      params: { id, year: params.year },
      props: { ...props, id, formerId: undefined, whole, dated },
    }));
  });
  const moved = redirects
    .filter((r) => r.kind === kind && timelines.has(r.to))
    .flatMap(({ from, to }) => {
      const page = entityPath(kind, from);
      const { years, whole, dated } = timelines.get(to)!;
      const have = new Set(years.map((y) => y.year));
      return emptiedYears(page, [], underPage.get(page) ?? []).map((year) => ({
        params: { id: from, year },
        props: {
          year,
          list: entityPath(kind, to),
          entries: [],
          previous: undefined,
          next: undefined,
          emptied: !have.has(year),
          id: to,
          formerId: from,
          whole,
          dated,
        },
      }));
    });
  return [...own, ...moved];
}
