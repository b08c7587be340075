// The kinds of record that have a page each, and what the site calls them: one record ("Meeting") and several
// ("Meetings"). Their addresses are made in src/lib/urls.ts.

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

/** The kind search results and their filter give a page of no record's kind (home, lists, methodology, data). */
export const OVERVIEW_KIND = 'Overview';

/** What the records of each kind are called together, heading a list of them: "Meetings", "People"… */
export const PAGE_KIND_PLURAL: Record<PageKind, string> = {
  sources: 'Sources',
  meetings: 'Meetings',
  people: 'People',
  countries: 'Countries',
  organizations: 'Organizations',
  agreements: 'Agreements',
  events: 'Events',
};
