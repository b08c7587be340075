// Who met whom: people as nodes, and an edge for every pair of people who
// attended the same meeting, with the meetings where they met. Pure functions
// of the records; src/lib/content.ts builds the index once per build, and each
// neighbourhood only touches the people it draws (network-layout.ts draws them).
import type { Rec } from './graph';
import type { Meeting, Person } from './schema';
import { counted } from './numbers';
import { inCodePointOrder, inEnglishOrder } from './order';

export interface NetworkNode {
  id: string;
  name: string;
  country: string;
}

/** Two people who attended at least one meeting together; `from` sorts before `to`. */
export interface NetworkEdge {
  from: string;
  to: string;
  /** Meeting ids, in the order of the meetings given to buildNetwork (date order). */
  meetings: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** People left out to keep the drawing readable (0 unless capped). */
  omitted: number;
}

export interface NetworkInput {
  people: Rec<Person>[];
  /** Meetings in date order: each edge lists its meetings in this order. */
  meetings: Rec<Meeting>[];
}

/** At most this many people are drawn in one graph; the busiest are kept. */
export const MAX_NODES = 30;

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function buildNetwork({ people, meetings }: NetworkInput, maxNodes = MAX_NODES) {
  const nodeById = new Map<string, NetworkNode>(
    people.map((p) => [p.id, { id: p.id, name: p.data.name, country: p.data.country }]),
  );
  const edges = new Map<string, NetworkEdge>();
  const adjacent = new Map<string, Map<string, NetworkEdge>>();
  for (const m of meetings) {
    const ids = [...new Set(m.data.participants.map((p) => p.person))].filter((id) => nodeById.has(id)).sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [from, to] = [ids[i]!, ids[j]!];
        const k = pairKey(from, to);
        let edge = edges.get(k);
        if (!edge) {
          edge = { from, to, meetings: [] };
          edges.set(k, edge);
          for (const [a, b] of [
            [from, to],
            [to, from],
          ] as const) {
            const around = adjacent.get(a) ?? new Map<string, NetworkEdge>();
            around.set(b, edge);
            adjacent.set(a, around);
          }
        }
        if (!edge.meetings.includes(m.id)) edge.meetings.push(m.id);
      }
    }
  }
  /** How many meetings-with-someone a person has. */
  const weight = (id: string) => [...(adjacent.get(id)?.values() ?? [])].reduce((n, e) => n + e.meetings.length, 0);
  /** Everyone who met someone, ranked once, busiest first (then by id): the order in which a capped graph keeps people. */
  const rank = new Map(
    [...adjacent.keys()]
      .map((id) => ({ id, w: weight(id) }))
      .sort((a, b) => b.w - a.w || inCodePointOrder(a.id, b.id))
      .map(({ id }, i) => [id, i]),
  );
  const busiestFirst = (a: string, b: string) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size);
  const byName = (a: NetworkNode, b: NetworkNode) => inEnglishOrder(a.name, b.name) || inCodePointOrder(a.id, b.id);

  /** The drawing of a set of people: the edges among them, capped to the busiest (keeping `keep`). */
  function induced(ids: Iterable<string>, keep: string[] = []): Network {
    let chosen = [...new Set(ids)].filter((id) => nodeById.has(id));
    const total = chosen.length;
    if (chosen.length > maxNodes) {
      const all = new Set(chosen);
      const kept = new Set(keep.filter((id) => all.has(id)).slice(0, maxNodes));
      const rest = chosen
        .filter((id) => !kept.has(id))
        .sort(busiestFirst)
        .slice(0, maxNodes - kept.size);
      chosen = [...kept, ...rest];
    }
    // Each pair of the (at most maxNodes) people drawn, once: a busy person's whole list of who they met is far longer.
    const out: NetworkEdge[] = [];
    chosen.forEach((id, i) => {
      const around = adjacent.get(id);
      for (const other of chosen.slice(i + 1)) {
        const edge = around?.get(other);
        if (edge) out.push(edge);
      }
    });
    return {
      nodes: chosen.map((id) => nodeById.get(id)!).sort(byName),
      edges: out.sort((a, b) => inCodePointOrder(a.from, b.from) || inCodePointOrder(a.to, b.to)),
      omitted: total - chosen.length,
    };
  }

  return {
    /** Everyone who met someone, and every edge (capped to the busiest people). */
    all: (): Network => induced([...adjacent.keys()]),
    /** People in the record who met no one else in it, by name. */
    unconnected: (): NetworkNode[] => [...nodeById.values()].filter((n) => !adjacent.has(n.id)).sort(byName),
    /** A person and everyone they met, with the edges among all of them. */
    person: (id: string): Network =>
      adjacent.has(id) ? induced([id, ...(adjacent.get(id)?.keys() ?? [])], [id]) : empty(),
    /** A country's people (given as all its people's ids) and everyone they met, with the edges among all of them. */
    country: (peopleIds: string[]): Network => {
      const own = peopleIds.filter((id) => adjacent.has(id));
      if (own.length === 0) return empty();
      const ids = new Set(own);
      for (const id of own) for (const other of adjacent.get(id)?.keys() ?? []) ids.add(other);
      // Past the cap, the country's busiest people are kept, whatever order they are given in.
      return induced(ids, own.sort(busiestFirst));
    },
  };
}

const empty = (): Network => ({ nodes: [], edges: [], omitted: 0 });

/** Edges touching `focus` first (with `focus` as their first person), then the rest. */
export function edgesFor(network: Network, focus?: string): Array<NetworkEdge & { a: string; b: string }> {
  const rows = network.edges.map((e) =>
    focus && e.to === focus ? { ...e, a: e.to, b: e.from } : { ...e, a: e.from, b: e.to },
  );
  return rows.sort((x, y) => Number(y.a === focus) - Number(x.a === focus));
}

export type NetworkRow = ReturnType<typeof edgesFor>[number];

/** The pairs who met at the same meetings (`meetings`, in date order), under one heading in the network's table. */
export interface NetworkRowGroup {
  meetings: string[];
  rows: NetworkRow[];
}

/**
 * The table's rows grouped by the meetings each pair met at: a meeting of four people gives six pairs, and its title
 * heads them once instead of standing in each of their rows. Rows keep edgesFor's order in a group (the focus person
 * first). Groups follow their meetings' date order, `position` giving a meeting's place in it; with a focus person,
 * the groups of their own pairs come first, as their rows did in one list.
 */
export function rowsByMeetings(
  network: Network,
  position: (meetingId: string) => number,
  focus?: string,
): NetworkRowGroup[] {
  const groups = new Map<string, NetworkRowGroup>();
  for (const row of edgesFor(network, focus)) {
    const key = row.meetings.join(' ');
    const group = groups.get(key) ?? { meetings: row.meetings, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const inDateOrder = (a: NetworkRowGroup, b: NetworkRowGroup) => {
    for (let i = 0; i < Math.min(a.meetings.length, b.meetings.length); i++) {
      const d = position(a.meetings[i]!) - position(b.meetings[i]!);
      if (d) return d;
    }
    return a.meetings.length - b.meetings.length;
  };
  // A group holds the focus person's pairs when its first row does: edgesFor puts them first.
  const theirs = (g: NetworkRowGroup) => Number(g.rows[0]!.a === focus);
  return [...groups.values()].sort((a, b) => theirs(b) - theirs(a) || inDateOrder(a, b));
}

/** Who a drawing is of, when it is not everyone: e.g. the people from China (`first`, whom a capped drawing keeps
 *  first) and everyone they met (`whom`, the whole set). */
export interface NetworkScope {
  whom: string;
  first: string;
  /** The ids of the page's own people (`first`): a line joining two others is a meeting they may not have attended. */
  own: string[];
}

/** Said after the caption on screen, not on paper, where names link nowhere. */
export const NETWORK_LINKS_NOTE = 'Names link to each person’s page.';

/**
 * The figure's caption, in words: who is drawn, when `scope` says it is not everyone (so that a reader who sees a
 * pair meet without the page's own people knows why they are there); how to read the lines; and, when the drawing
 * is capped, how many people it leaves out. (That the names are links is said by the figure, for the screen only:
 * see NETWORK_LINKS_NOTE.)
 */
export function networkCaption(network: Network, scope?: NetworkScope): string {
  const { nodes, omitted } = network;
  const more = `${omitted} more ${omitted === 1 ? 'is' : 'are'} on the people index`;
  const drawn = !scope
    ? ''
    : omitted > 0
      ? `Drawn: ${scope.whom}, ${nodes.length} of them (${scope.first} first, then those with the most meetings); ${more}. `
      : `Drawn: ${scope.whom}. `;
  const thick = network.edges.some((e) => e.meetings.length > 1);
  const others = scope && network.edges.some((e) => !scope.own.includes(e.from) && !scope.own.includes(e.to));
  const lines =
    `Each line joins two people who attended the same meeting${others ? `, whether or not ${scope.first} attended it too` : ''}` +
    `${thick ? '; a thicker line, more meetings together' : ''}. ` +
    'Below it, every pair is listed with the meetings where they met.';
  const capped =
    !scope && omitted > 0 ? ` Only the ${nodes.length} people with the most meetings are drawn; ${more}.` : '';
  return drawn + lines + capped;
}

/**
 * What a screen reader is told of one drawing of a network (its SVG's description): how the drawing sets the people
 * out (`arrangement`), who they are, by country, how many pairs its lines join, and how many people it leaves out.
 */
export function networkDescription(network: Network, arrangement: string, countryName: (id: string) => string): string {
  const byCountry = new Map<string, string[]>();
  for (const n of network.nodes) {
    const country = countryName(n.country);
    byCountry.set(country, [...(byCountry.get(country) ?? []), n.name]);
  }
  const people = [...byCountry]
    .sort(([a], [b]) => inEnglishOrder(a, b))
    .map(([country, names]) => `${country}: ${names.join(', ')}`)
    .join('; ');
  return (
    `${network.nodes.length} people, ${arrangement}: ${people}. ` +
    `A line joins two people for every pair who attended the same meeting; ${counted(network.edges.length, 'pair')} in all, listed in the table that follows.` +
    (network.omitted > 0
      ? ` ${counted(network.omitted, 'further person', 'further people')} ${network.omitted === 1 ? 'is' : 'are'} not drawn.`
      : '')
  );
}
