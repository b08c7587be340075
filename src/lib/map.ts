// A locator map of meeting places, drawn at build time: country outlines from
// Natural Earth (world-atlas, 1:110m, read once per build) projected to fit
// the places shown, as short SVG path strings, and x/y for each place.
// Pure functions; the outlines of a region are computed once per region.
import {
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoDistance,
  geoEqualEarth,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import { OUTLINES } from './atlas';
import type { Rec } from './graph';
import type { Meeting, Place } from './schema';
import { LABEL_MARGIN, LOCATOR_WIDTH, MAP_FONT, MAP_FONT_PHONE, MAP_WIDTH, fitsMap, labelWidth } from './map-labels';

export { LOCATOR_WIDTH, MAP_FONT, MAP_FONT_PHONE, MAP_WIDTH, labelWidth };

/**
 * A cap of the sphere around each outline, read once per build: its centre and its radius in radians, the angle from
 * the centre to the farthest point of the outline. An outline whose cap is half the sphere or more has none.
 */
const CAPS = OUTLINES.map((f) => {
  const centre = geoCentroid(f as never);
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  let radius = 0;
  for (const ring of rings)
    for (const point of ring) radius = Math.max(radius, geoDistance(centre, point as [number, number]));
  return Number.isFinite(radius) && radius < Math.PI / 2 ? { centre, radius } : undefined;
});

export interface LatLon {
  latitude: number;
  longitude: number;
}

export interface Region {
  /** Identifies the region: equal keys, equal projections. */
  key: string;
  width: number;
  height: number;
  projection: GeoProjection;
  /** The centre of an azimuthal region's projection ([longitude, latitude]); none for a region of the whole world. */
  centre?: [number, number];
}

/**
 * The points a map must take in to show a country whole (ISO 3166 numeric code, as the atlas has it): the corners of
 * its outline's box. A country too wide to frame beside its neighbours (a box across the antimeridian, as Russia's
 * is, or over a third of the globe) gives its centre only; a code the atlas lacks gives none.
 */
export function countryFrame(iso: string): LatLon[] {
  const outline = OUTLINES.find((f) => String(f.id) === iso);
  if (!outline) return [];
  const [[west, south], [east, north]] = geoBounds(outline as never);
  if (west > east || east - west > 120) {
    const [longitude, latitude] = geoCentroid(outline as never);
    return [{ longitude, latitude }];
  }
  return [
    { longitude: west, latitude: south },
    { longitude: east, latitude: north },
  ];
}

/** The smallest area shown, in degrees, so that a single place still has neighbours around it. */
const MIN_SPAN = { lon: 36, lat: 20 };
const round = (n: number) => Math.round(n * 10) / 10;

/** Regions already fitted, by key: every meeting at one place has the same. */
const regions = new Map<string, Region>();

/** The region that holds `points` with a margin: an equal-area projection centred on them. */
export function fitRegion(points: LatLon[], width = MAP_WIDTH): Region {
  if (points.length === 0) throw new Error('fitRegion needs at least one place');
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  let [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(5, (east - west) * 0.12);
  const padLat = Math.max(4, (north - south) * 0.2);
  [west, east, south, north] = [west - padLon, east + padLon, south - padLat, north + padLat];
  const grow = (lo: number, hi: number, min: number) =>
    hi - lo >= min ? [lo, hi] : [(lo + hi) / 2 - min / 2, (lo + hi) / 2 + min / 2];
  [west, east] = grow(west, east, MIN_SPAN.lon) as [number, number];
  [south, north] = grow(south, north, MIN_SPAN.lat) as [number, number];
  [west, east] = [Math.max(west, -180), Math.min(east, 180)];
  [south, north] = [Math.max(south, -80), Math.min(north, 84)];
  const key = [west, east, south, north, width].map((n) => n.toFixed(2)).join(',');
  const known = regions.get(key);
  if (known) return known;
  const [midLon, midLat] = [(west + east) / 2, (south + north) / 2];
  const projection =
    east - west > 150
      ? geoEqualEarth().rotate([-midLon, 0])
      : geoAzimuthalEqualArea().rotate([-midLon, -midLat]).clipAngle(90);

  // The box's outline, sampled so that curved parallels are fitted too.
  const box: Array<[number, number]> = [];
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8;
    const lat = south + ((north - south) * i) / 8;
    box.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const sample = { type: 'MultiPoint' as const, coordinates: box };
  projection.fitWidth(width, sample);
  const [, [, bottom]] = geoPath(projection).bounds(sample);
  const height = Math.round(Math.min(Math.max(bottom, width * 0.4), width * 0.85));
  projection
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      sample,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const region: Region = { key, width, height, projection };
  if (east - west <= 150) region.centre = [midLon, midLat];
  regions.set(key, region);
  return region;
}

/** Where a place falls on the map, to one decimal. */
export function project(region: Region, p: LatLon): { x: number; y: number } {
  const [x, y] = region.projection([p.longitude, p.latitude]) ?? [Number.NaN, Number.NaN];
  return { x: round(x), y: round(y) };
}

export interface CountryShape {
  /** ISO 3166-1 numeric code, as the countries' records have it ("" when the atlas has none). */
  iso: string;
  name: string;
  d: string;
}

const basemaps = new Map<string, CountryShape[]>();
/** The outlines of the countries inside the region, clipped to it, coordinates to one decimal. */
export function basemap(region: Region): CountryShape[] {
  const known = basemaps.get(region.key);
  if (known) return known;
  const path = geoPath(region.projection).digits(1);
  const reach = visibleReach(region);
  const shapes = OUTLINES.flatMap((f, i) => {
    const cap = CAPS[i];
    // An outline whose cap lies wholly beyond what the frame shows would clip away to nothing: not projected at all.
    if (reach !== undefined && cap && geoDistance(region.centre!, cap.centre) > cap.radius + reach + 0.01) return [];
    const d = path(f as never);
    // Countries outside the region clip away to nothing, or to slivers along the frame.
    if (!d || d.length < 12) return [];
    return [{ iso: f.id === undefined ? '' : String(f.id), name: f.properties?.name ?? '', d }];
  });
  basemaps.set(region.key, shapes);
  return shapes;
}

/**
 * How far from its centre an azimuthal region's frame reaches, in radians: the angle to its farthest corner, as the
 * projection's distance from the centre grows with the angle. Undefined when that cannot be said (a region of the
 * whole world, or a corner beyond the projected sphere).
 */
function visibleReach(region: Region): number | undefined {
  if (!region.centre) return undefined;
  const { width: w, height: h } = region;
  const corners: Array<[number, number]> = [
    [0, 0],
    [w, 0],
    [0, h],
    [w, h],
  ];
  let reach = 0;
  for (const corner of corners) {
    const point = region.projection.invert?.(corner);
    if (!point || !point.every(Number.isFinite)) return undefined;
    reach = Math.max(reach, geoDistance(region.centre, point));
  }
  return reach;
}

export interface Marker {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Label position and anchor, placed to avoid the other markers and labels. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end' | 'middle';
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** How far a label's glyphs reach above and below its baseline, in ems (DejaVu Sans's ascent and descent). */
const ASCENT = 0.93;
const DESCENT = 0.25;

/** How far [lo, hi] must move to lie within [min, max]; if it is longer, it stays out (and the caller drops it). */
const into = (lo: number, hi: number, min: number, max: number) => (lo < min ? min - lo : hi > max ? max - hi : 0);

/** The box a label of `width` anchored at (x, y) covers at font size `size`. */
function labelBox(x: number, y: number, anchor: Marker['anchor'], width: number, size: number): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return [left, y - ASCENT * size, left + width, y + DESCENT * size];
}

/**
 * Markers for places, each with a label beside it that stays in the frame and off the others.
 * `largestFont` is the largest size the labels are drawn at (MAP_FONT_PHONE on a wide map, whose
 * labels a phone enlarges; MAP_FONT otherwise): the SVG scales as a whole, so a label that fits the
 * frame at that size fits it at every width, and a smaller size, drawn from the same anchor, covers
 * less. A label is put to the right, left, above or below its marker, the first of those in the frame
 * and clear of the others; where none is, the one that needs the least nudge along its marker's side
 * to come into the frame, clear of the others if it can be.
 */
export function placeMarkers(
  region: Region,
  places: Array<LatLon & { id: string; name: string }>,
  largestFont: number,
): Marker[] {
  const points = places.map((p) => ({ ...p, ...project(region, p) }));
  const taken: Box[] = points.map((p) => [p.x - 7, p.y - 7, p.x + 7, p.y + 7]);
  const [minX, minY, maxX, maxY] = [
    LABEL_MARGIN,
    LABEL_MARGIN,
    region.width - LABEL_MARGIN,
    region.height - LABEL_MARGIN,
  ];
  return points.map((p, i) => {
    if (!fitsMap(p.name, largestFont, region.width))
      throw new Error(
        `The place name "${p.name}" (${p.id}) is too long to label on a map ${region.width} wide at ${largestFont} px`,
      );
    const w = labelWidth(p.name, largestFont);
    const h = MAP_FONT;
    const gap = 9;
    const sides: Array<{ labelX: number; labelY: number; anchor: Marker['anchor'] }> = [
      { labelX: p.x + gap, labelY: p.y + h * 0.35, anchor: 'start' },
      { labelX: p.x - gap, labelY: p.y + h * 0.35, anchor: 'end' },
      { labelX: p.x, labelY: p.y - gap - 2, anchor: 'middle' },
      { labelX: p.x, labelY: p.y + gap + h, anchor: 'middle' },
    ];
    // A label beside its marker may move only up or down into the frame, one above or below only sideways.
    const options = sides.flatMap((o, order) => {
      const [left, top, right, bottom] = labelBox(o.labelX, o.labelY, o.anchor, w, largestFont);
      const dx = o.anchor === 'middle' ? into(left, right, minX, maxX) : 0;
      const dy = o.anchor === 'middle' ? 0 : into(top, bottom, minY, maxY);
      const box: Box = [left + dx, top + dy, right + dx, bottom + dy];
      if (box[0] < minX || box[1] < minY || box[2] > maxX || box[3] > maxY) return [];
      const free = taken.every((t, j) => j === i || !overlaps(box, t));
      return [
        { ...o, labelX: o.labelX + dx, labelY: o.labelY + dy, box, rank: [free ? 0 : 1, Math.abs(dx + dy), order] },
      ];
    });
    const byRank = (a: { rank: number[] }, b: { rank: number[] }) =>
      a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]!;
    const choice = options.sort(byRank)[0];
    if (!choice) throw new Error(`No room to label "${p.name}" (${p.id}) on a map ${region.width} × ${region.height}`);
    taken.push(choice.box);
    return {
      id: p.id,
      name: p.name,
      x: p.x,
      y: p.y,
      labelX: round(choice.labelX),
      labelY: round(choice.labelY),
      anchor: choice.anchor,
    };
  });
}

export interface PlaceMeetings {
  place: Rec<Place>;
  /** The meetings held there, in the order given. */
  meetings: Rec<Meeting>[];
  /** True when every meeting there has its place inferred by the site, not stated by a source. */
  inferred: boolean;
}

/** The places of some meetings, each with its meetings; places in order of first meeting. */
export function meetingsByPlace(
  meetings: Rec<Meeting>[],
  placeOf: (id: string) => Rec<Place> | undefined,
): PlaceMeetings[] {
  const out = new Map<string, PlaceMeetings>();
  for (const m of meetings) {
    const place = placeOf(m.data.place.place);
    if (!place) continue;
    const entry = out.get(place.id) ?? { place, meetings: [], inferred: true };
    entry.meetings.push(m);
    entry.inferred &&= m.data.place.inferred;
    out.set(place.id, entry);
  }
  return [...out.values()];
}

/** How many of a place's meetings have that place by the site's inference: all of them marks the place itself. */
export const inferredMeetingsAt = (p: PlaceMeetings): number => p.meetings.filter((m) => m.data.place.inferred).length;

/** A place a source names for one meeting there and the site infers for another: marked meeting by meeting. */
export const isMixedPlace = (p: PlaceMeetings): boolean => !p.inferred && inferredMeetingsAt(p) > 0;

/**
 * What a screen reader is told of a map (its SVG's description): every place, with its country and whether the site
 * infers it, and the country shaded.
 */
export function mapDescription(
  places: readonly PlaceMeetings[],
  countryName: (id: string) => string,
  shadedName?: string,
): string {
  const inferred = (p: PlaceMeetings) =>
    p.inferred
      ? ' (place inferred by the site, not stated by the source)'
      : isMixedPlace(p)
        ? ` (place inferred by the site for ${inferredMeetingsAt(p)} of its ${p.meetings.length} meetings)`
        : '';
  const each = places.map((p) => `${p.place.data.name}, ${countryName(p.place.data.country)}${inferred(p)}`);
  return (
    `${places.length === 1 ? 'One place' : `${places.length} places`}: ${each.join('; ')}.` +
    (shadedName ? ` ${shadedName} is shaded.` : '')
  );
}
