// Writes the citation files (/cite/<kind>/<id>.bib, .ris and .json) of every
// record page and of each old id or alias a page answers at, and those of the
// whole record as a data set (/cite/data/record.*), once the pages are built,
// in one pass, with src/lib/cite.ts. As an Astro route, each file took a route
// render of its own: 22 s of a 10 000-meeting build for 37 500 files
// (bench/RESULTS.md). Builds only: `astro dev` has no citation files.
// A build hook runs outside Astro's content layer and cannot reach the pages'
// graph (src/lib/content.ts), so this one reads the content files again,
// parses them as the schemas do and builds its own graph. It does not check
// them across records again: validate-content.ts did, at astro:config:setup,
// and they took 3.6 of this step's 12.7 s in a profile of a 10 000-meeting
// build (bench/RESULTS.md, session 64).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_TITLE } from '../consts';
import { BUILT } from '../lib/built';
import { CITE_FORMAT_LIST, citationFile, citeFiles, datasetItem, pageCitations } from '../lib/cite';
import { corpusOf } from '../lib/corpus';
import { buildGraph } from '../lib/graph';
import { contentRoot, loadContentTree } from '../lib/load';
import { datasetFilePath, entityPath, withBase } from '../lib/urls';
import { formatProblems, parseTree } from '../lib/validate';

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
        const parsed = parseTree(loadContentTree(contentRoot()));
        // Only if a file changed during the build: the pages were made from the files as they were.
        if (parsed.problems.length) throw new Error(formatProblems(parsed.problems, 'no citation files were written'));
        const graph = buildGraph(corpusOf(parsed));
        const files = citeFiles(graph);
        const made = new Set<string>();
        const write = (path: string, body: string) => {
          const file = join(fileURLToPath(dir), path);
          if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
          made.add(dirname(file));
          writeFileSync(file, body);
        };
        // The base from Astro's config, not href()'s import.meta.env.BASE_URL, which a build hook outside the
        // pages' bundle does not have.
        const context = (path: string) => ({
          url: new URL(withBase(base, path), site).href,
          built: BUILT,
          siteTitle: SITE_TITLE,
        });
        for (const { kind, path, target, format } of files) {
          const items = pageCitations(graph, kind, target, context(entityPath(kind, target)));
          if (!items) throw new Error(`No ${kind} record "${target}" to cite in ${path}`);
          write(path, citationFile(items, format));
        }
        // The whole record as a data set, cited from the Data page.
        const dataset = datasetItem(context('/data/'));
        for (const format of CITE_FORMAT_LIST) write(datasetFilePath(format), citationFile([dataset], format));
        logger.info(`${files.length + CITE_FORMAT_LIST.length} citation files`);
      },
    },
  };
}
