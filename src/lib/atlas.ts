// The world atlas the maps draw countries from (src/lib/map.ts): Natural Earth's outlines at 1:110m, each a feature
// whose id is a country's ISO 3166-1 numeric code. The validator reads the same file, so that a country's `iso` is
// one the maps can shade, and a place lies in its country's outline.
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/** The atlas as its package names it, for messages. */
export const ATLAS_FILE = 'world-atlas/countries-110m.json';

/** Each country the atlas outlines, by its code ("156"): its name there ("China"). */
export const ATLAS_COUNTRIES: ReadonlyMap<string, string> = new Map(
  (world.objects.countries.geometries as Array<{ id?: string; properties?: { name?: string } }>).flatMap((g) =>
    g.id === undefined ? [] : [[g.id, g.properties?.name ?? ''] as const],
  ),
);

export type AtlasOutline = Feature<Polygon | MultiPolygon, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
/** Every country outline of the atlas, converted once per build, in the atlas's order. */
export const OUTLINES = (
  feature(topology, topology.objects.countries) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >
).features as AtlasOutline[];

/** The mean radius of the Earth in km (IUGG), to turn the angles d3-geo measures into distances. */
const EARTH_KM = 6371.0088;

type Vector = [number, number, number];
const toVector = ([longitude, latitude]: number[]): Vector => {
  const [λ, φ] = [(longitude! * Math.PI) / 180, (latitude! * Math.PI) / 180];
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
};
const dot = (a: Vector, b: Vector) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vector, b: Vector): Vector => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
/** The angle between two unit vectors, in radians (atan2 keeps it exact for small angles). */
const angle = (a: Vector, b: Vector) => Math.atan2(Math.hypot(...cross(a, b)), dot(a, b));

/**
 * The angle from p to the great-circle arc from a to b: to the nearest point of its circle when that point lies on
 * the arc, else to the nearer end. An outline's edges are long at this scale (often 50 km or more), so its vertices
 * alone would overstate how far a point is from it.
 */
function angleToArc(p: Vector, a: Vector, b: Vector): number {
  const normal = cross(a, b);
  const length = Math.hypot(...normal);
  if (length < 1e-12) return angle(p, a);
  const n = normal.map((x) => x / length) as Vector;
  const offPlane = dot(p, n);
  const foot = p.map((x, i) => x - offPlane * n[i]!) as Vector;
  const onArc = dot(cross(a, foot), n) >= 0 && dot(cross(foot, b), n) >= 0;
  return onArc ? Math.asin(Math.min(1, Math.abs(offPlane))) : Math.min(angle(p, a), angle(p, b));
}

/** How far in km a point ([longitude, latitude]) lies outside an outline: 0 inside it, else the distance to its edge. */
export function kmOutside(outline: AtlasOutline, point: [number, number]): number {
  if (geoContains(outline, point)) return 0;
  const { geometry } = outline;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const p = toVector(point);
  let nearest = Infinity;
  for (const ring of rings) {
    const vectors = ring.map(toVector);
    for (let i = 1; i < vectors.length; i++) nearest = Math.min(nearest, angleToArc(p, vectors[i - 1]!, vectors[i]!));
  }
  return nearest * EARTH_KM;
}
