// Who met whom, from the real content and from small hand-made corpora. The
// expected edges are worked out here from the meetings' participant lists,
// independently of src/lib/network.ts.
import { describe, expect, it } from 'vitest';
import type { Rec } from '../../src/lib/graph';
import { buildNetwork, edgesFor, layoutNetwork, splitName, type Network } from '../../src/lib/network';
import type { Meeting, Person } from '../../src/lib/schema';
import { realCorpus } from '../helpers/corpus';

const corpus = realCorpus();
const network = buildNetwork({ people: corpus.people, meetings: corpus.meetings });

/** "a|b" (a < b) → the ids of the meetings both attended. */
function expectedPairs(meetings: Rec<Meeting>[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  for (const m of meetings) {
    const ids = m.data.participants.map((p) => p.person);
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b) continue;
        const k = `${a}|${b}`;
        pairs.set(k, [...(pairs.get(k) ?? []), m.id]);
      }
    }
  }
  return pairs;
}
const pairs = expectedPairs(corpus.meetings);
const asPairs = (n: Network) => new Map(n.edges.map((e) => [`${e.from}|${e.to}`, e.meetings]));
const induced = (ids: Set<string>) => new Map([...pairs].filter(([k]) => k.split('|').every((id) => ids.has(id))));

describe('the whole network', () => {
  it('has an edge for every pair of participants of every meeting, listing exactly the meetings they shared', () => {
    expect(pairs.size).toBeGreaterThan(5);
    expect(asPairs(network.all())).toEqual(pairs);
  });

  it('draws everyone who met someone, each with their country, and names the rest as unconnected', () => {
    const connected = new Set([...pairs.keys()].flatMap((k) => k.split('|')));
    const all = network.all();
    expect(new Set(all.nodes.map((n) => n.id))).toEqual(connected);
    for (const n of all.nodes) expect(n.country).toBe(corpus.people.find((p) => p.id === n.id)?.data.country);
    const rest = corpus.people
      .filter((p) => !connected.has(p.id))
      .map((p) => p.id)
      .sort();
    expect(rest.length).toBeGreaterThan(0);
    expect(
      network
        .unconnected()
        .map((n) => n.id)
        .sort(),
    ).toEqual(rest);
    expect(all.omitted).toBe(0);
  });
});

describe('neighbourhoods', () => {
  it('of a person: them, everyone they met, and every edge among those people', () => {
    for (const person of corpus.people) {
      const met = new Set([...pairs.keys()].flatMap((k) => (k.split('|').includes(person.id) ? k.split('|') : [])));
      const n = network.person(person.id);
      expect(new Set(n.nodes.map((x) => x.id)), person.id).toEqual(met);
      expect(asPairs(n), person.id).toEqual(induced(met));
    }
  });

  it('give each person the people met and where', () => {
    const n = network.person('guo-shengkun');
    const ids = n.nodes
      .map((x) => x.id)
      .filter((id) => id !== 'guo-shengkun')
      .sort();
    expect(ids).toEqual(['alexander-lukashenko', 'cao-jianming', 'ramazon-rahimzoda']);
    const withRahimzoda = n.edges.find((e) => [e.from, e.to].sort().join() === 'guo-shengkun,ramazon-rahimzoda');
    expect(withRahimzoda?.meetings).toEqual(['2017-09-beijing-rahimzoda-guo']);
  });

  it('of a country: its people, everyone they met, and every edge among them', () => {
    for (const country of corpus.countries) {
      const own = corpus.people.filter((p) => p.data.country === country.id).map((p) => p.id);
      const ids = new Set(
        [...pairs.keys()].flatMap((k) => (k.split('|').some((id) => own.includes(id)) ? k.split('|') : [])),
      );
      const n = network.country(country.id, own);
      expect(new Set(n.nodes.map((x) => x.id)), country.id).toEqual(ids);
      expect(asPairs(n), country.id).toEqual(induced(ids));
    }
  });

  it('put the focus person first in every row that names them', () => {
    const rows = edgesFor(network.person('guo-shengkun'), 'guo-shengkun');
    const first = rows.filter((r) => r.a === 'guo-shengkun');
    expect(first.length).toBe([...pairs.keys()].filter((k) => k.split('|').includes('guo-shengkun')).length);
    expect(rows.slice(0, first.length)).toEqual(first);
    expect(rows.every((r) => r.b !== 'guo-shengkun')).toBe(true);
  });
});

describe('at scale', () => {
  // 60 people in a ring of two-person meetings, plus one hub who meets everyone.
  const people: Rec<Person>[] = Array.from({ length: 61 }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    data: {
      name: `Person ${i}`,
      country: `c${i % 7}`,
      aliases: [],
      spellings: [{ text: `Person ${i}`, cites: ['s#p1'] }],
      roles: [{ title: 'Minister', cites: ['s#p1'] }],
    },
  }));
  const meeting = (id: string, ids: string[]): Rec<Meeting> => ({
    id,
    data: {
      title: id,
      date: { value: '2020', inferred: false, cites: ['s#p1'] },
      place: { place: 'x', inferred: false, cites: ['s#p1'] },
      participants: ids.map((person) => ({ person, role: 'Minister', cites: ['s#p1'] })),
      topics: [],
      outcomes: [],
      notes: [],
      formerIds: [],
    },
  });
  const meetings = [
    ...people.slice(1).map((p, i) => meeting(`ring-${i}`, [p.id, people[1 + ((i + 1) % 60)]!.id])),
    ...people.slice(1).map((p) => meeting(`hub-${p.id}`, ['p00', p.id])),
    meeting('hub-again', ['p00', 'p01']),
  ];
  const big = buildNetwork({ people, meetings }, 12);

  it('draws at most the cap, keeping the busiest people and saying how many are left out', () => {
    const all = big.all();
    expect(all.nodes.length).toBe(12);
    expect(all.omitted).toBe(61 - 12);
    expect(all.nodes.map((n) => n.id)).toContain('p00');
    expect(all.nodes.map((n) => n.id)).toContain('p01');
    const ids = new Set(all.nodes.map((n) => n.id));
    expect(all.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
  });

  it('always keeps the person a neighbourhood is drawn around', () => {
    const n = big.person('p30');
    expect(n.nodes.map((x) => x.id)).toContain('p30');
    expect(n.nodes.length).toBe(4);
    const hub = big.person('p00');
    expect(hub.nodes.length).toBe(12);
    expect(hub.nodes.map((x) => x.id)).toContain('p00');
  });

  it('counts every meeting of a pair that met more than once', () => {
    expect(big.all().edges.find((e) => e.from === 'p00' && e.to === 'p01')?.meetings).toEqual(['hub-p01', 'hub-again']);
  });

  it('lays out a large graph with radial labels inside the view box', () => {
    const layout = layoutNetwork(buildNetwork({ people, meetings }, 40).all());
    expect(layout.nodes.length).toBe(40);
    expect(layout.nodes.some((n) => n.rotate !== 0)).toBe(true);
    const [x, y, w, h] = layout.viewBox.split(' ').map(Number) as [number, number, number, number];
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThan(x);
      expect(n.x).toBeLessThan(x + w);
      expect(n.y).toBeGreaterThan(y);
      expect(n.y).toBeLessThan(y + h);
    }
  });
});

describe('layout', () => {
  const countryName = (id: string) => corpus.countries.find((c) => c.id === id)?.data.name ?? id;

  it('is deterministic, keeps every node and label inside the view box, and draws every edge between its nodes', () => {
    const all = network.all();
    const a = layoutNetwork(all, { countryName });
    expect(layoutNetwork(all, { countryName })).toEqual(a);
    const [x, y, w, h] = a.viewBox.split(' ').map(Number) as [number, number, number, number];
    for (const n of a.nodes) {
      for (const [px, py] of [
        [n.x, n.y],
        [n.labelX, n.labelY],
      ] as const) {
        expect(px).toBeGreaterThanOrEqual(x);
        expect(px).toBeLessThanOrEqual(x + w);
        expect(py).toBeGreaterThanOrEqual(y);
        expect(py).toBeLessThanOrEqual(y + h);
      }
      expect(n.lines.at(-1)).toBe(countryName(n.country));
    }
    const at = new Map(a.nodes.map((n) => [n.id, n]));
    expect(a.edges.length).toBe(all.edges.length);
    for (const e of a.edges) {
      expect(e.d.startsWith(`M${at.get(e.from)!.x} ${at.get(e.from)!.y}Q`)).toBe(true);
      expect(e.d.endsWith(` ${at.get(e.to)!.x} ${at.get(e.to)!.y}`)).toBe(true);
    }
  });

  it('groups people by country around the circle and puts a neighbourhood’s focus at the centre', () => {
    const a = layoutNetwork(network.all(), { countryName });
    const order = a.nodes.map((n) => countryName(n.country));
    expect(order).toEqual([...order].sort((p, q) => p.localeCompare(q)));
    const ego = layoutNetwork(network.person('guo-shengkun'), { centre: 'guo-shengkun', countryName });
    const centre = ego.nodes.filter((n) => n.centre);
    expect(centre.map((n) => [n.id, n.x, n.y])).toEqual([['guo-shengkun', 0, 0]]);
  });

  it('breaks long names near the middle', () => {
    expect(splitName('Alexander Lukashenko')).toEqual(['Alexander', 'Lukashenko']);
    expect(splitName('Guo Shengkun')).toEqual(['Guo Shengkun']);
    expect(splitName('Ramazon Hamro Rahimzoda')).toEqual(['Ramazon Hamro', 'Rahimzoda']);
  });
});
