// The citation files of a source or meeting page: "<id>.bib", "<id>.ris" and
// "<id>.json" (CSL-JSON), built by src/lib/cite.ts. This route serves them in
// `astro dev`; a build writes them in one pass after the pages
// (src/integrations/citation-files.ts), which is far cheaper than a route each.
import type { APIContext } from 'astro';
import { SITE_TITLE } from '../../../consts';
import { BUILT } from '../../../lib/built';
import { CITE_FORMATS, citationFile, citeFileParams, pageCitations, type CitedKind, type CiteFormat } from '../../../lib/cite';
import { graph } from '../../../lib/content';
import { entityHref } from '../../../lib/urls';

export const getStaticPaths = () => (import.meta.env.DEV ? citeFileParams(graph) : []);

export function GET({ params, props, site }: APIContext<{ target: string; format: CiteFormat }>) {
  const kind = params.kind as CitedKind;
  const url = new URL(entityHref(kind, props.target), site).href;
  const items = pageCitations(graph, kind, props.target, { url, built: BUILT, siteTitle: SITE_TITLE });
  if (!items) return new Response(null, { status: 404 });
  return new Response(citationFile(items, props.format), { headers: { 'Content-Type': CITE_FORMATS[props.format].type } });
}
