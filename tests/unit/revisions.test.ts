// The log of corrections and additions (src/lib/revisions.ts), from the real content with revisions of other days
// added to it.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/graph';
import { revisionLog, runsByRecord } from '../../src/lib/revisions';
import type { Revision } from '../../src/lib/schema';
import { PAGE_KINDS } from '../../src/lib/kinds';
import { realCorpus } from '../helpers/corpus';

/** The real corpus, with one more revision on the first record of three kinds, each on a day of its own. */
function withMoreRevisions(): Corpus {
  const corpus = realCorpus();
  const add = (records: Array<{ data: { revisions: Revision[] } }>, date: string) =>
    records[0]!.data.revisions.push({ date, kind: 'addition', text: `Added on ${date}.` });
  add(corpus.people, '2027-03-01');
  add(corpus.events, '2025-01-15');
  add(corpus.sources, '2028-06-30');
  return corpus;
}

describe('the log of corrections and additions', () => {
  it('holds every revision of every record once, newest first', () => {
    const corpus = withMoreRevisions();
    const log = revisionLog(corpus);
    const expected = PAGE_KINDS.flatMap((kind) =>
      corpus[kind].flatMap((r) => r.data.revisions.map((rev) => `${kind}/${r.id} ${rev.date} ${rev.text}`)),
    );
    expect(log.map((l) => `${l.page.kind}/${l.page.id} ${l.revision.date} ${l.revision.text}`).sort()).toEqual(
      expected.sort(),
    );
    const days = log.map((l) => l.revision.date);
    expect(days[0]).toBe('2028-06-30');
    expect(days.at(-1)).toBe('2025-01-15');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('puts a record’s revisions of one day in one run, and each run’s record is another than the run before', () => {
    const corpus = withMoreRevisions();
    // Two more of one record on one day, so that a day holds a record with three.
    const person = corpus.people[0]!.data.revisions;
    person.push(
      { date: '2027-03-01', kind: 'correction', text: 'B.' },
      { date: '2027-03-01', kind: 'addition', text: 'C.' },
    );
    for (const [day, logged] of Map.groupBy(revisionLog(corpus), (l) => l.revision.date)) {
      const runs = runsByRecord(logged);
      expect(runs.flat(), day).toEqual(logged);
      const records = runs.map((run) => `${run[0]!.page.kind}/${run[0]!.page.id}`);
      expect(new Set(records).size, day).toBe(records.length);
      for (const run of runs) expect(new Set(run.map((l) => `${l.page.kind}/${l.page.id}`)).size, day).toBe(1);
    }
    const three = runsByRecord(revisionLog(corpus).filter((l) => l.revision.date === '2027-03-01'));
    expect(three.map((run) => run.length)).toEqual([3]);
  });
});
