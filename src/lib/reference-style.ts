// The site's reference style, and the one call that formats a reference in
// it. It imports nothing of the site's own, so the reference worker
// (reference-worker.ts) loads it under plain Node as the pages do through Vite.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** APA 7 and its en-US locale, both bundled with plugin-csl: formatting fetches nothing. */
export const CITE_STYLE = { template: 'apa', lang: 'en-US', label: 'APA' } as const;

/**
 * One CSL-JSON item's reference as plain text, to select and paste. Plain
 * text, not the processor's HTML: CSL treats tags in a title as rich text and
 * would write a small-caps <span style> into the page, which the CSP forbids.
 */
export function formatReference(item: object): string {
  return new Cite([item])
    .format('bibliography', { format: 'text', template: CITE_STYLE.template, lang: CITE_STYLE.lang })
    .trim();
}
