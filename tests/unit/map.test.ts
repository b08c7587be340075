// The locator map's geometry, on the real places and meetings.
import { describe, expect, it } from 'vitest';
import type { Rec } from '../../src/lib/graph';
import { basemap, fitRegion, LOCATOR_WIDTH, meetingsByPlace, placeMarkers, project } from '../../src/lib/map';
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

  it('labels every place inside the frame, and no two labels overlap', () => {
    const region = fitRegion(usedPlaces.map((p) => p.data));
    const markers = placeMarkers(
      region,
      usedPlaces.map((p) => ({ ...p.data, id: p.id })),
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

describe('places of meetings', () => {
  it('groups meetings by place and flags a place only the site infers', () => {
    const grouped = meetingsByPlace(corpus.meetings, placeOf);
    expect(grouped.map((g) => g.place.id).sort()).toEqual(usedPlaces.map((p) => p.id).sort());
    for (const g of grouped) {
      const there = corpus.meetings.filter((m) => m.data.place.place === g.place.id);
      expect(g.meetings.map((m) => m.id)).toEqual(there.map((m) => m.id));
      expect(g.inferred, g.place.id).toBe(there.every((m) => m.data.place.inferred));
    }
    const inferred = corpus.meetings.filter((m) => m.data.place.inferred).map((m) => m.data.place.place);
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
  });
});
