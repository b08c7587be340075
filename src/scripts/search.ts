// The search page: Pagefind's UI over the index the build wrote (each result
// shows the page kind from data-pagefind-meta), the query taken from ?q= as
// the search box in every page's header sends it, and kept there as the reader
// changes it. PagefindUI is defined by
// /pagefind/pagefind-ui.js, a classic script that runs before this module; it
// searches with the module at the page's data-bundle
// (public/search-module/pagefind.js), which finds nothing for a word the record
// does not have.
import { LANGUAGE_NAMES, SEARCH_NO_RESULTS, SEARCH_RANKING } from '../consts';
import { markExcerptLanguages, type IndexedPage } from '../lib/excerpt-language';
import { sectionsToShow, type ResultSection } from '../lib/result-sections';
import { OVERVIEW_KIND, PAGE_KIND_LABEL } from '../lib/kinds';

declare class PagefindUI {
  constructor(options: Record<string, unknown>);
  triggerSearch(query: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
}

/**
 * The filters the index offers (data-pagefind-filter, src/layouts/Page.astro), kept in the address by their name, with
 * their values.
 */
const FILTERS: Record<string, readonly string[]> = { kind: [...Object.values(PAGE_KIND_LABEL), OVERVIEW_KIND] };

/**
 * A result as Pagefind hands it to processResult: the address its title links to, the page's metadata, its indexed
 * text and anchors, and the excerpts shown under its title.
 */
interface PagefindResult extends IndexedPage {
  url: string;
  excerpt: string;
  sub_results?: Array<ResultSection & { excerpt: string }>;
}

/**
 * Metadata the pages give the index for this script or for ranking (SEARCH_RANKING), not for the reader: Pagefind's
 * UI shows every other key as a tag. (A tag "Year: 2017" would state a year the page marks as inferred as a fact.)
 */
const HIDDEN_META = ['title_lang', 'text_lang', 'abbreviation', 'year'];

/**
 * The language of each result's title that is not in English (a source's headline as published), by the address its
 * title links to: the page gives it to the index as title_lang (src/layouts/Page.astro).
 */
const titleLanguages = new Map<string, string>();

/** Whether the reader has asked for more results of the search shown ("Load more results"). */
let loadedMore = false;
/** What a reader does that takes the page out of the script's hands (keepPlace, focusAddedResults). */
const READER_INPUT = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'input'];
/** Calls `stop` at the reader's next input (READER_INPUT); returns what stops listening for it. */
function onReaderInput(stop: () => void): () => void {
  for (const type of READER_INPUT) addEventListener(type, stop, true);
  return () => {
    for (const type of READER_INPUT) removeEventListener(type, stop, true);
  };
}
/** Whether the results shown before the reader left are being shown again (keepPlace). */
let restoring = false;
/** Stops waiting for the results a "Load more results" added, to focus the first of them. */
let stopFocusing: (() => void) | undefined;

const element = document.getElementById('search');
if (element && typeof PagefindUI === 'undefined') {
  // Only a site built without its last step (`astro build` or `astro dev` instead of `npm run build`) has no index.
  element.textContent =
    'The search index of this copy of the site is missing: it is written by `npm run build` (scripts/build.mjs).';
} else if (element) {
  const query = new URLSearchParams(location.search).get('q');
  const filters = filtersInAddress();
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.base,
    showImages: false,
    showSubResults: true,
    resetStyles: true,
    ranking: SEARCH_RANKING,
    autofocus: !query,
    // A kind the address names is shown ticked: Pagefind keeps the filter closed when it has more than six values.
    openFilters: Object.keys(filters),
    translations: {
      placeholder: 'Names, places, topics',
      search_label: 'Search the record',
      zero_results: SEARCH_NO_RESULTS,
    },
    processTerm: (term: string) => {
      // A new search (a new query or filter) shows its first results only.
      loadedMore = false;
      stopFocusing?.();
      keepInAddress(term);
      return term;
    },
    processResult: (result: PagefindResult) => {
      const lang = result.meta.title_lang;
      if (lang) titleLanguages.set(result.meta.url || result.url, lang);
      // Words of another language in an excerpt carry it (WCAG 3.1.2), as they do on the page.
      result.excerpt = markExcerptLanguages(result.excerpt, result);
      // The sections shown under it: a source's paragraphs found in its own words before those found in their
      // "Cited by" lists.
      if (result.sub_results) result.sub_results = sectionsToShow(result.meta.url || result.url, result.sub_results);
      for (const sub of result.sub_results ?? []) sub.excerpt = markExcerptLanguages(sub.excerpt, result);
      // A source in another language says so among its tags, as its page says so, and that it has the site's
      // translation (of every paragraph: src/lib/excerpts.ts), which "Language: German" alone left a reader to doubt.
      const textLang = result.meta.text_lang;
      if (textLang && Object.hasOwn(LANGUAGE_NAMES, textLang))
        result.meta.language = `${LANGUAGE_NAMES[textLang as keyof typeof LANGUAGE_NAMES]}, with the site’s English translation`;
      for (const key of HIDDEN_META) delete result.meta[key];
      return result;
    },
  });
  if (query) ui.triggerSearch(query);
  if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
  // A filter ticked or cleared goes into the address with the query (?kind=Person), so a shared link shows the same.
  element.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.classList.contains('pagefind-ui__filter-checkbox'))
      keepFiltersInAddress(element);
  });
  element.addEventListener('input', (event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement && field.value.trim() === '') keepInAddress('');
  });
  // Pagefind's Clear button and Escape empty the field with no input event: the address drops the query too, and
  // focus goes back to the field, where it fell to the page (WCAG 2.4.3): Pagefind takes it from the field on
  // Escape, and the next Tab began again at the top of the page.
  element.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.pagefind-ui__search-clear')) return;
    keepInAddress('');
    setTimeout(() => element.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus());
  });
  element.addEventListener('keydown', (event) => {
    const field = event.target;
    if (event.key !== 'Escape' || !(field instanceof HTMLInputElement)) return;
    setTimeout(() => {
      if (field.value.trim() === '') keepInAddress('');
      field.focus();
    });
  });
  // The field is named as the header's is ("Search the record"): Pagefind names it by its hint, "Names, places,
  // topics", which stays its placeholder.
  element.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', 'Search the record');
  announceResults(element);
  markResultTitles(element);
  focusAddedResults(element);
  keepPlace(element);
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
  replaceAddress(url);
}

/** The address in place of the page's (no new entry in the history), and on paper. */
function replaceAddress(url: URL) {
  if (url.href !== location.href) history.replaceState(history.state, '', url);
  // A printed search says which search it is.
  const printed = document.querySelector('.site-address');
  if (printed) printed.textContent = `Printed from ${url.href}`;
}

/**
 * The filter values the address names (?kind=Person&kind=Meeting), by filter, each as the index spells it: one it
 * does not have (?kind=Foo) would be a filter ticked that no box shows, so it is dropped from the address too.
 */
function filtersInAddress(): Record<string, string[]> {
  const url = new URL(location.href);
  const filters: Record<string, string[]> = {};
  for (const [name, known] of Object.entries(FILTERS)) {
    const values = url.searchParams
      .getAll(name)
      .flatMap((v) => known.find((k) => k.toLowerCase() === v.toLowerCase()) ?? []);
    url.searchParams.delete(name);
    for (const value of new Set(values)) url.searchParams.append(name, value);
    if (values.length) filters[name] = [...new Set(values)];
  }
  replaceAddress(url);
  return filters;
}

/** The filter values ticked, in the address as the query is (replacing the entry). */
function keepFiltersInAddress(search: HTMLElement) {
  const url = new URL(location.href);
  for (const name of Object.keys(FILTERS)) url.searchParams.delete(name);
  for (const box of search.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked'))
    if (Object.hasOwn(FILTERS, box.name)) url.searchParams.append(box.name, box.value);
  replaceAddress(url);
}

/** The results Pagefind's UI shows, each first drawn as a placeholder with no link; "Load more results" adds some. */
const shownResults = (search: HTMLElement) =>
  search.querySelectorAll<HTMLElement>('.pagefind-ui__results > .pagefind-ui__result');

/** The link of a result's title, once Pagefind has filled the result in (not the links of its sections). */
const titleLink = (result: Element | undefined) =>
  result?.querySelector<HTMLAnchorElement>('.pagefind-ui__result-inner > .pagefind-ui__result-title a') ?? null;

/**
 * Tells screen readers how many results a search found: Pagefind's own message is not a live region. Once more
 * results are loaded, it says how many of them are shown (‘Showing 10 of 24 results for China’, then ‘Showing all 24
 * results for China’).
 */
function announceResults(search: HTMLElement) {
  const status = document.getElementById('search-status');
  if (!status) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  new MutationObserver(() => {
    clearTimeout(timer);
    // Once the results settle, not at every keystroke.
    timer = setTimeout(() => {
      const found = search.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
      const all = !search.querySelector('.pagefind-ui__button');
      const message =
        loadedMore && found ? `Showing ${all ? 'all' : `${shownResults(search).length} of`} ${found}` : found;
      if (status.textContent !== message) status.textContent = message;
    }, 500);
  }).observe(search, { childList: true, subtree: true, characterData: true });
}

/**
 * Moves focus to the first of the results a "Load more results" adds, once Pagefind has drawn its link (WCAG 2.4.3),
 * as search pages that load more in place do. Pagefind draws the new results above its button and leaves focus
 * there, so the next Tab went on to the footer, past them; the last load removes the button, and focus fell to the
 * page itself. Pagefind's UI tells nothing of a load, so this watches for the new result's link. Focus stays
 * where the reader has meanwhile put it, and a new search stops the wait. The first new result is scrolled to the top
 * of the view, so the results it brings read down from there.
 */
function focusAddedResults(search: HTMLElement) {
  search.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('.pagefind-ui__button') : null;
      if (!button) return;
      stopFocusing?.();
      loadedMore = true;
      // The results shown again on coming back (keepPlace) leave focus where it is.
      if (restoring) return;
      // Counted before Pagefind, whose handler runs after this one (capture), draws the new results.
      const before = shownResults(search).length;
      const observer = new MutationObserver(() => {
        const link = titleLink(shownResults(search)[before]);
        if (!link) return;
        const current = document.activeElement;
        if (current && current !== document.body && current !== button) return stop();
        // Brought to the top of the view, not just into it: focus alone scrolled only until the link showed, so the
        // new results began at the foot of the screen, below the ones already read. A result drawn below one not
        // yet filled in is hidden until it is (site.css), and takes no focus till then: looked for again.
        link.focus({ preventScroll: true });
        if (document.activeElement !== link) return;
        stop();
        link.closest('.pagefind-ui__result')?.scrollIntoView({ block: 'start' });
      });
      const stop = () => {
        observer.disconnect();
        stopListening();
        if (stopFocusing === stop) stopFocusing = undefined;
      };
      observer.observe(search, { childList: true, subtree: true });
      // A reader who scrolls, types or taps while the new results draw has moved on: the view is not pulled back.
      const stopListening = onReaderInput(stop);
      stopFocusing = stop;
    },
    { capture: true },
  );
}

/**
 * Gives each result's title its language when that is not English (WCAG 3.1.2), as every list of the site does:
 * Pagefind's UI writes the title as text in the page's own language, and a screen reader read a German headline as
 * English. And its address, for print. Pagefind may reuse a result's link for another result, so its address is
 * watched as well as new results.
 */
function markResultTitles(search: HTMLElement) {
  new MutationObserver(() => {
    for (const link of search.querySelectorAll<HTMLAnchorElement>(
      '.pagefind-ui__result-inner > .pagefind-ui__result-title a',
    )) {
      const lang = titleLanguages.get(link.getAttribute('href') ?? '');
      if (lang) link.lang = lang;
      else link.removeAttribute('lang');
      // On paper, its address follows it, as a printed page's sources are followed by theirs (site.css).
      if (link.dataset.printUrl !== link.href) link.dataset.printUrl = link.href;
    }
  }).observe(search, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
}

/** Where a reader was among a search's results, kept in its entry of the history. */
interface Place {
  /** The address's query and kinds (location.search) the place is among the results of. */
  search: string;
  shown: number;
  scrollY: number;
  /** The result the reader followed, if any: focus goes back to it. */
  followed?: string | undefined;
}

/**
 * Back at a search from one of its results, the results shown as they were, scrolled as they were, and focus on the
 * result followed: Pagefind's UI drew the first five only, and a reader who had loaded more lost their place among
 * them. How many results are shown and how far the page is scrolled are kept in its entry of the history as they
 * change (a reload drops what is written as the page is left); coming back to the same search, "Load more results"
 * is pressed until as many are shown, and the page is scrolled there. The browser's own scrolling back is turned
 * off, as it came before the results and stopped short of them.
 */
function keepPlace(search: HTMLElement) {
  history.scrollRestoration = 'manual';
  const save = (followed?: string) => {
    const place: Place = { search: location.search, shown: shownResults(search).length, scrollY, followed };
    history.replaceState({ ...history.state, place }, '');
  };
  addEventListener('scrollend', () => save());
  addEventListener('pagehide', () => save(history.state?.place?.followed));
  search.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link) save(link.getAttribute('href') ?? undefined);
  });
  const place: Place | undefined = history.state?.place;
  if (!place?.shown || place.search !== location.search) return;
  restoring = true;
  let pressedAt = 0;
  let scrolled = false;
  let focused = !place.followed;
  const scrollBack = () => {
    if (!focused) {
      // Focus where the reader left, for the keyboard: from the page's top, Tab began again at its start. Pagefind
      // fills each result in as its data comes, in no set order: the one followed may be drawn after the last, and
      // is looked for again as the results go on drawing (a result 7 of 10 was missed, and focus fell to the page).
      // A result drawn below one not yet filled in is hidden until it is (site.css), and takes no focus till then.
      const links = search.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__results a');
      const link = [...links].find((a) => a.getAttribute('href') === place.followed);
      link?.focus({ preventScroll: true });
      focused = link !== undefined && document.activeElement === link;
    }
    scrolled = true;
    scrollTo(0, place.scrollY);
  };
  const observer = new MutationObserver(() => {
    wait();
    // The results go on drawing their excerpts and tags below the link, and the page grows: scrolled again each time.
    if (scrolled) return scrollBack();
    const results = shownResults(search);
    // Each result shown is drawn, its link in place, before more are asked for or the page is scrolled.
    if (results.length === 0 || !titleLink(results[results.length - 1])) return;
    const more = search.querySelector<HTMLButtonElement>('.pagefind-ui__button');
    if (results.length < place.shown && more) {
      if (results.length > pressedAt) {
        pressedAt = results.length;
        more.click();
      }
      return;
    }
    restoring = false;
    scrollBack();
  });
  observer.observe(search, { childList: true, subtree: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    restoring = false;
    stopListening();
  };
  // Until the reader moves or types, or the results have stopped changing for long enough to have been drawn (a
  // search that finds fewer than before leaves the page where they end). Timed from the last change, not from the
  // page's start: on a slow phone, drawing eight results again took longer than the five seconds once given in all.
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(stop, 5000);
  };
  const stopListening = onReaderInput(stop);
  wait();
}
