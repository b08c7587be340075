// Writes the citation files (/cite/<kind>/<id>.bib, .ris and .json) of every
// record page, and of each old id or alias a page answers at, once the pages
// are built, in one pass, with src/lib/cite.ts. As an Astro
// route, each file took a route render of its own: 22 s of a 10 000-meeting
// build for 37 500 files (bench/RESULTS.md). Builds only: `astro dev` has no
// citation files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_TITLE } from '../consts';
import { BUILT } from '../lib/built';
import { citationFile, citeFiles, pageCitations } from '../lib/cite';
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
        const files = citeFiles(graph);
        const made = new Set<string>();
        for (const { kind, path, target, format } of files) {
          const url = new URL(withBase(base, entityPath(kind, target)), site).href;
          const items = pageCitations(graph, kind, target, { url, built: BUILT, siteTitle: SITE_TITLE });
          if (!items) throw new Error(`No ${kind} record "${target}" to cite in ${path}`);
          const file = join(fileURLToPath(dir), path);
          if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
          made.add(dirname(file));
          writeFileSync(file, citationFile(items, format));
        }
        logger.info(`${files.length} citation files`);
      },
    },
  };
}
