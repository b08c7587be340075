// Every internal URL of the site is made here, so a build under a sub-path
// (SITE_BASE=/some/path/) has no broken link.
import type { CiteFormat } from './cite';
import type { PageKind } from './kinds';

/** Puts a site-absolute path ("/meetings/") under the base ("/sub/" → "/sub/meetings/"). */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** A site path as an href under the configured base. */
export function href(path: string): string {
  return withBase(BASE, path);
}

/** A record's page, or a place on it (an element's id, without "#"): ("meetings", "x", "p3") → "/meetings/x/#p3". */
export function entityPath(kind: PageKind, id: string, anchor?: string): string {
  return anchor ? `/${kind}/${id}/#${anchor}` : `/${kind}/${id}/`;
}

export function entityHref(kind: PageKind, id: string, anchor?: string): string {
  return href(entityPath(kind, id, anchor));
}

/** A site path's address on the published site: ("/changes/", "https://example.org") → "https://example.org/sub/changes/". */
export function absoluteUrl(path: string, site: string | URL | undefined): string {
  return new URL(href(path), site).href;
}

/** A record page's address on the published site, or a place on it, as a citation, a feed or a data file gives it. */
export function entityUrl(kind: PageKind, id: string, site: string | URL | undefined, anchor?: string): string {
  return absoluteUrl(entityPath(kind, id, anchor), site);
}

/** A year's page under a list or a record's page: ("/meetings/", "2019") → "/meetings/2019/". */
export function yearPath(list: string, year: string): string {
  return `${list}${year}/`;
}

/** A year page's path taken apart, yearPath's inverse: "/people/<id>/2014/" → "/people/<id>/" and "2014". */
export function yearPathParts(path: string): { list: string; year: string } | undefined {
  const parts = /^(.*\/)(\d{4})\/$/.exec(path);
  return parts ? { list: parts[1]!, year: parts[2]! } : undefined;
}

/** The id of a paragraph's element on its source's page, what a link to it ends with: 3 → "p3". */
export function paragraphAnchor(n: number): string {
  return `p${n}`;
}

/** The id of a record page's "Cite this page" section, to which a source paragraph's own line points. */
export const CITE_THIS_PAGE_ANCHOR = 'cite-this-page';

/** A paragraph of a source, on the source's page: ("kazinform", 3) → "/sources/kazinform/#p3". */
export function paragraphPath(sourceId: string, n: number): string {
  return entityPath('sources', sourceId, paragraphAnchor(n));
}

export function paragraphHref(sourceId: string, n: number): string {
  return href(paragraphPath(sourceId, n));
}

/** The whole record as one JSON file (src/pages/data/record.json.ts), and its JSON Schema (record.schema.json.ts). */
export const RECORD_FILE_PATH = '/data/record.json';
export const RECORD_SCHEMA_PATH = '/data/record.schema.json';

/** One table of the record as a CSV file: "meetings" → "/data/meetings.csv". */
export function tableFilePath(table: string): string {
  return `/data/${table}.csv`;
}

/** Where a page's citation file is, as a site path: ("meetings", "x", "bib") → "/cite/meetings/x.bib". */
export function citeFilePath(kind: PageKind, id: string, format: CiteFormat): string {
  return `/cite/${kind}/${id}.${format}`;
}

/** Where the data set's citation files are: "bib" → "/cite/data/record.bib". */
export function datasetFilePath(format: CiteFormat): string {
  return `/cite/data/record.${format}`;
}
