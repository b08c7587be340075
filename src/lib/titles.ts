// The document title a browser tab, a bookmark and a search result show.
// It names the record and the site when both fit in about 70 characters (what
// search engines show); a longer record title stands alone and whole: cut at
// a word, two records whose titles begin alike would share one title (so
// html-validate's long-title rule is off in .htmlvalidate.json).

const TITLE_MAX = 70;

/** Length as written in the HTML, where Astro writes an apostrophe as "&#39;": checkers count that. */
function writtenLength(text: string): number {
  return text.replace(/[&"'<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!)
    .length;
}

export function documentTitle(title: string, siteTitle: string, max: number = TITLE_MAX): string {
  if (title === siteTitle) return title;
  const full = `${title} · ${siteTitle}`;
  return writtenLength(full) <= max ? full : title;
}
