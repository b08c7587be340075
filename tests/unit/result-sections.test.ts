// The sections the search page shows under a result (src/lib/result-sections.ts).
import { describe, expect, it } from 'vitest';
import { SECTIONS_SHOWN, sectionsToShow } from '../../src/lib/result-sections';
import { SEARCH_CITED_BY_WEIGHT } from '../../src/consts';

const PAGE = '/sources/x/';
/** A section with a word found at each of these weights, scored as Pagefind scores them: in proportion. */
const section = (anchor: string, ...weights: number[]) => ({
  url: anchor ? `${PAGE}#${anchor}` : PAGE,
  weighted_locations: weights.map((weight, i) => ({ weight, balanced_score: 500 * weight, location: i })),
});

describe('the sections shown under a result', () => {
  it('keeps the page’s own first section, and shows a paragraph found in its own words before one found in its Cited by list', () => {
    const low = SEARCH_CITED_BY_WEIGHT;
    const sections = [
      section('', 1),
      section('p3', low, low, low, low, low, low),
      section('p4', 1, low),
      section('p5', low, low),
      section('p6', 1),
    ];
    expect(sectionsToShow(PAGE, sections).map((s) => s.url)).toEqual([PAGE, `${PAGE}#p4`, `${PAGE}#p6`]);
  });

  it('shows at most as many as Pagefind’s UI does, the best scored, in page order', () => {
    const sections = [
      section('p1', 1),
      section('p2', 1, 1, 1),
      section('p3', 1, 1),
      section('p4', 1, 1, 1, 1),
      section('p5', 1),
    ];
    expect(SECTIONS_SHOWN).toBe(3);
    expect(sectionsToShow(PAGE, sections).map((s) => s.url)).toEqual(['p2', 'p3', 'p4'].map((a) => `${PAGE}#${a}`));
  });

  it('shows sections found only at a lower weight when none was found at full weight', () => {
    const sections = [section('p3', 0.3), section('p4', 0.3, 0.3)];
    expect(sectionsToShow(PAGE, sections)).toEqual(sections);
  });
});
