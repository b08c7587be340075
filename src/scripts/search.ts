// The search page: Pagefind's UI over the index the build wrote (each result
// shows the page kind from data-pagefind-meta), the query taken from ?q= as
// the search box in every page's header sends it, and kept there as the reader
// changes it. PagefindUI is defined by
// /pagefind/pagefind-ui.js, a classic script that runs before this module.
import { SEARCH_RANKING } from '../consts';

declare class PagefindUI {
  constructor(options: Record<string, unknown>);
  triggerSearch(query: string): void;
}

const element = document.getElementById('search');
if (element && typeof PagefindUI === 'undefined') {
  // Only a site built without its last step (`astro build` or `astro dev` instead of `npm run build`) has no index.
  element.textContent =
    'The search index of this copy of the site is missing: it is written by `npm run build` (scripts/build.mjs).';
} else if (element) {
  const query = new URLSearchParams(location.search).get('q');
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.base,
    showImages: false,
    showSubResults: true,
    resetStyles: true,
    ranking: SEARCH_RANKING,
    autofocus: !query,
    translations: { placeholder: 'Search names, places, topics', search_label: 'Search the record' },
    processTerm: (term: string) => {
      keepInAddress(term);
      return term;
    },
  });
  if (query) ui.triggerSearch(query);
  element.addEventListener('input', (event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement && field.value.trim() === '') keepInAddress('');
  });
  announceResults(element);
}

/**
 * The query the reader typed, in the address as ?q= (replacing the entry, not adding one per keystroke), so a reload,
 * a bookmark or a copied link runs the same search. Pagefind calls processTerm before each search; it is not called
 * for an emptied field, which its input event then covers.
 */
function keepInAddress(term: string) {
  const url = new URL(location.href);
  if (term.trim()) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Tells screen readers how many results a search found: Pagefind's own message is not a live region. */
function announceResults(search: HTMLElement) {
  const status = document.getElementById('search-status');
  if (!status) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  new MutationObserver(() => {
    clearTimeout(timer);
    // Once the results settle, not at every keystroke.
    timer = setTimeout(() => {
      const message = search.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
      if (status.textContent !== message) status.textContent = message;
    }, 500);
  }).observe(search, { childList: true, subtree: true, characterData: true });
}
