// The sizes of the locator maps and of their place labels, and how wide a
// label is drawn: what places a label on a map (map.ts) and what the validator
// checks a place's name against, without loading the atlas.

export const MAP_WIDTH = 480;
/** The size of a place's label, in the SVG's units: the font-size the component gives it. */
export const MAP_FONT = 13;
/**
 * The size site.css gives the labels of a wide map on a phone, where the SVG is scaled down (its rule
 * "A wide map shrinks on a phone"): the largest a wide map's label is ever drawn, so the size its
 * labels are placed for. A map of a single place keeps MAP_FONT at every width.
 */
export const MAP_FONT_PHONE = 19;
/** The width of a locator map of a single meeting's place: small, so its labels stay legible. */
export const LOCATOR_WIDTH = 300;
/** The gap kept between a label and the frame, for its halo (a 3.5 px stroke in site.css). */
export const LABEL_MARGIN = 2;

/**
 * The advance of one character of a label, in ems: at least what the widest face of the site's font
 * stack gives it at the labels' weight, DejaVu Sans Bold (where Linux falls back; Segoe UI, San
 * Francisco, Roboto, Noto Sans and Arial are all narrower). An accented letter is as wide as its base
 * letter; any other script is counted wider than any Latin letter.
 */
function charEm(c: string): number {
  const base = c.normalize('NFD').charAt(0);
  if (/[\s!'(),\-./:;[\\\]|fijlIıʻʼ‘’]/u.test(base)) return 0.46;
  if (/[rt"*`_]/u.test(base)) return 0.53;
  if (/[mwMW%@—æœÆŒ]/u.test(base)) return 1.11;
  if (/[A-Z#&+<=>^~{}]/u.test(base)) return 0.88;
  if (/[a-z0-9$?–]/u.test(base)) return 0.72;
  return 1.2;
}

/** How wide a label is drawn at font size `size`, at most: kerning only narrows it. */
export function labelWidth(name: string, size: number): number {
  let em = 0;
  for (const c of name) em += charEm(c);
  return em * size;
}

/**
 * Whether a place's name fits as one label on every map that shows it: a wide
 * map at the size a phone draws it, and a meeting's own small map.
 */
export function fitsEveryMap(name: string): boolean {
  return fitsMap(name, MAP_FONT_PHONE, MAP_WIDTH) && fitsMap(name, MAP_FONT, LOCATOR_WIDTH);
}

/** Whether a name fits as one label at font size `size` on a map `width` wide, clear of its margins. */
export function fitsMap(name: string, size: number, width: number): boolean {
  return labelWidth(name, size) <= width - 2 * LABEL_MARGIN;
}
