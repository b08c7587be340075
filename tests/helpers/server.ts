// A small static file server for the browser tests: serves a built site under
// its base path, as a static host would, on the loopback address only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** "http://127.0.0.1:PORT", the only origin the pages may request. */
  origin: string;
  /** The origin plus the base path: where the home page is. */
  home: string;
  close(): Promise<void>;
}

/** The file a request path names under `base`, or undefined (outside the base, missing). */
export function fileFor(outDir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const file = normalize(join(outDir, rest.endsWith('/') || rest === '' ? join(rest, 'index.html') : rest));
  if (file !== normalize(outDir) && !file.startsWith(normalize(outDir) + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function serveSite(outDir: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file: string | undefined;
    try {
      file = fileFor(outDir, base, pathname);
    } catch {
      file = undefined; // a malformed escape
    }
    if (!file) {
      const notFound = fileFor(outDir, base, `${base}404.html`);
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    home: origin + base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Serves `outDir` under `base` for the tests of the enclosing describe block:
 * started before them, closed after. The site's fields are filled in once it listens.
 */
export function servedForTests(outDir: string, base = '/'): StaticSite {
  const site: StaticSite = { origin: '', home: '', close: async () => {} };
  beforeAll(async () => {
    Object.assign(site, await serveSite(outDir, base));
  });
  afterAll(() => site.close());
  return site;
}
