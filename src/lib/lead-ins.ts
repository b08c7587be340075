// Statements that quote the same speaker in a row, each opening with the same words before its quotation
// ("Tajikistan's Minister of Internal Affairs, Ramazon Rahimzoda, in an interview dated 2 February 2015: “…”"),
// read as those words once and the quotations under them. Each statement in the content keeps its whole text, so it
// stands alone wherever it is read on its own (the record's JSON, a search result); only the page groups them.
import type { Statement } from './schema';

/** A statement of a group: its quotation alone, and the citations the lead-in does not already give. */
export interface LedItem {
  /** Its place among the section's statements. */
  index: number;
  fact: Statement;
  quotation: string;
  cites: string[];
}

export type FactGroup =
  | { lead: { text: string; mentions: string[]; cites: string[] }; items: LedItem[] }
  | { lead?: undefined; fact: Statement; index: number };

/** Where a statement's lead-in ends: at the first colon before an opening quotation mark. */
const LEAD_END = ': “';

/** The words before a statement's quotation, with the colon, and the quotation; undefined when it is not of that form. */
export function splitLeadIn(text: string): { lead: string; quotation: string } | undefined {
  const at = text.indexOf(LEAD_END);
  if (at <= 0) return undefined;
  return { lead: text.slice(0, at + 1), quotation: text.slice(at + 2) };
}

/** Two or more statements in a row, none inferred, with the same lead-in, the same people named and a citation in common. */
export function groupByLeadIn(facts: readonly Statement[]): FactGroup[] {
  const groups: FactGroup[] = [];
  let i = 0;
  while (i < facts.length) {
    const first = facts[i]!;
    const split = first.inferred ? undefined : splitLeadIn(first.text);
    let end = i + 1;
    if (split) {
      while (end < facts.length && sameLead(first, facts[end]!, split.lead)) end++;
    }
    const run = facts.slice(i, end);
    const common = first.cites.filter((c) => run.every((f) => f.cites.includes(c)));
    if (split && run.length > 1 && common.length > 0) {
      groups.push({
        lead: { text: split.lead, mentions: first.mentions, cites: common },
        items: run.map((fact, k) => ({
          index: i + k,
          fact,
          quotation: splitLeadIn(fact.text)!.quotation,
          cites: fact.cites.filter((c) => !common.includes(c)),
        })),
      });
      i = end;
    } else {
      groups.push({ fact: first, index: i });
      i++;
    }
  }
  return groups;
}

const sameLead = (a: Statement, b: Statement, lead: string) =>
  !b.inferred &&
  splitLeadIn(b.text)?.lead === lead &&
  a.mentions.length === b.mentions.length &&
  a.mentions.every((m) => b.mentions.includes(m));
