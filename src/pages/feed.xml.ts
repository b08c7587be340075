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
    // The feed's own address, as RSS readers and validators look for it.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL(href('/feed.xml'), context.site).href}" rel="self" type="application/rss+xml"/>`,
  });
}
