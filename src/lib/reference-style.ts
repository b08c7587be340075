// The site's reference style, and the one call that formats a reference in
// it. It imports nothing of the site's own, so the reference worker
// (reference-worker.ts) loads it under plain Node as the pages do through Vite.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** APA 7 and its en-US locale, both bundled with plugin-csl: formatting fetches nothing. */
export const CITE_STYLE = { template: 'apa', lang: 'en-US', label: 'APA' } as const;

/** A run of a reference's text, in italics where the style sets it so (APA: a web page's title, a newspaper's name). */
export interface ReferencePart {
  text: string;
  italic?: true;
  /** The language of a title in another language than the page's (see markTitle). */
  lang?: string;
}

/**
 * One CSL-JSON item's reference, as runs of text in italics or not. Read from
 * the processor's HTML, of which only its italics are kept: CSL treats tags in
 * a title as rich text and would write a small-caps <span style> into the
 * page, which the CSP forbids; their text stays, as in the processor's own
 * plain text.
 */
export function formatReference(item: object): ReferencePart[] {
  const html = new Cite([item]).format('bibliography', {
    format: 'html',
    template: CITE_STYLE.template,
    lang: CITE_STYLE.lang,
  });
  return referenceParts(html);
}

/** The reference as plain text, to select and paste. */
export const referenceText = (parts: ReferencePart[]) => parts.map((p) => p.text).join('');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (html: string) =>
  html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) =>
    dec || hex ? String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)) : (ENTITIES[name!] ?? entity),
  );

/** Whether a tag's style sets italics (true), upright text (false), or neither. */
const fontStyle = (attributes: string) => {
  const style = /font-style:\s*(normal|italic)/.exec(attributes)?.[1];
  return style === undefined ? undefined : style === 'italic';
};

/**
 * The runs of text of one entry of the processor's HTML bibliography: within <i> italic, within a <span> that sets
 * font-style (the processor's flip-flop of italics inside italics) as it says, any other tag ignored.
 */
function referenceParts(html: string): ReferencePart[] {
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(html)?.[1] ?? html;
  const parts: ReferencePart[] = [];
  // Each open tag's effect on italics: true, false, or none (undefined).
  const open: Array<boolean | undefined> = [];
  for (const [, close, tag, attributes, text] of entry.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/g)) {
    if (tag !== undefined) {
      if (close) open.pop();
      else open.push(tag === 'i' ? true : fontStyle(attributes!));
      continue;
    }
    const italic = open.findLast((effect) => effect !== undefined) ?? false;
    const last = parts.at(-1);
    if (last && Boolean(last.italic) === italic) last.text += decode(text!);
    else parts.push({ text: decode(text!), ...(italic && { italic: true as const }) });
  }
  return parts;
}

/** What a page marks on a reference's title. */
export interface TitleMark {
  /** The title's language, when it is not the page's (WCAG 3.1.2). */
  lang?: string | undefined;
  /** What follows the title: the site's translation in square brackets, as APA writes it, not in italics. */
  after?: string | undefined;
  /** Not in italics: a description in square brackets in place of a missing title (APA 7, 9.22). */
  upright?: boolean | undefined;
}

/** The parts with the title marked (see TitleMark). Unchanged if no one part holds the title. */
export function markTitle(parts: ReferencePart[], title: string, { lang, after, upright }: TitleMark): ReferencePart[] {
  const at = parts.findIndex((p) => p.text.includes(title));
  if (!title || at < 0 || !(lang || after || upright)) return parts;
  const { text, italic } = parts[at]!;
  const start = text.indexOf(title);
  const run = (t: string, more: Partial<ReferencePart> = {}): ReferencePart[] =>
    t ? [{ text: t, ...(italic && { italic }), ...more }] : [];
  const titled: ReferencePart = { text: title, ...(italic && !upright && { italic }), ...(lang && { lang }) };
  return [
    ...parts.slice(0, at),
    ...run(text.slice(0, start)),
    titled,
    ...(after ? [{ text: after }] : []),
    ...run(text.slice(start + title.length)),
    ...parts.slice(at + 1),
  ];
}
