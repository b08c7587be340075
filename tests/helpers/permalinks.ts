// Permalinks: the committed list of every URL the root build publishes
// (permalinks.txt). A URL once published must keep answering, with its
// page or with a redirect page to one of the same kind; `npm run permalinks` adds new URLs.
// Plain Node imports only (with extensions): scripts/permalinks.mjs runs it too.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { PUBLISHED_LIST as MANIFEST, readPublished as readManifest } from '../../src/lib/published-list.ts';

export { MANIFEST, readManifest };

/**
 * Build assets whose names change with their content, and the files the search page reads (Pagefind's index, and
 * the module it searches with and the record's words, public/search-module/): not addresses anyone keeps.
 */
const ASSET_FOLDERS = ['assets/', 'pagefind/', 'search-module/'];

/** Every URL of a root build, as site paths: "/meetings/x/" for a page, "/favicon.svg" for a file. */
function publishedPaths(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(outDir.length).replace(/\\/g, '/').replace(/^\/?/, '/'))
    .filter((path) => !ASSET_FOLDERS.some((folder) => path.startsWith(`/${folder}`)))
    .map((path) => path.replace(/\/index\.html$/, '/'))
    .sort();
}

function fileOf(outDir: string, path: string): string {
  return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** The path a redirect page sends the reader to, or undefined for any other file. */
export function redirectTarget(outDir: string, path: string): string | undefined {
  const file = fileOf(outDir, path);
  if (!file.endsWith('.html') || !existsSync(file)) return undefined;
  const refresh = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i.exec(readFileSync(file, 'utf8'));
  return refresh ? new URL(refresh[1]!, `http://site.invalid${path}`).pathname : undefined;
}

export interface ManifestCheck {
  /** Listed URLs that no longer lead anywhere, each with the reason. */
  missing: string[];
  /** Published URLs the manifest does not list yet. */
  unlisted: string[];
}

export function checkManifest(outDir: string, manifest: string[]): ManifestCheck {
  const missing: string[] = [];
  for (const path of manifest) {
    if (!existsSync(fileOf(outDir, path))) {
      missing.push(`${path}: no page and no redirect`);
      continue;
    }
    const target = redirectTarget(outDir, path);
    if (target === undefined) continue;
    if (!existsSync(fileOf(outDir, target)) || redirectTarget(outDir, target) !== undefined)
      missing.push(`${path}: redirects to ${target}, which is not a page`);
    // A record's old address leads to the same kind of record: a meeting's to a meeting, a person's to a person.
    else if (target.split('/')[1] !== path.split('/')[1])
      missing.push(`${path}: redirects to ${target}, a page of another kind`);
  }
  const listed = new Set(manifest);
  return { missing, unlisted: publishedPaths(outDir).filter((path) => !listed.has(path)) };
}

/** Adds the URLs of a build to the manifest; never removes one. Returns the URLs added. */
export function appendToManifest(outDir: string, file: string = MANIFEST): string[] {
  const manifest = readManifest(file);
  const listed = new Set(manifest);
  const added = publishedPaths(outDir).filter((path) => !listed.has(path));
  writeFileSync(file, [...new Set([...manifest, ...added])].sort().join('\n') + '\n');
  return added;
}
