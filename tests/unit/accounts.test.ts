// Whose account the record gives. A report that gives what was said or done as a ministry's website or a press
// service gave it (“According to the Tajik Interior Ministry's website”, “Nach Angaben des Pressedienstes des
// Präsidenten”) is one side's account, and a meeting's page drawing on that paragraph says so, in a note that quotes
// those words; an event known only from an interview is the interviewee's answer, and its summary names them.
import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../src/lib/citations';
import { nameIn, namesOf, statementsIn } from '../../src/lib/mentions';
import { citedParagraph, quotes } from '../../src/lib/quotations';
import { entriesOf, validateTree } from '../../src/lib/validate';
import { contentTree } from '../helpers/tree';

const { entries, paragraphs } = validateTree(contentTree());

/** The words by which a paragraph gives what follows as a website's or a press service's. */
const ATTRIBUTION =
  /^(?:According to the [^,]*?(?:website|press service of the [^,]+)|Nach Angaben des Pressedienstes des \p{L}+)/u;

/** The paragraphs a record cites for what it states, not those it cites for what it infers. */
function statedCites(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(statedCites);
  if (data === null || typeof data !== 'object') return [];
  const fact = data as { inferred?: unknown; cites?: unknown };
  if (fact.inferred === true) return [];
  return [...(Array.isArray(fact.cites) ? fact.cites : []), ...Object.values(data).flatMap(statedCites)];
}

describe('whose account', () => {
  it('a meeting drawing on a paragraph that gives one side’s account says whose, quoting its words', () => {
    const attributed = entriesOf(entries, 'meetings').flatMap((meeting) =>
      [...new Set(statedCites(meeting.data))].flatMap((cite) => {
        const words = ATTRIBUTION.exec(citedParagraph(paragraphs, cite) ?? '')?.[0];
        return words === undefined ? [] : [{ meeting, cite, words }];
      }),
    );
    // The record has such paragraphs (¶2 of the Beijing report, ¶6 of Gazeta.uz's, ¶3 of Kazinform's).
    expect(attributed.length).toBeGreaterThanOrEqual(3);
    for (const { meeting, cite, words } of attributed) {
      const saying = meeting.data.notes.filter((n) => n.cites.includes(cite) && quotes(n.text, words));
      expect(saying, `${meeting.file}: no note citing ${cite} says “${words}”`).not.toHaveLength(0);
    }
  });

  it('an event known only from an interview names the interviewee, citing a paragraph that names them', () => {
    const interviews = new Map(
      entriesOf(entries, 'sources').flatMap((s) => (s.data.interviewee ? [[s.id, s.data.interviewee.person]] : [])),
    );
    const people = new Map(entriesOf(entries, 'people').map((p) => [p.id, p]));
    const fromInterviews = entriesOf(entries, 'events').filter((e) =>
      e.data.summary.cites.every((c) => interviews.has(parseCitation(c).source)),
    );
    expect(fromInterviews.length).toBeGreaterThan(0);
    for (const event of fromInterviews) {
      const { text, cites } = statementsIn(event.data).find((s) => s.field === 'summary')!;
      const person = people.get(interviews.get(parseCitation(cites[0]!).source)!)!;
      expect(nameIn(text, namesOf(person.data)), `${event.file}: summary`).toBeTruthy();
      expect(cites.some((c) => person.data.named.includes(c))).toBe(true);
    }
  });
});
