// Every internal URL of the site is made here, so a build under a sub-path
// (SITE_BASE=/some/path/) has no broken link.

/** The kinds of record that have a page each, at /<kind>/<id>/. */
export const PAGE_KINDS = [
  'sources',
  'meetings',
  'people',
  'countries',
  'organizations',
  'agreements',
  'events',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** What one record of each kind is called where a page names it: "Meeting", "Person"… */
export const PAGE_KIND_LABEL: Record<PageKind, string> = {
  sources: 'Source',
  meetings: 'Meeting',
  people: 'Person',
  countries: 'Country',
  organizations: 'Organization',
  agreements: 'Agreement',
  events: 'Event',
};

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

export function entityPath(kind: PageKind, id: string): string {
  return `/${kind}/${id}/`;
}

export function entityHref(kind: PageKind, id: string): string {
  return href(entityPath(kind, id));
}

/** A year's page under a list or a record's page: ("/meetings/", "2019") → "/meetings/2019/". */
export function yearPath(list: string, year: string): string {
  return `${list}${year}/`;
}

export function paragraphHref(sourceId: string, n: number): string {
  return `${entityHref('sources', sourceId)}#p${n}`;
}
