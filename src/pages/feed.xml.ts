// RSS of meetings and sources (src/lib/feed.ts), with absolute links.
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { graph } from '../lib/content';
import { feedItems, siteFeed } from '../lib/feed';

export function GET(context: APIContext) {
  return siteFeed(context.site, {
    title: `${SITE_TITLE}: meetings and sources`,
    description: SITE_DESCRIPTION,
    home: '/',
    self: '/feed.xml',
    items: feedItems(graph),
  });
}
