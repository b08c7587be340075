// Who met whom, from the real content and from small hand-made corpora. The
// expected edges are worked out here from the meetings' participant lists,
// independently of src/lib/network.ts.
import { describe, expect, it } from 'vitest';
import type { Rec } from '../../src/lib/graph';
import {
  buildNetwork,
  edgesFor,
  MAX_NODES,
  networkCaption,
  networkDescription,
  rowsByMeetings,
  type Network,
  type NetworkRow,
} from '../../src/lib/network';
import {
  layoutNetwork,
  layoutNetworkNarrow,
  NARROW_WIDTH,
  splitName,
  type NetworkLayout,
} from '../../src/lib/network-layout';
import type { Meeting, Person } from '../../src/lib/schema';
import { inEnglishOrder } from '../../src/lib/order';
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
      const n = network.country(own);
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

/** Made-up people p00, p01, … in `countries` countries, c0, c1, … in turn. */
const madeUpPeople = (count: number, countries: number): Rec<Person>[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    data: {
      name: `Person ${i}`,
      country: `c${i % countries}`,
      aliases: [],
      spellings: [{ text: `Person ${i}`, cites: ['s#p1'] }],
      roles: [{ title: 'Minister', cites: ['s#p1'] }],
      named: ['s#p1'],
      revisions: [],
    },
  }));
const meeting = (id: string, ids: string[]): Rec<Meeting> => ({
  id,
  data: {
    title: id,
    date: { value: '2020', onOrBefore: false, inferred: false, cites: ['s#p1'] },
    place: { place: 'x', inferred: false, cites: ['s#p1'] },
    participants: ids.map((person) => ({ person, role: 'Minister', cites: ['s#p1'] })),
    topics: [],
    outcomes: [],
    notes: [],
    formerIds: [],
    revisions: [],
  },
});
/** The network of `people` who all met, at one meeting. */
const allAtOneMeeting = (people: Rec<Person>[]) =>
  buildNetwork({
    people,
    meetings: [
      meeting(
        'all',
        people.map((p) => p.id),
      ),
    ],
  });
describe('the table’s groups', () => {
  // p0 met p1 and p2 at m1, p3 at m2, and p1 again at m3: the pair p0–p1 has meetings of its own, [m1, m3].
  const people = madeUpPeople(4, 2);
  const meetings = [meeting('m1', ['p00', 'p01', 'p02']), meeting('m2', ['p00', 'p03']), meeting('m3', ['p00', 'p01'])];
  const net = buildNetwork({ people, meetings }).all();
  const position = (id: string) => meetings.findIndex((m) => m.id === id);
  const pairsOf = (rows: NetworkRow[]) => rows.map((r) => `${r.a}|${r.b}`);

  it('head the pairs who met at the same meetings once, in the meetings’ date order', () => {
    const groups = rowsByMeetings(net, position);
    expect(groups.map((g) => g.meetings)).toEqual([['m1'], ['m1', 'm3'], ['m2']]);
    expect(groups.map((g) => pairsOf(g.rows))).toEqual([['p00|p02', 'p01|p02'], ['p00|p01'], ['p00|p03']]);
    // Every pair once, under exactly the meetings the pair attended.
    const heading = new Map(groups.flatMap((g) => g.rows.map((r) => [[r.a, r.b].sort().join('|'), g.meetings])));
    expect(heading).toEqual(expectedPairs(meetings));
  });

  it('follow the meetings’ order, not the order the network lists them in', () => {
    const reversed = (id: string) => -position(id);
    expect(rowsByMeetings(net, reversed).map((g) => g.meetings)).toEqual([['m2'], ['m1'], ['m1', 'm3']]);
  });

  it('put the focus person first in a group, and the groups of their own pairs first', () => {
    const [m1] = rowsByMeetings(net, position, 'p02');
    expect(pairsOf(m1!.rows)).toEqual(['p02|p00', 'p02|p01']);
    // p03 met only p00, at m2: that group comes before the earlier meetings p03 did not attend.
    const groups = rowsByMeetings(net, position, 'p03');
    expect(groups.map((g) => g.meetings)).toEqual([['m2'], ['m1'], ['m1', 'm3']]);
    expect(pairsOf(groups[0]!.rows)).toEqual(['p03|p00']);
  });
});

/** A network a test lays out, named for its messages, with the person it centres on, if any. */
interface NamedNetwork {
  name: string;
  network: Network;
  centre?: string;
}
/** Every network the real record draws: the whole record's (home), each person's and each country's. */
const realNetworks = (): NamedNetwork[] => [
  { name: 'home', network: network.all() },
  ...corpus.people.map((p) => ({ name: p.id, network: network.person(p.id), centre: p.id })),
  ...corpus.countries.map((c) => {
    const own = corpus.people.filter((p) => p.data.country === c.id).map((p) => p.id);
    return { name: c.id, network: network.country(own) };
  }),
];

describe('at scale', () => {
  // 60 people in a ring of two-person meetings, plus one hub who meets everyone.
  const people = madeUpPeople(61, 7);
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

  it('says, in its caption, when a line may be a meeting the page’s own people did not attend', () => {
    let withOthers = 0;
    let without = 0;
    for (const p of corpus.people) {
      const drawn = network.person(p.id);
      if (drawn.nodes.length === 0) continue;
      const others = [...induced(new Set(drawn.nodes.map((n) => n.id))).keys()].some(
        (k) => !k.split('|').includes(p.id),
      );
      const caption = networkCaption(drawn, {
        whom: `${p.data.name} and everyone they met`,
        first: p.data.name,
        own: [p.id],
      });
      expect(caption.includes(`whether or not ${p.data.name} attended it too`), p.id).toBe(others);
      if (others) withOthers++;
      else without++;
    }
    expect(withOthers).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });

  it('says, in its caption, who is drawn and how many people the cap leaves out', () => {
    const scope = { whom: 'p00 and everyone p00 met', first: 'p00', own: ['p00'] };
    const capped = networkCaption(big.person('p00'), scope);
    // p00 met all 60 others: 12 are drawn, 61 - 12 are not.
    expect(capped).toContain(
      'Drawn: p00 and everyone p00 met, 12 of them (p00 first, then those with the most meetings);',
    );
    expect(capped).toContain(`${61 - 12} more are on the people index.`);
    expect(capped).not.toContain('Only the');
    // A neighbourhood under the cap is drawn whole, and the caption says nothing of a cap.
    const small = networkCaption(big.person('p30'), { whom: 'p30 and everyone p30 met', first: 'p30', own: ['p30'] });
    expect(small.startsWith('Drawn: p30 and everyone p30 met. Each line joins')).toBe(true);
    expect(small).not.toMatch(/more (is|are) on the people index/);
    // The whole record's drawing has no scope to state, only its cap.
    const all = networkCaption(big.all());
    expect(all.startsWith('Each line joins')).toBe(true);
    expect(all).toContain(
      `Only the 12 people with the most meetings are drawn; ${61 - 12} more are on the people index.`,
    );
  });

  it('tells a screen reader who is drawn, by country in alphabetical order, how many pairs, and how many are left out', () => {
    const countryName = (id: string) => `Country ${id}`;
    const all = big.all();
    const text = networkDescription(all, 'around a circle', countryName);
    expect(text.startsWith(`${all.nodes.length} people, around a circle: Country `)).toBe(true);
    // Every person drawn is named once, under their country; the countries in order.
    const groups = text
      .slice(text.indexOf(': ') + 2, text.indexOf('. A line'))
      .split('; ')
      .map((g) => g.split(': ') as [string, string]);
    expect(groups.map(([c]) => c)).toEqual([...new Set(all.nodes.map((n) => countryName(n.country)))].sort());
    expect(groups.flatMap(([, names]) => names.split(', ')).sort()).toEqual(all.nodes.map((n) => n.name).sort());
    expect(text).toContain(`; ${all.edges.length} pairs in all, listed in the table that follows.`);
    expect(all.omitted).toBeGreaterThan(0);
    expect(text.endsWith(` ${all.omitted} further people are not drawn.`)).toBe(true);
    const small = big.person('p30');
    expect(small.omitted).toBe(0);
    expect(networkDescription(small, 'in a column', countryName)).toMatch(/listed in the table that follows\.$/);
  });

  it('counts one pair and one person left out in the singular', () => {
    const node = (id: string) => ({ id, name: `Person ${id}`, country: 'c' });
    const one: Network = {
      nodes: [node('a'), node('b')],
      edges: [{ from: 'a', to: 'b', meetings: ['m'] }],
      omitted: 1,
    };
    const text = networkDescription(one, 'in a column', () => 'Country c');
    expect(text).toContain('; 1 pair in all, listed');
    expect(text.endsWith(' 1 further person is not drawn.')).toBe(true);
  });

  it('says a thicker line is more meetings only when some pair met more than once', () => {
    // p00 and p01 met twice (hub-p01 and hub-again); p30's neighbourhood has no pair that met twice.
    expect(networkCaption(big.all())).toContain('a thicker line, more meetings together');
    expect(networkCaption(big.person('p30'))).not.toContain('thicker');
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
    expect(order).toEqual([...order].sort(inEnglishOrder));
    const ego = layoutNetwork(network.person('guo-shengkun'), { centre: 'guo-shengkun', countryName });
    const centre = ego.nodes.filter((n) => n.centre);
    expect(centre.map((n) => [n.id, n.x, n.y])).toEqual([['guo-shengkun', 0, 0]]);
  });

  it('for a phone, sets everyone in one column under their country’s name, a neighbourhood’s focus first', () => {
    const atCap = allAtOneMeeting(madeUpPeople(MAX_NODES, 4));
    const drawn: NamedNetwork[] = [
      ...realNetworks(),
      { name: 'at the cap', network: atCap.all() },
      { name: 'at the cap, around p01', network: atCap.person('p01'), centre: 'p01' },
    ].filter((d) => d.network.nodes.length > 0);
    expect(drawn.length).toBeGreaterThan(5);
    for (const { name, network: n, centre } of drawn) {
      const a = layoutNetworkNarrow(n, { centre, countryName });
      expect(a.nodes.length, name).toBe(n.nodes.length);
      expect(new Set(a.nodes.map((p) => p.x)).size, name).toBe(1);
      if (centre) expect(a.nodes[0]!.id, name).toBe(centre);
      a.nodes.forEach((p, i) => {
        expect(p.lines, name).toEqual([p.name]);
        // Under the nearest heading above it, which names its country, and clear of it and of the name above.
        const heading = a.headings.filter((h) => h.y < p.labelY).at(-1);
        expect(heading?.text, `${name}: ${p.id}`).toBe(countryName(p.country));
        expect(p.labelY - a.fontSize, `${name}: ${p.id}`).toBeGreaterThanOrEqual(heading!.y);
        if (i > 0) expect(p.labelY - a.nodes[i - 1]!.labelY, name).toBeGreaterThanOrEqual(a.fontSize * 1.2);
      });
      // Drawn at its own size on the narrowest phone: no wider than its column.
      expect(Number(a.viewBox.split(' ')[2]), name).toBeLessThanOrEqual(NARROW_WIDTH);
    }
  });

  it('sets the circle’s labels clear of each other, at every size up to the cap and in the real record', () => {
    // Names like the synthetic record's (a given name and a long surname, set on two lines), in countries with
    // names of a real length: labels of three lines, the tallest the circle sets.
    const given = ['Arman', 'Bakhyt', 'Daniyar', 'Gulnara', 'Li', 'Jamshid', 'Farrukh'];
    const named = (count: number, countries: number) =>
      madeUpPeople(count, countries).map((p, i) => ({
        ...p,
        data: { ...p.data, name: `${given[i % given.length]} Nurzhashanbek${i}` },
      }));
    const countryNames = ['Kyrgyzstan', 'China', 'Afghanistan', 'Tajikistan', 'Bangladesh', 'Uzbekistan'];
    const longCountry = (id: string) => countryNames[Number(id.slice(1))] ?? id;
    const found: string[] = [];
    for (let count = 2; count <= MAX_NODES; count++) {
      for (const countries of [1, 3, 6]) {
        const met = allAtOneMeeting(named(count, countries));
        for (const centre of [undefined, 'p00']) {
          const n = centre ? met.person(centre) : met.all();
          const layout = layoutNetwork(n, { centre, countryName: longCountry });
          const where = `${count} people in ${countries} countries${centre ? ', around p00' : ''}`;
          found.push(...labelOverlaps(layout).map((o) => `${where}: ${o}`));
          // Up to 16 people, in up to 6 countries, the ring has room for each label to name the country too.
          if (count <= 16)
            found.push(
              ...layout.nodes
                .filter((p) => p.lines.at(-1) !== longCountry(p.country))
                .map((p) => `${where}: ${p.name} without a country`),
            );
        }
      }
    }
    for (const { name, network: n, centre } of realNetworks())
      found.push(...labelOverlaps(layoutNetwork(n, { centre, countryName })).map((o) => `${name}: ${o}`));
    expect(found).toEqual([]);
  });

  it('gives a network in which nobody met anybody a finite, empty box, in the circle and for a phone', () => {
    const empty: Network = { nodes: [], edges: [], omitted: 0 };
    for (const layout of [layoutNetwork(empty), layoutNetworkNarrow(empty)]) {
      const box = [...layout.viewBox.split(' ').map(Number), layout.width, layout.height];
      expect(box.every(Number.isFinite), layout.viewBox).toBe(true);
      expect(layout.width).toBeGreaterThan(0);
      expect(layout.nodes).toEqual([]);
      expect(layout.edges).toEqual([]);
    }
  });

  it('breaks long names near the middle', () => {
    expect(splitName('Alexander Lukashenko')).toEqual(['Alexander', 'Lukashenko']);
    expect(splitName('Guo Shengkun')).toEqual(['Guo Shengkun']);
    expect(splitName('Ramazon Hamro Rahimzoda')).toEqual(['Ramazon Hamro', 'Rahimzoda']);
  });
});

/** Points along an edge's path ("M x y Q cx cy x y"), a pixel or so apart. */
function pathPoints(d: string): Array<[number, number]> {
  const m = /^M(\S+) (\S+)Q(\S+) (\S+) (\S+) (\S+)$/.exec(d);
  expect(m, d).not.toBeNull();
  const [x0, y0, cx, cy, x1, y1] = m!.slice(1).map(Number) as [number, number, number, number, number, number];
  return Array.from({ length: 301 }, (_, i) => {
    const t = i / 300;
    const [u, v, w] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
    return [u * x0 + v * cx + w * x1, u * y0 + v * cy + w * y1];
  });
}
/** How near a path, as points along it, comes to a point. */
const nearest = (path: Array<[number, number]>, x: number, y: number) =>
  Math.min(...path.map(([px, py]) => Math.hypot(px - x, py - y)));

/** Every edge that comes within a node's circle (plus half the edge's width) of a node it does not join. */
function edgesOverNodes(layout: NetworkLayout): string[] {
  const over: string[] = [];
  for (const e of layout.edges) {
    const path = pathPoints(e.d);
    for (const n of layout.nodes) {
      if (n.id === e.from || n.id === e.to) continue;
      const gap = nearest(path, n.x, n.y) - n.r - e.width / 2;
      if (gap < 0) over.push(`${e.from}–${e.to} over ${n.id} (${gap.toFixed(1)})`);
    }
  }
  return over;
}

/**
 * The corners of the box each label of a layout takes, turned with the label: its lines 1.2 em apart (the country's,
 * last, at 0.85 em, as site.css sets it), from the first line's ascent to the last's descent (a sans-serif face's,
 * about 0.93 and 0.24 em), each character 0.6 em wide on average (DejaVu Sans, one of the widest faces).
 */
function labelCorners(layout: NetworkLayout, n: NetworkLayout['nodes'][number]): Array<[number, number]> {
  const size = (i: number) => (n.lines.length > 1 && i === n.lines.length - 1 ? 0.85 : 1) * layout.fontSize;
  const width = Math.max(...n.lines.map((l, i) => l.length * size(i) * 0.6));
  const last = n.lines.slice(1).reduce((y, _, i) => y + 1.2 * size(i + 1), n.labelY);
  const left = n.anchor === 'start' ? n.labelX : n.anchor === 'end' ? n.labelX - width : n.labelX - width / 2;
  const [top, bottom] = [n.labelY - 0.93 * layout.fontSize, last + 0.24 * size(n.lines.length - 1)];
  const turn = (n.rotate * Math.PI) / 180;
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  return (
    [
      [left, top],
      [left + width, top],
      [left + width, bottom],
      [left, bottom],
    ] as const
  ).map(([x, y]): [number, number] => [
    n.labelX + (x - n.labelX) * cos - (y - n.labelY) * sin,
    n.labelY + (x - n.labelX) * sin + (y - n.labelY) * cos,
  ]);
}

/** "a / b" for every two labels of a layout whose boxes overlap (two convex shapes overlap unless some edge's normal separates them). */
function labelOverlaps(layout: NetworkLayout): string[] {
  const boxes = layout.nodes.map((n) => ({ name: n.name, corners: labelCorners(layout, n) }));
  const separated = (p: Array<[number, number]>, q: Array<[number, number]>) =>
    [p, q].some((shape) =>
      shape.some(([x0, y0], i) => {
        const [x1, y1] = shape[(i + 1) % shape.length]!;
        const axis = [y0 - y1, x1 - x0] as const;
        const project = (s: Array<[number, number]>) => s.map(([x, y]) => x * axis[0] + y * axis[1]);
        const [a, b] = [project(p), project(q)];
        return Math.max(...a) <= Math.min(...b) || Math.max(...b) <= Math.min(...a);
      }),
    );
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => !separated(a.corners, b.corners))
      .map((b) => `${a.name} / ${b.name}`),
  );
}

describe('edges', () => {
  const countryName = (id: string) => corpus.countries.find((c) => c.id === id)?.data.name ?? id;
  /** `count` made-up people in `countries` countries, all at one meeting. */
  const allMet = (count: number, countries: number) => allAtOneMeeting(madeUpPeople(count, countries));
  /** Every graph of the real record, and graphs of made-up people who all met, up to the cap, in both layouts. */
  const layouts = () =>
    graphs().flatMap(({ name, network: n, centre }) => [
      { name, layout: layoutNetwork(n, { centre, countryName }) },
      { name: `${name}, narrow`, layout: layoutNetworkNarrow(n, { centre, countryName }) },
    ]);
  const graphs = (): NamedNetwork[] => [
    ...realNetworks(),
    ...[3, 4, 9, MAX_NODES].flatMap((count) => [
      { name: `${count} who all met`, network: allMet(count, 4).all() },
      { name: `${count} around p01`, network: allMet(count, 4).person('p01'), centre: 'p01' },
    ]),
  ];

  it('between two people the focus met, who met each other, pass well clear of the focus at the centre', () => {
    // Everyone at one meeting: with an even number of people around the centre, some sit
    // opposite each other, and a straight line between them would run along the centre's own lines.
    for (const count of [3, 4, 5, 6, 9, 14]) {
      for (const countries of [1, 2, 3]) {
        const layout = layoutNetwork(allMet(count, countries).person('p00'), { centre: 'p00' });
        const centre = layout.nodes.find((n) => n.centre)!;
        const between = layout.edges.filter((e) => e.from !== 'p00' && e.to !== 'p00');
        expect(between.length).toBe(((count - 1) * (count - 2)) / 2);
        for (const e of between) {
          const where = `${count} people in ${countries} countries: ${e.from}–${e.to}`;
          expect(nearest(pathPoints(e.d), centre.x, centre.y), where).toBeGreaterThanOrEqual(2 * centre.r);
        }
      }
    }
  });

  it('pass over no one they do not join: on the home page, every person’s and country’s, and at the cap', () => {
    for (const { name, layout } of layouts()) expect(edgesOverNodes(layout), name).toEqual([]);
  });

  it('of a neighbourhood are laid out the same each time', () => {
    const ego = () => layoutNetwork(allMet(MAX_NODES, 4).person('p01'), { centre: 'p01' });
    expect(ego()).toEqual(ego());
  });

  it('stay inside the view box, bowed or not', () => {
    for (const { name, layout } of layouts()) {
      const [x, y, w, h] = layout.viewBox.split(' ').map(Number) as [number, number, number, number];
      const outside = layout.edges.filter((e) =>
        pathPoints(e.d).some(([px, py]) => px < x || px > x + w || py < y || py > y + h),
      );
      expect(outside, name).toEqual([]);
    }
  });
});
