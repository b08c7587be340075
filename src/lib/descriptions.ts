// How the site introduces a source where its page is not shown: the first
// sentence of the page's description (a search result, a shared link) and of
// its feed item.
import { dateInWords } from './dates';
import type { Source } from './schema';

/** "Source article published 9 August 2019 by Kazinform.", with the date's precision and whether the site inferred it. */
export function sourcePublished(s: Pick<Source, 'published' | 'publisher'>): string {
  const by = s.publisher?.creditOnly
    ? `, credited to ${s.publisher.name}`
    : ` by ${s.publisher?.name ?? 'a publisher the capture does not name'}`;
  return `Source article published ${dateInWords(s.published)}${by}.`;
}
