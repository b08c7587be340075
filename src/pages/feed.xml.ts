// RSS of meetings and sources (src/lib/feed.ts), with absolute links.
import type { APIContext } from 'astro';
import { FEEDS, SITE_DESCRIPTION } from '../consts';
import { graph } from '../lib/content';
import { feedItems, siteFeed } from '../lib/feed';

export function GET(context: APIContext) {
  return siteFeed(context.site, {
    title: FEEDS.site.title,
    description: SITE_DESCRIPTION,
    home: '/',
    self: FEEDS.site.path,
    items: feedItems(graph),
  });
}
