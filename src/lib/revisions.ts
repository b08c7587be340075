// A record's revisions (schema.ts): their anchors on its page, and the log of every record's (/changes/ and its
// feed), newest first, gathered once per build.
import type { Corpus, Rec } from './graph';
import type { Revision } from './schema';
import { PAGE_KIND_LABEL, PAGE_KINDS, type PageKind } from './kinds';
import { inCodePointOrder } from './order';

/**
 * Each kind of revision: the word an entry begins with on the record's own page, before its day ("Added 29 November
 * 2026"); the verb it begins with in the log, before the record ("Added to the meeting …"); the feed's category; and
 * how a sentence names one ("an addition to the meeting …").
 */
export const REVISION_KIND = {
  correction: { onPage: 'Corrected', verb: 'Corrected', category: 'Correction', noun: 'a correction' },
  addition: { onPage: 'Added', verb: 'Added to', category: 'Addition', noun: 'an addition' },
} as const satisfies Record<Revision['kind'], { onPage: string; verb: string; category: string; noun: string }>;

/** The day the log begins: changes before it are recorded only in the project's version history. */
export const REVISION_LOG_START = '2026-11-29';

export interface LoggedRevision {
  revision: Revision;
  /** The record whose page changed, and the revision's anchor there. */
  page: { kind: PageKind; id: string; anchor: string };
}

/** Each revision's anchor on its record's page, "revision-2026-11-29-1": its day and its place among that day's. */
export function revisionAnchors(revisions: Revision[]): string[] {
  const seen = new Map<string, number>();
  return revisions.map((r) => {
    const n = (seen.get(r.date) ?? 0) + 1;
    seen.set(r.date, n);
    return `revision-${r.date}-${n}`;
  });
}

/** Every revision of every record, newest first; those of one day in the order of the kinds, then of the records. */
export function revisionLog(corpus: Corpus): LoggedRevision[] {
  const log = PAGE_KINDS.flatMap((kind) =>
    (corpus[kind] as Array<Rec<{ revisions: Revision[] }>>).flatMap((r) => {
      const anchors = revisionAnchors(r.data.revisions);
      return r.data.revisions.map((revision, i) => ({ revision, page: { kind, id: r.id, anchor: anchors[i]! } }));
    }),
  );
  return log.sort((a, b) => inCodePointOrder(b.revision.date, a.revision.date));
}

/** A day's revisions in runs of one record each: that day's of a record stand together (revisionLog's order). */
export function runsByRecord(day: readonly LoggedRevision[]): LoggedRevision[][] {
  const runs: LoggedRevision[][] = [];
  for (const entry of day) {
    const last = runs.at(-1)?.[0];
    if (last && last.page.kind === entry.page.kind && last.page.id === entry.page.id) runs.at(-1)!.push(entry);
    else runs.push([entry]);
  }
  return runs;
}

/** How a logged revision begins, before the record's title: "Corrected" "the meeting", "Added to" "the source". */
export const revisionLead = ({ revision, page }: LoggedRevision) => ({
  verb: REVISION_KIND[revision.kind].verb,
  record: `the ${PAGE_KIND_LABEL[page.kind].toLowerCase()}`,
});
