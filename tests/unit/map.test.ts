// The locator map's geometry, on the real places and meetings.
import { describe, expect, it } from 'vitest';
import type { Rec } from '../../src/lib/graph';
import { readdirSync, readFileSync } from 'node:fs';
import { geoContains, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import {
  basemap,
  countryFrame,
  fitRegion,
  isMixedPlace,
  labelWidth,
  LOCATOR_WIDTH,
  MAP_FONT,
  MAP_WIDTH,
  MAP_FONT_PHONE,
  mapDescription,
  meetingsByPlace,
  placeMarkers,
  project,
  type LatLon,
  type Marker,
  type Region,
} from '../../src/lib/map';
import type { Meeting } from '../../src/lib/schema';
import { realCorpus } from '../helpers/corpus';

const corpus = realCorpus();
const placeOf = (id: string) => corpus.places.find((p) => p.id === id);
const usedPlaces = [...new Set(corpus.meetings.map((m) => m.data.place.place))].map((id) => placeOf(id)!);
const isoOf = (country: string) => corpus.countries.find((c) => c.id === country)!.data.iso;

describe('the region', () => {
  it('keeps every meeting place inside the view box, clear of the edges', () => {
    expect(usedPlaces.length).toBeGreaterThan(2);
    const region = fitRegion(usedPlaces.map((p) => p.data));
    for (const p of usedPlaces) {
      const { x, y } = project(region, p.data);
      expect(x, p.id).toBeGreaterThan(region.width * 0.03);
      expect(x, p.id).toBeLessThan(region.width * 0.97);
      expect(y, p.id).toBeGreaterThan(region.height * 0.03);
      expect(y, p.id).toBeLessThan(region.height * 0.97);
    }
  });

  it('keeps a single place near the middle of a locator map', () => {
    for (const p of usedPlaces) {
      const region = fitRegion([p.data], LOCATOR_WIDTH);
      const { x, y } = project(region, p.data);
      expect(Math.abs(x - region.width / 2), p.id).toBeLessThan(region.width * 0.1);
      expect(Math.abs(y - region.height / 2), p.id).toBeLessThan(region.height * 0.15);
    }
  });

  it('is fitted once for each area and width, and fitted anew for another', () => {
    const [a, b] = usedPlaces;
    expect(fitRegion([a!.data], LOCATOR_WIDTH)).toBe(fitRegion([a!.data], LOCATOR_WIDTH));
    expect(fitRegion([a!.data], LOCATOR_WIDTH)).not.toBe(fitRegion([a!.data]));
    const other = fitRegion([b!.data], LOCATOR_WIDTH);
    expect(other).not.toBe(fitRegion([a!.data], LOCATOR_WIDTH));
    const { x, y } = project(other, b!.data);
    expect([
      Math.abs(x - other.width / 2) < other.width * 0.1,
      Math.abs(y - other.height / 2) < other.height * 0.15,
    ]).toEqual([true, true]);
  });

  it('draws the countries of the places, not those far outside, with coordinates to one decimal', () => {
    const region = fitRegion(usedPlaces.map((p) => p.data));
    const shapes = basemap(region);
    const isos = new Set(shapes.map((s) => s.iso));
    for (const p of usedPlaces) expect(isos.has(isoOf(p.data.country)), p.id).toBe(true);
    const far = corpus.countries.filter((c) => c.id === 'united-states').map((c) => c.data.iso);
    expect(far).toHaveLength(1);
    expect(isos.has(far[0]!)).toBe(false);
    expect(shapes.length).toBeLessThan(100);
    for (const s of shapes) expect(s.d).not.toMatch(/\d\.\d\d/);
    expect(basemap(region)).toBe(shapes);
  });

  it('draws the same outlines as projecting every country of the atlas, over regions all round the globe', () => {
    // basemap leaves out, unprojected, the countries too far from a region's centre to show: that must change nothing.
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = (feature(topology, topology.objects.countries) as FeatureCollection).features;
    const areas: LatLon[][] = [];
    for (let latitude = -60; latitude <= 80; latitude += 35)
      for (let longitude = -180; longitude < 180; longitude += 40) areas.push([{ latitude, longitude }]);
    areas.push(
      usedPlaces.map((p) => p.data),
      [
        { latitude: 10, longitude: 170 },
        { latitude: 20, longitude: -170 },
      ],
    );
    for (const area of areas)
      for (const width of [LOCATOR_WIDTH, MAP_WIDTH]) {
        const region = fitRegion(area, width);
        const path = geoPath(region.projection).digits(1);
        const everyOutline = countries.flatMap((f) => {
          const d = path(f);
          return d && d.length >= 12 ? [d] : [];
        });
        expect(
          basemap(region).map((s) => s.d),
          JSON.stringify(area),
        ).toEqual(everyOutline);
      }
  });

  it('labels every place inside the frame, and no two labels overlap', () => {
    const region = fitRegion(usedPlaces.map((p) => p.data));
    const markers = placeMarkers(
      region,
      usedPlaces.map((p) => ({ ...p.data, id: p.id })),
      MAP_FONT,
    );
    expect(markers.map((m) => m.id)).toEqual(usedPlaces.map((p) => p.id));
    const boxes = markers.map((m) => {
      const w = m.name.length * 13 * 0.58;
      const left = m.anchor === 'start' ? m.labelX : m.anchor === 'end' ? m.labelX - w : m.labelX - w / 2;
      return [left, m.labelY - 13, left + w, m.labelY] as const;
    });
    for (const [i, b] of boxes.entries()) {
      expect(b[0]).toBeGreaterThanOrEqual(0);
      expect(b[2]).toBeLessThanOrEqual(region.width);
      for (const other of boxes.slice(i + 1)) {
        const overlap = b[0] < other[2] && other[0] < b[2] && b[1] < other[3] && other[1] < b[3];
        expect(overlap, `${markers[i]!.id} label overlaps another`).toBe(false);
      }
    }
  });
});

// The advance widths of DejaVu Sans Bold, in thousandths of an em, as Chromium measures them: the face a
// Linux reader's browser falls back to for the labels' font stack, and the widest in it.
const DEJAVU_BOLD: Record<string, number> = Object.fromEntries([
  [' ', 348],
  ['-', 415],
  ['.', 380],
  ["'", 306],
  ['’', 380],
  ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [
      774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774,
      1103, 771, 724, 725,
    ][i]!,
  ]),
  ...[...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [
    c,
    [
      675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652,
      924, 645, 652, 582,
    ][i]!,
  ]),
  ...[...'0123456789'].map((c) => [c, 696]),
  ...[...'éöüçşğıńóáíúñäåøÖÜÉÁ'].map((c, i) => [
    c,
    [678, 687, 712, 593, 595, 716, 343, 712, 687, 675, 343, 712, 712, 675, 675, 687, 850, 812, 683, 774][i]!,
  ]),
]);
/** The width of a label as a Linux reader's browser draws it, or Infinity for a character not measured. */
const drawnWidth = (name: string, size: number) =>
  [...name].reduce((sum, c) => sum + (DEJAVU_BOLD[c] ?? Infinity), 0) * (size / 1000);

/** Where a label's drawn glyphs reach at font size `size`: DejaVu Sans's ascent 0.928 em, descent 0.236 em. */
function drawnBox(m: Marker, size: number) {
  const w = drawnWidth(m.name, size);
  const left = m.anchor === 'start' ? m.labelX : m.anchor === 'end' ? m.labelX - w : m.labelX - w / 2;
  return [left, m.labelY - 0.928 * size, left + w, m.labelY + 0.236 * size] as const;
}

/** Every label, drawn at `size`, lies inside the view box; with `apart`, no two overlap. */
function expectLabelsInside(region: Region, markers: Marker[], size: number, apart = false) {
  const boxes = markers.map((m) => drawnBox(m, size));
  for (const [i, b] of boxes.entries()) {
    const where = `${markers[i]!.name} at ${size} px on a map ${region.width} × ${region.height}: ${b.map((n) => n.toFixed(1)).join(', ')}`;
    expect(b[0], where).toBeGreaterThanOrEqual(0);
    expect(b[1], where).toBeGreaterThanOrEqual(0);
    expect(b[2], where).toBeLessThanOrEqual(region.width);
    expect(b[3], where).toBeLessThanOrEqual(region.height);
    if (apart)
      for (const other of boxes.slice(i + 1)) {
        const overlap = b[0] < other[2] && other[0] < b[2] && b[1] < other[3] && other[1] < b[3];
        expect(overlap, `${where} overlaps another`).toBe(false);
      }
  }
}

/** Every set of at least one of `items`. */
const subsets = <T>(items: T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]).filter((s) => s.length > 0);

/**
 * Two places for each country of the synthetic record (scripts/bench/corpus.mjs), spread over the whole globe, as that
 * generator placed them before it put each inside its country: a map as crowded and as wide as any.
 */
const SYNTHETIC_COUNTRIES = (
  'Afghanistan,Armenia,Azerbaijan,Bangladesh,Belarus,Bhutan,Brazil,Cambodia,China,Egypt,France,Georgia,' +
  'Germany,India,Indonesia,Iran,Iraq,Israel,Italy,Japan,Jordan,Kazakhstan,Kuwait,Kyrgyzstan,Laos,' +
  'Malaysia,Mongolia,Myanmar,Nepal,North Korea,Oman,Pakistan,Philippines,Qatar,Russia,Saudi Arabia,' +
  'Senegal,South Korea,Sri Lanka,Syria,Tajikistan,Thailand,Turkey,Turkmenistan,Ukraine,' +
  'United Arab Emirates,United Kingdom,United States,Uzbekistan,Vietnam'
).split(',');
const syntheticPlaces = SYNTHETIC_COUNTRIES.flatMap((name, i) =>
  [1, 2].map((k) => ({
    id: `${i}-${k}`,
    name: `${name} City ${k}`,
    latitude: -60 + ((i * 7 + k) % 120),
    longitude: -170 + ((i * 13 + k * 5) % 340),
  })),
);

describe('the labels at every width', () => {
  it('allows for the widest face of the font stack, character by character', () => {
    for (const [c, width] of Object.entries(DEJAVU_BOLD)) expect(labelWidth(c, 1000), c).toBeGreaterThanOrEqual(width);
    expect(labelWidth('Beijing', MAP_FONT_PHONE)).toBeGreaterThanOrEqual(drawnWidth('Beijing', MAP_FONT_PHONE));
  });

  it('keeps the labels of every wide map of the real places inside the frame and apart at the phone size', () => {
    // Every set of the places is a map some page could draw: /countries/tajikistan/ has Beijing at the right edge.
    const sets = subsets(usedPlaces);
    expect(sets.length).toBeGreaterThan(10);
    for (const set of sets) {
      const region = fitRegion(set.map((p) => p.data));
      const markers = placeMarkers(
        region,
        set.map((p) => ({ ...p.data, id: p.id })),
        MAP_FONT_PHONE,
      );
      expectLabelsInside(region, markers, MAP_FONT_PHONE, true);
      expectLabelsInside(region, markers, MAP_FONT, true);
    }
  });

  it('keeps the label of a single place inside its small locator map', () => {
    for (const p of usedPlaces) {
      const region = fitRegion([p.data], LOCATOR_WIDTH);
      const markers = placeMarkers(region, [{ ...p.data, id: p.id }], MAP_FONT);
      expectLabelsInside(region, markers, MAP_FONT);
    }
  });

  it('keeps every label of a crowded map inside the frame, up to a hundred places with long names', () => {
    for (const count of [3, 10, 40, 100]) {
      const set = syntheticPlaces.slice(0, count);
      const region = fitRegion(set);
      const markers = placeMarkers(region, set, MAP_FONT_PHONE);
      expect(markers).toHaveLength(count);
      expectLabelsInside(region, markers, MAP_FONT_PHONE);
    }
  });

  it('keeps a long label inside the frame at each edge and corner, beside or over its marker', () => {
    const region = fitRegion([
      { latitude: 30, longitude: 60 },
      { latitude: 50, longitude: 100 },
    ]);
    const corners = [
      { latitude: 50, longitude: 60 },
      { latitude: 50, longitude: 100 },
      { latitude: 30, longitude: 60 },
      { latitude: 30, longitude: 100 },
      { latitude: 40, longitude: 80 },
      { latitude: 50, longitude: 80 },
      { latitude: 30, longitude: 80 },
    ];
    for (const [i, c] of corners.entries()) {
      const place = { ...c, id: `p${i}`, name: 'United Arab Emirates City 2' };
      const [marker] = placeMarkers(region, [place], MAP_FONT_PHONE);
      expectLabelsInside(region, [marker!], MAP_FONT_PHONE);
      const box = drawnBox(marker!, MAP_FONT_PHONE);
      // Still at its marker: beside it at the marker's height, or over or under it across the marker.
      if (marker!.anchor === 'middle') expect(box[0] <= marker!.x && marker!.x <= box[2], place.id).toBe(true);
      else expect(box[1] <= marker!.y && marker!.y <= box[3], place.id).toBe(true);
    }
  });

  it('refuses a name too long to label, rather than cut it off', () => {
    const region = fitRegion([{ latitude: 40, longitude: 80 }]);
    const place = { latitude: 40, longitude: 80, id: 'long', name: 'A place name far too long for any label on a map' };
    expect(() => placeMarkers(region, [place], MAP_FONT_PHONE)).toThrow(/too long/);
  });

  it('is placed for the size site.css draws a wide map’s labels at, the largest it draws them', () => {
    const css = readFileSync('src/styles/site.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].filter(([, selector]) => /map-marker/.test(selector!));
    const sizes = rules.flatMap(([, selector, body]) =>
      [...body!.matchAll(/font-size:\s*([^;]+)/g)].map((m) => [selector!.trim(), m[1]!.trim()] as const),
    );
    expect(sizes).toEqual([['.locator-map:not(.locator-map-single) .map-marker text', `${MAP_FONT_PHONE}px`]]);
    expect(MAP_FONT_PHONE).toBeGreaterThanOrEqual(MAP_FONT);
  });
});

describe('places of meetings', () => {
  it('puts every place of the content inside the outline of its country (a slip of its longitude or latitude shows)', () => {
    // The schema checks only that latitude and longitude are in range, and the map tests project them with the code
    // under test: this reads the atlas the way the map does and asks d3-geo whether the place lies in its country.
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = (feature(topology, topology.objects.countries) as FeatureCollection).features;
    const files = readdirSync('content/places').filter((f) => f.endsWith('.md'));
    expect(corpus.places.map((p) => `${p.id}.md`).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThan(0);
    for (const p of corpus.places) {
      const outline = countries.find((c) => String(c.id) === isoOf(p.data.country));
      expect(outline, `${p.id}: the atlas has no outline for ${p.data.country}`).toBeDefined();
      expect(
        geoContains(outline!, [p.data.longitude, p.data.latitude]),
        `${p.id} (${p.data.latitude}, ${p.data.longitude}) in ${p.data.country}`,
      ).toBe(true);
    }
  });

  it('groups meetings by place and flags a place only the site infers', () => {
    const grouped = meetingsByPlace(corpus.meetings, placeOf);
    expect(grouped.map((g) => g.place.id).sort()).toEqual(usedPlaces.map((p) => p.id).sort());
    for (const g of grouped) {
      const there = corpus.meetings.filter((m) => m.data.place.place === g.place.id);
      expect(g.meetings.map((m) => m.id)).toEqual(there.map((m) => m.id));
      expect(g.inferred, g.place.id).toBe(there.every((m) => m.data.place.inferred));
    }
    // A place is flagged only when every meeting there infers it: Tashkent, where one meeting's source states it and
    // another's is inferred, is not.
    const inferred = [
      ...new Set(corpus.meetings.filter((m) => m.data.place.inferred).map((m) => m.data.place.place)),
    ].filter((id) => corpus.meetings.every((m) => m.data.place.place !== id || m.data.place.inferred));
    expect(inferred.length).toBeGreaterThan(0);
    expect(grouped.filter((g) => g.inferred).map((g) => g.place.id)).toEqual(inferred);
  });

  it('treats a place as stated when any source states it', () => {
    const minsk = corpus.meetings.find((m) => m.data.place.inferred)!;
    const stated: Rec<Meeting> = {
      id: 'stated',
      data: { ...minsk.data, place: { ...minsk.data.place, inferred: false } },
    };
    const [one] = meetingsByPlace([minsk, stated], placeOf);
    expect(one!.meetings).toHaveLength(2);
    expect(one!.inferred).toBe(false);
    // Stated for one meeting, inferred for the other: marked meeting by meeting, and so described.
    expect(isMixedPlace(one!)).toBe(true);
    expect(isMixedPlace(meetingsByPlace([minsk], placeOf)[0]!)).toBe(false);
    expect(isMixedPlace(meetingsByPlace([stated], placeOf)[0]!)).toBe(false);
  });

  it('tells a screen reader every place, its country, which the site infers and for how many meetings, and the country shaded', () => {
    const minsk = corpus.meetings.find((m) => m.data.place.inferred)!;
    const stated: Rec<Meeting> = {
      id: 'stated',
      data: { ...minsk.data, place: { ...minsk.data.place, inferred: false } },
    };
    const other = corpus.meetings.find((m) => m.data.place.place !== minsk.data.place.place && !m.data.place.inferred)!;
    const name = (m: Rec<Meeting>) => placeOf(m.data.place.place)!.data.name;
    const countryName = (id: string) => `<${id}>`;
    const country = (m: Rec<Meeting>) => `<${placeOf(m.data.place.place)!.data.country}>`;
    expect(mapDescription(meetingsByPlace([minsk], placeOf), countryName)).toBe(
      `One place: ${name(minsk)}, ${country(minsk)} (place inferred by the site, not stated by the source).`,
    );
    expect(mapDescription(meetingsByPlace([minsk, stated, other], placeOf), countryName, 'Belarus')).toBe(
      `2 places: ${name(minsk)}, ${country(minsk)} (place inferred by the site for 1 of its 2 meetings); ` +
        `${name(other)}, ${country(other)}. Belarus is shaded.`,
    );
  });
});

describe('countryFrame', () => {
  const iso = (id: string) => corpus.countries.find((c) => c.id === id)!.data.iso;

  it('gives the corners of a country’s box, so that a map fitted to them shows it whole', () => {
    const [southWest, northEast] = countryFrame(iso('tajikistan'));
    // Tajikistan lies between about 67° and 75° east, 36.5° and 41° north.
    expect(southWest!.longitude).toBeCloseTo(67.4, 0);
    expect(northEast!.longitude).toBeCloseTo(75, 0);
    expect(southWest!.latitude).toBeCloseTo(36.7, 0);
    expect(northEast!.latitude).toBeCloseTo(41, 0);
  });

  it('gives only the centre of a country whose box crosses the antimeridian (Russia), and nothing for an unknown code', () => {
    const russia = countryFrame('643');
    expect(russia).toHaveLength(1);
    expect(russia[0]!.longitude).toBeGreaterThan(60);
    expect(russia[0]!.latitude).toBeGreaterThan(50);
    expect(countryFrame('000')).toEqual([]);
  });
});
