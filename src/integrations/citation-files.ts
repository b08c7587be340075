// Writes the citation files (/cite/<kind>/<id>.bib, .ris and .json) of every
// source and meeting page, and of each old id a page was published under,
// once the pages are built, in one pass. As Astro routes, each file took a
// route render of its own: 22 s of a 10 000-meeting build for 37 500 files
// (bench/RESULTS.md). `astro dev` serves the same files from the route
// src/pages/cite/[kind]/[file].ts; both write them with src/lib/cite.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_TITLE } from '../consts';
import { BUILT } from '../lib/built';
import { citationFile, citeFileParams, pageCitations } from '../lib/cite';
import { corpusOf } from '../lib/corpus';
import { buildGraph } from '../lib/graph';
import { contentRoot, loadContentTree } from '../lib/load';
import { entityPath, withBase } from '../lib/urls';
import { validateTree } from '../lib/validate';

export function citationFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'citation-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const graph = buildGraph(corpusOf(validateTree(loadContentTree(contentRoot()))));
        const files = citeFileParams(graph);
        const made = new Set<string>();
        for (const { params, props } of files) {
          const url = new URL(withBase(base, entityPath(params.kind, props.target)), site).href;
          const items = pageCitations(graph, params.kind, props.target, { url, built: BUILT, siteTitle: SITE_TITLE });
          if (!items) throw new Error(`No ${params.kind} record "${props.target}" to cite in /cite/${params.kind}/${params.file}`);
          const file = join(fileURLToPath(dir), 'cite', params.kind, params.file);
          if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
          made.add(dirname(file));
          writeFileSync(file, citationFile(items, props.format));
        }
        logger.info(`${files.length} citation files`);
      },
    },
  };
}
