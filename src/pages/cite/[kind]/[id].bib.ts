// The BibTeX citation file of a source or meeting page (src/lib/cite.ts).
import type { APIContext } from 'astro';
import { SITE_TITLE } from '../../../consts';
import { BUILT } from '../../../lib/built';
import { CITE_FORMATS, citationFile, citeFileParams, pageCitations, type CitedKind } from '../../../lib/cite';
import { graph } from '../../../lib/content';
import { entityHref } from '../../../lib/urls';

export const getStaticPaths = () => citeFileParams(graph);

export function GET({ params, props, site }: APIContext<{ target: string }>) {
  const kind = params.kind as CitedKind;
  const id = props.target;
  const url = new URL(entityHref(kind, id), site).href;
  const items = pageCitations(graph, kind, id, { url, built: BUILT, siteTitle: SITE_TITLE });
  if (!items) return new Response(null, { status: 404 });
  return new Response(citationFile(items, 'bib'), { headers: { 'Content-Type': CITE_FORMATS.bib.type } });
}
