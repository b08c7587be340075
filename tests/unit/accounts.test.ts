// Whose account the record gives. A report that gives what was said or done as a ministry's website or a press
// service gave it (“According to the Tajik Interior Ministry's website”, “Nach Angaben des Pressedienstes des
// Präsidenten”) is one side's account, and a meeting, event or agreement drawing on that paragraph says so, in a note
// that quotes those words. An event or agreement known only from an interview is the interviewee's answer: the event's
// summary names them, and a note of the agreement does.
import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../src/lib/citations';
import { nameIn, namesOf, statementsIn } from '../../src/lib/mentions';
import { citedParagraph, quotes } from '../../src/lib/quotations';
import { entriesOf, validateTree } from '../../src/lib/validate';
import { contentTree } from '../helpers/tree';

const { entries, paragraphs } = validateTree(contentTree());

/** The words by which a paragraph gives what follows as a website's or a press service's. */
const ATTRIBUTION =
  /^(?:According to the [^,]*?(?:website|press service of the [^,]+)|(?:Nach Angaben|In einer Erklärung) des Pressedienstes des \p{L}+)/u;

/** The paragraphs a record cites for what it states, not those it cites for what it infers. */
function statedCites(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(statedCites);
  if (data === null || typeof data !== 'object') return [];
  const fact = data as { inferred?: unknown; cites?: unknown };
  if (fact.inferred === true) return [];
  return [...(Array.isArray(fact.cites) ? fact.cites : []), ...Object.values(data).flatMap(statedCites)];
}

/** The records a note may say whose account they give. */
const recordsWithNotes = () => [
  ...entriesOf(entries, 'meetings'),
  ...entriesOf(entries, 'events'),
  ...entriesOf(entries, 'agreements'),
];

describe('whose account', () => {
  it('a record drawing on a paragraph that gives one side’s account says whose, quoting its words', () => {
    const attributed = recordsWithNotes().flatMap((record) =>
      [...new Set(statedCites(record.data))].flatMap((cite) => {
        const words = ATTRIBUTION.exec(citedParagraph(paragraphs, cite) ?? '')?.[0];
        return words === undefined ? [] : [{ record, cite, words }];
      }),
    );
    // The record has such paragraphs (¶2 of the Beijing report, ¶6 and ¶14 of Gazeta.uz's, ¶3 of Kazinform's).
    expect(new Set(attributed.map((a) => a.cite)).size).toBeGreaterThanOrEqual(4);
    for (const { record, cite, words } of attributed) {
      const notes: Array<{ text: string; cites: string[] }> = record.data.notes;
      const saying = notes.filter((n) => n.cites.includes(cite) && quotes(n.text, words));
      expect(saying, `${record.file}: no note citing ${cite} says “${words}”`).not.toHaveLength(0);
    }
  });

  it('an event or agreement known only from an interview names the interviewee where it says what happened', () => {
    const interviews = new Map(
      entriesOf(entries, 'sources').flatMap((s) => (s.data.interviewee ? [[s.id, s.data.interviewee.person]] : [])),
    );
    const people = new Map(entriesOf(entries, 'people').map((p) => [p.id, p]));
    const fromInterviews = recordsWithNotes().flatMap((record) => {
      const sources = new Set(statedCites(record.data).map((c) => parseCitation(c).source));
      const [source] = sources;
      const interviewee = sources.size === 1 ? interviews.get(source!) : undefined;
      return interviewee === undefined ? [] : [{ record, person: people.get(interviewee)! }];
    });
    const kinds = new Set(fromInterviews.map((f) => f.record.collection));
    expect([...kinds].sort()).toEqual(['agreements', 'events']);
    for (const { record, person } of fromInterviews) {
      // The event's summary is what happened; an agreement has none, and a note says it.
      const where = statementsIn(record.data).filter((s) =>
        record.collection === 'events' ? s.field === 'summary' : s.field.startsWith('notes.'),
      );
      const naming = where.filter(
        (s) => nameIn(s.text, namesOf(person.data)) && s.cites.some((c) => person.data.named.includes(c)),
      );
      expect(
        naming,
        `${record.file}: no ${record.collection === 'events' ? 'summary' : 'note'} names ${person.data.name}`,
      ).not.toHaveLength(0);
    }
  });
});
