// The search page: Pagefind's UI over the index the build wrote (each result
// shows the page kind from data-pagefind-meta), the query taken from ?q= as
// the search box in every page's header sends it. PagefindUI is defined by
// /pagefind/pagefind-ui.js, a classic script that runs before this module.
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
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.base,
    showImages: false,
    showSubResults: true,
    resetStyles: true,
    autofocus: !new URLSearchParams(location.search).get('q'),
    translations: { placeholder: 'Search names, places, topics' },
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}
