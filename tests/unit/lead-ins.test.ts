import { describe, expect, it } from 'vitest';
import { groupByLeadIn, splitLeadIn } from '../../src/lib/lead-ins';
import type { Statement } from '../../src/lib/schema';

const LEAD = 'The minister, in an interview dated 2 February 2015:';
const said = (quote: string, cites: string[], more: Partial<Statement> = {}): Statement =>
  ({ text: `${LEAD} “${quote}”`, inferred: false, mentions: ['minister'], cites, ...more }) as Statement;

describe('statements that share a lead-in', () => {
  it('splits a statement at the colon before its quotation, and leaves one without a quotation whole', () => {
    expect(splitLeadIn(`${LEAD} “We met.”`)).toEqual({ lead: LEAD, quotation: '“We met.”' });
    expect(splitLeadIn('The ministry was founded in 1992: a fact.')).toBeUndefined();
  });

  it('groups a run of two or more under the lead-in once, the citations they share on it and each its own', () => {
    const facts = [
      said('One.', ['s#p4', 's#p5', 's#p6']),
      said('Two.', ['s#p4', 's#p5', 's#p9']),
      { text: 'Something else.', inferred: false, mentions: [], cites: ['s#p2'] } as unknown as Statement,
    ];
    const groups = groupByLeadIn(facts);
    expect(groups).toHaveLength(2);
    const [run, alone] = groups;
    expect(run!.lead).toEqual({ text: LEAD, mentions: ['minister'], cites: ['s#p4', 's#p5'] });
    expect(run!.lead && run!.items.map((i) => [i.index, i.quotation, i.cites])).toEqual([
      [0, '“One.”', ['s#p6']],
      [1, '“Two.”', ['s#p9']],
    ]);
    expect(alone).toEqual({ fact: facts[2], index: 2 });
  });

  it('does not group a single statement, an inferred one, one naming other people, or a run citing nothing in common', () => {
    const single = [said('One.', ['s#p4'])];
    const inferred = [said('One.', ['s#p4']), said('Two.', ['s#p4'], { inferred: true, basis: 'b' })];
    const others = [said('One.', ['s#p4']), said('Two.', ['s#p4'], { mentions: ['someone-else'] })];
    const apart = [said('One.', ['s#p4']), said('Two.', ['s#p5'])];
    for (const facts of [single, inferred, others, apart])
      expect(groupByLeadIn(facts).every((g) => g.lead === undefined)).toBe(true);
  });
});
