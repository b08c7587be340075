import type { Graph } from './graph';
import type { PageKind } from './urls';

/** Static paths of one kind of page: each record's own, and a redirect at each old or alternative id. */
export function entityPaths<R extends { id: string }>(graph: Graph, kind: PageKind, records: R[]) {
  return [
    ...records.map((record) => ({ params: { id: record.id }, props: { record, redirectTo: undefined } })),
    ...graph.redirects
      .filter((r) => r.kind === kind)
      .map((r) => ({ params: { id: r.from }, props: { record: undefined, redirectTo: r.to } })),
  ];
}
