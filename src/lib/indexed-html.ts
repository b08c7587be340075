// The part of a page's HTML that the search index reads: the page without the elements Pagefind is told to leave out
// (data-pagefind-ignore, with any value), for what the page names in it (src/layouts/Page.astro). Written here, not
// with an HTML parser, because it runs on every page of the build: one pass, each left-out element skipped to its
// matching end tag, which Astro's well-formed output makes a count of that tag's opening and closing.
const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;

/** Each tag name's opening and closing tags, made once. */
const tagsOf = new Map<string, RegExp>();

/** Where the element whose opening tag ends at `from` ends: after its matching end tag, or at the end of the text. */
function elementEnd(html: string, tag: string, from: number): number {
  const name = tag.toLowerCase();
  let tags = tagsOf.get(name);
  if (!tags) tagsOf.set(name, (tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi')));
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/** The HTML without every element marked data-pagefind-ignore, and all it holds. */
export function indexedHtml(html: string): string {
  let out = '';
  let from = 0;
  IGNORED.lastIndex = 0;
  for (let m = IGNORED.exec(html); m; m = IGNORED.exec(html)) {
    out += html.slice(from, m.index);
    from = m[0].endsWith('/>') ? IGNORED.lastIndex : elementEnd(html, m[1]!, IGNORED.lastIndex);
    IGNORED.lastIndex = from;
  }
  return out + html.slice(from);
}
