// Where a network's people and lines are drawn (src/lib/network.ts gives who met whom): a circle, people grouped by
// country around a neighbourhood's focus, and for a phone an arc diagram in one column; the geometry of each circle,
// label and curve, for NetworkGraph.astro to draw. Pure functions, no markup.
import type { Network, NetworkEdge, NetworkNode } from './network';
import { inEnglishOrder } from './order';

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  /** The circle's radius. */
  r: number;
  /** The focus of a neighbourhood, drawn at the centre. */
  centre: boolean;
  /** Label lines (a long name on two lines; the country name last when shown). */
  lines: string[];
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  /** Degrees to turn the label about its anchor (radial labels in a large graph). */
  rotate: number;
}

export interface PlacedEdge extends NetworkEdge {
  /** SVG path data: a quadratic curve (see controlPoint). */
  d: string;
  width: number;
}

export interface NetworkLayout {
  viewBox: string;
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  fontSize: number;
  /** Country names set above their people (the narrow layout; none in the circle, whose labels name the country). */
  headings: NetworkHeading[];
  headingSize: number;
}

export interface NetworkHeading {
  text: string;
  /** The id of the first person under it, before whom it is read. */
  before: string;
  x: number;
  /** The baseline. */
  y: number;
}

const FONT_SIZE = 14;
const LINE = FONT_SIZE * 1.2;
/** Above this many people, labels turn to run along the radius on one line. */
const RADIAL_FROM = 16;
const round = (n: number) => Math.round(n * 10) / 10;
/** A generous width estimate of a label in a sans-serif face (DejaVu Sans, among the widest, averages about 0.6 em). */
const textWidth = (text: string, size = FONT_SIZE) => text.length * size * 0.62;

/** An edge's stroke: thicker for each further meeting the pair shared. */
const edgeWidth = (e: NetworkEdge) => Math.min(1.25 + 1.25 * (e.meetings.length - 1), 6);

/** A long name broken at a space nearest its middle. */
export function splitName(name: string, max = 12): string[] {
  if (name.length <= max || !name.includes(' ')) return [name];
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  const at = spaces.reduce((best, i) => (Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best));
  return [name.slice(0, at), name.slice(at + 1)];
}

export interface LayoutOptions {
  /** The person a neighbourhood is drawn around. */
  centre?: string | undefined;
  countryName?: (id: string) => string;
}

/** The focus of a neighbourhood, if any, and everyone else grouped by country (countries by name), then by name. */
function arrange(network: Network, options: LayoutOptions) {
  const countryName = options.countryName ?? ((id: string) => id);
  const centre = network.nodes.find((n) => n.id === options.centre);
  const ring = network.nodes
    .filter((n) => n !== centre)
    .sort((a, b) => inEnglishOrder(countryName(a.country), countryName(b.country)) || inEnglishOrder(a.name, b.name));
  return { countryName, centre, ring };
}

/** A label's top, from its first baseline (a sans-serif face's ascent, about 0.93 em), and its bottom, from there, with `lines` lines (the last the country's, at 0.85 em, 1.2 em of its own size below the one before; a descent of about 0.24 em). */
const blockTop = -FONT_SIZE * 0.93;
const blockBottom = (lines: number) =>
  lines > 1 ? (lines - 2) * LINE + FONT_SIZE * 0.85 * (1.2 + 0.24) : FONT_SIZE * 0.24;

/**
 * The box a label's text takes, unturned, as NetworkGraph.astro sets it: its width estimated generously (the
 * country's line at 0.85 em, site.css), its height from blockTop to blockBottom.
 */
function labelBox(n: PlacedNode) {
  const sizes = n.lines.map((_, i) => (n.lines.length > 1 && i === n.lines.length - 1 ? FONT_SIZE * 0.85 : FONT_SIZE));
  const width = Math.max(...n.lines.map((l, i) => textWidth(l, sizes[i])));
  const left = n.anchor === 'start' ? n.labelX : n.anchor === 'end' ? n.labelX - width : n.labelX - width / 2;
  return { left, right: left + width, top: n.labelY + blockTop, bottom: n.labelY + blockBottom(n.lines.length) };
}

/** Whether any two level labels overlap (at most RADIAL_FROM labels: at most 120 pairs). */
function clash(nodes: PlacedNode[]): boolean {
  const boxes = nodes.map(labelBox);
  return boxes.some((a, i) =>
    boxes
      .slice(i + 1)
      .some(
        (b) =>
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0,
      ),
  );
}

/**
 * The ring's view box, [minX, minY, maxX, maxY]: every node, label (turned with it where it is turned, or where all
 * are radial) and edge (its quadratic curve's span), with a margin.
 */
function ringBounds(
  curves: ReadonlyArray<{ a: PlacedNode; b: PlacedNode; c: Point }>,
  placed: readonly PlacedNode[],
  radial: boolean,
): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  for (const { a, b, c } of curves) {
    const [[left, right], [top, bottom]] = [span(a.x, c.x, b.x), span(a.y, c.y, b.y)];
    [minX, minY, maxX, maxY] = [
      Math.min(minX, left),
      Math.min(minY, top),
      Math.max(maxX, right),
      Math.max(maxY, bottom),
    ];
  }
  for (const n of placed) {
    [minX, minY, maxX, maxY] = [
      Math.min(minX, n.x - 9),
      Math.min(minY, n.y - 9),
      Math.max(maxX, n.x + 9),
      Math.max(maxY, n.y + 9),
    ];
    const box = labelBox(n);
    if (n.rotate !== 0 || radial) {
      // The corners of the label's box, turned with it.
      const turn = (n.rotate * Math.PI) / 180;
      for (const [bx, by] of [
        [box.left, box.top],
        [box.right, box.top],
        [box.right, box.bottom],
        [box.left, box.bottom],
      ] as const) {
        const cx = n.labelX + (bx - n.labelX) * Math.cos(turn) - (by - n.labelY) * Math.sin(turn);
        const cy = n.labelY + (bx - n.labelX) * Math.sin(turn) + (by - n.labelY) * Math.cos(turn);
        [minX, minY, maxX, maxY] = [Math.min(minX, cx), Math.min(minY, cy), Math.max(maxX, cx), Math.max(maxY, cy)];
      }
      continue;
    }
    minX = Math.min(minX, box.left);
    maxX = Math.max(maxX, box.right);
    minY = Math.min(minY, n.labelY - FONT_SIZE);
    maxY = Math.max(maxY, n.labelY + (n.lines.length - 1) * LINE + 4);
  }
  const pad = 6;
  return [Math.floor(minX - pad), Math.floor(minY - pad), Math.ceil(maxX + pad), Math.ceil(maxY + pad)];
}

/**
 * A deterministic circular layout: people grouped by country (countries in
 * the order of `countryName`, then by name), a small gap between countries,
 * the focus person (if any) at the centre, and each edge a curve that passes
 * over no one it does not join. The view box fits the labels and the edges.
 */
export function layoutNetwork(network: Network, options: LayoutOptions = {}): NetworkLayout {
  const { countryName, centre, ring } = arrange(network, options);
  const groups = new Set(ring.map((n) => n.country)).size;
  const gap = groups > 1 ? 0.6 : 0;
  const slots = ring.length + gap * groups;
  // Slot positions around the ring: a small gap between countries.
  const offsets: number[] = [];
  let next = 0;
  ring.forEach((n, i) => {
    if (i > 0 && ring[i - 1]!.country !== n.country) next += gap;
    offsets.push(next);
    next += 1;
  });

  /** The ring with its labels level beside their people (name, then country), or turned along the radius. */
  const placeRing = (radial: boolean) => {
    const radius = Math.max(centre ? 120 : 105, (slots * (radial ? LINE : 34)) / (2 * Math.PI));
    // With a focus at the centre, whose label hangs below it, the ring turns by half a slot when a node
    // would otherwise sit straight below.
    const below = (turn: number) =>
      offsets.some(
        (o) => Math.abs(Math.PI / 2 - (-Math.PI / 2 + (2 * Math.PI * (o + turn)) / Math.max(slots, 1))) < 0.4,
      );
    const turn = centre && below(0) ? 0.5 : 0;
    // Radial labels name the country on a second line where the ring's pitch, where they start, holds two lines.
    const withCountry =
      radial && (radius + 9) * Math.sin((2 * Math.PI) / Math.max(slots, 2)) >= blockBottom(2) - blockTop + 1;
    return ring.map((n, i): PlacedNode => {
      const angle = -Math.PI / 2 + (2 * Math.PI * (offsets[i]! + turn)) / Math.max(slots, 1);
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      const x = radius * cos;
      const y = radius * sin;
      const node = { ...n, x: round(x), y: round(y), r: 5, centre: false };
      if (radial) {
        const left = cos < 0;
        // The text turned to read outward (inward on the left, so as not to stand on its head), its baseline
        // dropped across the text so that its lines are centred on the radius at any angle.
        const turned = left ? angle + Math.PI : angle;
        const lines = withCountry ? [n.name, countryName(n.country)] : [n.name];
        const drop = -(blockTop + blockBottom(lines.length)) / 2;
        return {
          ...node,
          lines,
          labelX: round((radius + 9) * cos - drop * Math.sin(turned)),
          labelY: round((radius + 9) * sin + drop * Math.cos(turned)),
          anchor: left ? 'end' : 'start',
          rotate: round((turned * 180) / Math.PI),
        };
      }
      const lines = [...splitName(n.name), countryName(n.country)];
      const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
      const height = lines.length * LINE;
      const off = 10;
      // Labels sit outside the ring: beside a node on the sides, above or below it at the top and bottom.
      const top =
        anchor === 'middle'
          ? sin < 0
            ? y - off - height + FONT_SIZE
            : y + off + FONT_SIZE
          : y - height / 2 + FONT_SIZE * 0.85 + off * sin * 0.6;
      return { ...node, lines, labelX: round(x + off * cos), labelY: round(top), anchor, rotate: 0 };
    });
  };
  // Level labels, which name the country too, where they fit clear of each other; where they would not (a ring
  // of more than RADIAL_FROM, and most rings of ten or more, whose three-line labels stand taller than the
  // ring's pitch), labels along the radius, which the ring's pitch keeps apart at any size: the name, and the
  // country on a second line where the pitch holds two.
  const level = ring.length > RADIAL_FROM ? undefined : placeRing(false);
  const radial = !level || clash(level);
  const placed = level && !radial ? level : placeRing(true);
  if (centre) {
    const lines = [...splitName(centre.name), countryName(centre.country)];
    placed.push({
      ...centre,
      x: 0,
      y: 0,
      r: 7,
      centre: true,
      lines,
      labelX: 0,
      labelY: round(14 + FONT_SIZE),
      anchor: 'middle',
      rotate: 0,
    });
  }

  const at = new Map(placed.map((n) => [n.id, n]));
  const curves = network.edges.flatMap((e) => {
    const [a, b] = [at.get(e.from), at.get(e.to)];
    if (!a || !b) return [];
    const width = edgeWidth(e);
    const others = placed.filter((n) => n !== a && n !== b);
    return [{ e, a, b, c: controlPoint(a, b, width, others), width }];
  });

  const [minX, minY, maxX, maxY] = ringBounds(curves, placed, radial);
  return {
    viewBox: `${minX} ${minY} ${maxX - minX} ${maxY - minY}`,
    width: maxX - minX,
    height: maxY - minY,
    nodes: placed,
    edges: curves.map(({ e, a, b, c, width }) => ({ ...e, d: `M${a.x} ${a.y}Q${c.x} ${c.y} ${b.x} ${b.y}`, width })),
    fontSize: FONT_SIZE,
    headings: [],
    headingSize: FONT_SIZE,
  };
}

/** The narrow layout's pitch from one person to the next, and its country headings' size. */
const ROW = 24;
const HEADING_SIZE = 13;
/**
 * The width the narrow layout fills, names and arcs: the column of the narrowest phone (320 px, less main's margins),
 * so that it is drawn at its own size there; the arcs take what the longest name leaves, and at least ARC_ROOM.
 */
export const NARROW_WIDTH = 280;
const ARC_ROOM = 56;

/**
 * The layout for a phone, where the circle, twice as wide as its ring to hold
 * the names on both sides, would be scaled down until they could not be read:
 * an arc diagram, drawn at its own size. People in one column, in the circle's
 * order under their countries' names (a neighbourhood's focus first, at the
 * head of its country's), each name on one line to the right; each edge an arc
 * on the left, bowed the more the more people it spans, up to the room it has,
 * so that it passes over no one it does not join.
 */
export function layoutNetworkNarrow(network: Network, options: LayoutOptions = {}): NetworkLayout {
  const { countryName, centre, ring } = arrange(network, options);
  const pad = 6;
  // 0 and labelX below keep an empty network (nobody met anybody) a finite, empty box, as the circle's is.
  const names = Math.max(
    0,
    ...network.nodes.map((n) => textWidth(n.name)),
    ...network.nodes.map((n) => textWidth(countryName(n.country), HEADING_SIZE)),
  );
  const room = Math.max(ARC_ROOM, NARROW_WIDTH - 2 * pad - 12 - names);
  const x = pad + room;
  const labelX = x + 12;
  const placed: PlacedNode[] = [];
  const headings: NetworkHeading[] = [];
  /** The top of the next row. */
  let top = pad;
  const row = (n: NetworkNode) => {
    const y = top + ROW / 2;
    placed.push({
      ...n,
      x,
      y,
      r: n === centre ? 7 : 5,
      centre: n === centre,
      lines: [n.name],
      labelX,
      labelY: round(y + FONT_SIZE * 0.35),
      anchor: 'start',
      rotate: 0,
    });
    top += ROW;
  };
  const column = centre
    ? [centre, ...ring.filter((n) => n.country === centre.country), ...ring.filter((n) => n.country !== centre.country)]
    : ring;
  column.forEach((n, i) => {
    if (i === 0 || column[i - 1]!.country !== n.country) {
      top += i > 0 ? 10 : 0;
      headings.push({ text: countryName(n.country), before: n.id, x: labelX, y: round(top + HEADING_SIZE) });
      top += HEADING_SIZE + 6;
    }
    row(n);
  });

  const at = new Map(placed.map((n) => [n.id, n]));
  let minX = x - 9;
  const edges = network.edges.flatMap((e) => {
    const [a, b] = [at.get(e.from), at.get(e.to)];
    if (!a || !b) return [];
    const width = edgeWidth(e);
    // A curve like the circle's, bowed to the left: the longer the span, the deeper the bow, short of the room,
    // so that arcs of different spans nest rather than run together at its edge.
    const span = Math.abs(b.y - a.y);
    const bow = ((room - width / 2) * span) / (span + 4 * ROW);
    minX = Math.min(minX, x - bow - width / 2);
    // The control point stands out twice as far as the curve reaches.
    const c = { x: round(x - 2 * bow), y: round((a.y + b.y) / 2) };
    return [{ ...e, d: `M${a.x} ${a.y}Q${c.x} ${c.y} ${b.x} ${b.y}`, width }];
  });
  const right = Math.max(
    labelX,
    ...placed.map((n) => labelX + textWidth(n.name)),
    ...headings.map((h) => h.x + textWidth(h.text, HEADING_SIZE)),
  );
  const left = Math.floor(minX - pad);
  const width = Math.ceil(right + pad) - left;
  const height = top + pad;
  return {
    viewBox: `${left} 0 ${width} ${height}`,
    width,
    height,
    nodes: placed,
    edges,
    fontSize: FONT_SIZE,
    headings,
    headingSize: HEADING_SIZE,
  };
}

interface Point {
  x: number;
  y: number;
}

/** How near the quadratic curve from a to b with control point c comes to p, measured at points at most 4 pixels apart. */
function distanceToCurve(p: Point, a: Point, c: Point, b: Point): number {
  // The curve is no longer than the two legs of its control polygon.
  const steps = Math.ceil((Math.hypot(c.x - a.x, c.y - a.y) + Math.hypot(b.x - c.x, b.y - c.y)) / 4);
  let squared = Infinity;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const x = (1 - t) ** 2 * a.x + 2 * t * (1 - t) * c.x + t ** 2 * b.x;
    const y = (1 - t) ** 2 * a.y + 2 * t * (1 - t) * c.y + t ** 2 * b.y;
    squared = Math.min(squared, (x - p.x) ** 2 + (y - p.y) ** 2);
  }
  return Math.sqrt(squared);
}

/** The least and greatest value of one coordinate along a quadratic curve, given its ends p and q and control point c. */
function span(p: number, c: number, q: number): [number, number] {
  const values = [p, q];
  // Where the coordinate turns back, if it does between the ends.
  const t = (p - c) / (p - 2 * c + q);
  if (t > 0 && t < 1) values.push((1 - t) ** 2 * p + 2 * t * (1 - t) * c + t ** 2 * q);
  return [Math.min(...values), Math.max(...values)];
}

/**
 * How far an edge of `width` must keep from the middle of a node it does not
 * join: clear of the circle, and well clear of the centre of a neighbourhood,
 * where a curve passing close would seem to run along the centre's spokes.
 */
const clearance = (n: PlacedNode, width: number) => n.r + width / 2 + (n.centre ? 14 : 3);

/** Steps, in pixels, by which an edge's control point moves sideways until the curve is clear. */
const BOW_STEP = 4;

/**
 * An edge's control point: the chord's midpoint pulled toward the middle of
 * the ring (fully, for a spoke from the centre, which is straight). A curve
 * that would pass over a person it does not join (most often a chord across
 * the centre, which would lie on the centre's own two spokes and vanish) bows
 * sideways instead, as little as keeps it clear of everyone, or, failing that,
 * as far as keeps it clearest.
 */
function controlPoint(a: PlacedNode, b: PlacedNode, width: number, others: PlacedNode[]): Point {
  const pull = a.centre || b.centre ? 1 : 0.45;
  const mid = { x: ((a.x + b.x) / 2) * pull, y: ((a.y + b.y) / 2) * pull };
  // The chord's normal, turned to point up (left when the chord is upright): of two bows as
  // deep, the one away from the centre's label, which hangs below the centre, is tried first.
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  let normal = { x: (a.y - b.y) / length, y: (b.x - a.x) / length };
  if (normal.y > 0 || (normal.y === 0 && normal.x > 0)) normal = { x: -normal.x, y: -normal.y };
  /** By how much the curve through c keeps clear of everyone (negative: it passes over someone). */
  const slack = (c: Point) => {
    const [left, right] = [Math.min(a.x, b.x, c.x), Math.max(a.x, b.x, c.x)];
    const [top, bottom] = [Math.min(a.y, b.y, c.y), Math.max(a.y, b.y, c.y)];
    let least = Infinity;
    for (const n of others) {
      const need = clearance(n, width);
      // The curve lies inside the box of its three points: a node more than `need` outside it is clear.
      if (n.x < left - need || n.x > right + need || n.y < top - need || n.y > bottom + need) continue;
      least = Math.min(least, distanceToCurve(n, a, c, b) - need);
    }
    return least;
  };
  let best = { c: { x: round(mid.x), y: round(mid.y) }, slack: -Infinity };
  for (let bow = 0; bow <= length; bow += BOW_STEP) {
    for (const side of bow === 0 ? [1] : [1, -1]) {
      const c = { x: round(mid.x + side * bow * normal.x), y: round(mid.y + side * bow * normal.y) };
      const clear = slack(c);
      if (clear >= 0) return c;
      if (clear > best.slack) best = { c, slack: clear };
    }
  }
  return best.c;
}
