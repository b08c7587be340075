// Which sections of a page the search page shows under its result. Pagefind
// gives one for each heading the words were found under, and one for each
// source paragraph (data-pagefind-title, SourceParagraph.astro); its UI shows
// three of them, those with the most words found. A paragraph found only in its
// "Cited by" list, whose words the index weighs less, then pushed out one found
// in the source's own words, and its excerpt showed the titles of other records.

/** A section of a result as Pagefind gives it: its address, and where and how heavily each word was found. */
export interface ResultSection {
  url: string;
  weighted_locations: ReadonlyArray<{ weight: number; balanced_score: number; location: number }>;
}

/** How many sections Pagefind's UI shows under a result (thin_sub_results in result_with_subs.svelte). */
export const SECTIONS_SHOWN = 3;

/**
 * The weight of a word whose element does not lower it (data-pagefind-weight): a paragraph's "Cited by" list
 * (SEARCH_CITED_BY_WEIGHT) and the spellings a page carries for the index alone weigh less, headings more.
 */
const FULL_WEIGHT = 1;

const score = (section: ResultSection) => section.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * The sections to show under a result, in page order: the page's own first section (before any heading) as it is,
 * then the best-scored of those where a word was found at full weight (or of all, if none was), at most
 * SECTIONS_SHOWN, so that Pagefind's UI thins none out.
 */
export function sectionsToShow<S extends ResultSection>(pageUrl: string, sections: readonly S[]): S[] {
  const root = sections[0]?.url === pageUrl ? sections.slice(0, 1) : [];
  const rest = sections.slice(root.length);
  const full = rest.filter((s) => s.weighted_locations.some((l) => l.weight >= FULL_WEIGHT));
  const best = new Set([...(full.length ? full : rest)].sort((a, b) => score(b) - score(a)).slice(0, SECTIONS_SHOWN));
  return [...root, ...rest.filter((s) => best.has(s))];
}
