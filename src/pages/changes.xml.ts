// RSS of corrections and additions (src/lib/feed.ts): each revision, linking to it on its record's page.
import type { APIContext } from 'astro';
import { FEEDS } from '../consts';
import { graph, revisionsNewestFirst } from '../lib/content';
import { revisionFeedItems, siteFeed } from '../lib/feed';

export function GET(context: APIContext) {
  return siteFeed(context.site, {
    title: FEEDS.changes.title,
    description: 'Every change to what a page of the record states, by day, newest day first.',
    home: '/changes/',
    self: FEEDS.changes.path,
    items: revisionFeedItems(graph, revisionsNewestFirst),
  });
}
