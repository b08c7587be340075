// RSS of meetings and sources (src/lib/feed.ts), with absolute links.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { graph } from '../lib/content';
import { feedItems } from '../lib/feed';
import { href } from '../lib/urls';

export function GET(context: APIContext) {
  return rss({
    title: `${SITE_TITLE}: meetings and sources`,
    description: SITE_DESCRIPTION,
    site: new URL(href('/'), context.site),
    trailingSlash: true,
    items: feedItems(graph).map((item) => ({
      title: item.title,
      link: new URL(href(item.path), context.site).href,
      pubDate: item.pubDate,
      description: item.description,
      categories: item.categories,
    })),
    customData: '<language>en</language>',
  });
}
