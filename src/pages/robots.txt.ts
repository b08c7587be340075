// Lets every crawler in and names the sitemap, at its absolute URL.
import type { APIContext } from 'astro';
import { href } from '../lib/urls';

export function GET(context: APIContext) {
  const sitemap = new URL(href('/sitemap-index.xml'), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
