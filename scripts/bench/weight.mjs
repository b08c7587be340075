// The heaviest page of each kind in a built site, so the results show which
// pages grow with the record and which do not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isRedirectPage } from '../../src/lib/redirect-page.ts';
import { inCodePointOrder } from '../../src/lib/order.ts';

/** The kind of page a path is: "/", "/meetings/", "/meetings/<year>/", "/meetings/<id>/". */
function kindOf(path) {
  const [section, page] = path.split('/').filter(Boolean);
  if (!section) return '/';
  if (!page) return `/${section}/`;
  return /^\d{4}$/.test(page) ? `/${section}/<year>/` : `/${section}/<id>/`;
}

/** Every reading page's size (redirect pages left out), the largest of each kind first in its kind. */
export function heaviestPages(outDir) {
  const heaviest = new Map();
  for (const file of readdirSync(outDir, { recursive: true })) {
    if (!String(file).endsWith('index.html')) continue;
    if (isRedirectPage(join(outDir, file))) continue;
    const html = readFileSync(join(outDir, file));
    const path = `/${String(file).slice(0, -'index.html'.length)}`;
    const kind = kindOf(path);
    if ((heaviest.get(kind)?.bytes ?? 0) < html.length) heaviest.set(kind, { kind, path, bytes: html.length, html });
  }
  return [...heaviest.values()]
    .map(({ kind, path, bytes, html }) => ({ kind, path, kb: bytes / 1024, gzipKb: gzipSync(html).length / 1024 }))
    .sort((a, b) => inCodePointOrder(a.kind, b.kind));
}

/** A mean page of every HTML file a build wrote (redirect pages too, as the bare sites have as many pages): its size in bytes and its number of elements. */
export function meanPage(outDir) {
  let bytes = 0;
  let elements = 0;
  const files = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html'));
  for (const file of files) {
    const html = readFileSync(join(outDir, file), 'utf8');
    bytes += Buffer.byteLength(html);
    elements += html.match(/<[a-zA-Z]/g)?.length ?? 0;
  }
  return { bytes: bytes / files.length, elements: elements / files.length };
}
