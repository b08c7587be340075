// RSS of corrections and additions (src/lib/feed.ts): each revision, linking to it on its record's page.
import type { APIContext } from 'astro';
import { SITE_TITLE } from '../consts';
import { graph, revisions } from '../lib/content';
import { revisionFeedItems, siteFeed } from '../lib/feed';

export function GET(context: APIContext) {
  return siteFeed(context.site, {
    title: `${SITE_TITLE}: corrections and additions`,
    description: 'Every change to what a page of the record states, newest first.',
    home: '/changes/',
    self: '/changes.xml',
    items: revisionFeedItems(graph, revisions),
  });
}
