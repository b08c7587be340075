// The document title a browser tab, a bookmark and a search result show.
// Titles longer than about 70 characters are cut off by search engines and
// tabs, so a long record title drops the site name, then is shortened at a
// word; the page's heading always carries the full title.

export const TITLE_MAX = 70;

/** Length as written in the HTML, where Astro writes an apostrophe as "&#39;": checkers count that. */
function writtenLength(text: string): number {
  return text.replace(/[&"'<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!)
    .length;
}

export function documentTitle(title: string, siteTitle: string, max: number = TITLE_MAX): string {
  if (title === siteTitle) return title;
  const full = `${title} · ${siteTitle}`;
  if (writtenLength(full) <= max) return full;
  if (writtenLength(title) <= max) return title;
  // Keep whole words, then the ellipsis, within the limit.
  let kept = '';
  for (const word of title.split(' ')) {
    const next = kept ? `${kept} ${word}` : word;
    if (writtenLength(next) + 1 > max) break;
    kept = next;
  }
  kept = kept.replace(/[\s,;:–-]+$/u, '');
  return `${kept || [...title].slice(0, max - 1).join('')}…`;
}
