// The world atlas the maps draw countries from (src/lib/map.ts): Natural Earth's outlines at 1:110m, each a feature
// whose id is a country's ISO 3166-1 numeric code. The validator reads the same file, so that a country's `iso` is
// one the maps can shade.
import world from 'world-atlas/countries-110m.json';

/** The atlas as its package names it, for messages. */
export const ATLAS_FILE = 'world-atlas/countries-110m.json';

export const WORLD = world;

/** Each country the atlas outlines, by its code ("156"): its name there ("China"). */
export const ATLAS_COUNTRIES: ReadonlyMap<string, string> = new Map(
  (world.objects.countries.geometries as Array<{ id?: string; properties?: { name?: string } }>).flatMap((g) =>
    g.id === undefined ? [] : [[g.id, g.properties?.name ?? ''] as const],
  ),
);
