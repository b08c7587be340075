// RSS of corrections and additions (src/lib/feed.ts): each revision, linking to it on its record's page.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_TITLE } from '../consts';
import { graph, revisions } from '../lib/content';
import { revisionFeedItems } from '../lib/feed';
import { href } from '../lib/urls';

export function GET(context: APIContext) {
  return rss({
    title: `${SITE_TITLE}: corrections and additions`,
    description: 'Every change to what a page of the record states, newest first.',
    site: new URL(href('/changes/'), context.site),
    trailingSlash: true,
    items: revisionFeedItems(graph, revisions).map((item) => ({
      title: item.title,
      link: new URL(href(item.path), context.site).href,
      pubDate: item.pubDate,
      description: item.description,
      categories: item.categories,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL(href('/changes.xml'), context.site).href}" rel="self" type="application/rss+xml"/>`,
  });
}
