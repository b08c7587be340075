// The log of changes (/changes/): every record's revisions (schema.ts), newest first. A record's own page lists
// its revisions itself; the log gathers them, once per build.
import type { Corpus, Rec } from './graph';
import type { Revision } from './schema';
import { PAGE_KINDS, type PageKind } from './urls';

export interface LoggedRevision {
  revision: Revision;
  /** The record whose page changed. */
  page: { kind: PageKind; id: string };
}

/** Every revision of every record, newest first; those of one day in the order of the kinds, then of the records. */
export function revisionLog(corpus: Corpus): LoggedRevision[] {
  const log = PAGE_KINDS.flatMap((kind) =>
    (corpus[kind] as Array<Rec<{ revisions: Revision[] }>>).flatMap((r) =>
      r.data.revisions.map((revision) => ({ revision, page: { kind, id: r.id } })),
    ),
  );
  return log.sort((a, b) => b.revision.date.localeCompare(a.revision.date));
}
