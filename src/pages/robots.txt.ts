// Lets every crawler in and names the sitemap, at its absolute URL. Under a
// sub-path the file says that crawlers will not read it there (they read
// robots.txt only at the host's root), so a publisher copies its Sitemap line.
import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/urls';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl('/sitemap-index.xml', context.site);
  const base = import.meta.env.BASE_URL;
  const note =
    base === '/'
      ? ''
      : `# This site is served under ${base}. Crawlers read robots.txt only at the host's root: copy the Sitemap line below into that file.\n\n`;
  return new Response(`${note}User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
