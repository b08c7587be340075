// Links and anchors: every internal href/src of both builds, and every URL of
// the site in its data, citation and feed files, names a file, and every
// #fragment an element of the target page. The sub-path build is read
// as served under its prefix, so a link that forgets the base is broken.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { A_BUILD, buildSite } from '../helpers/build';
import { checkLinks, unreachablePages } from '../helpers/links';
import { LONG_SITE, ROOT_SITE, SUB_BASE, SUB_SITE, TMP, pagePaths, readPage } from '../helpers/site';

/** The origin of the canonical URLs: links to it are internal too. */
const siteOrigin = (site: string) => new URL(readPage(site, '/')('link[rel="canonical"]').attr('href')!).origin;

describe.each([
  ['root', ROOT_SITE, '/'],
  ['sub-path', SUB_SITE, SUB_BASE],
])('the %s build', (_, site, base) => {
  it(`every internal link resolves under ${base}, with its #fragment`, () => {
    const { checked, broken } = checkLinks(site, base, siteOrigin(site));
    expect(checked).toBeGreaterThan(1000);
    expect(broken, `${broken.length} broken links:\n${broken.join('\n')}`).toEqual([]);
  });
});

// A page no link leads to is found only by its address or the sitemap: a reader browsing from the home page never
// sees it. The long record adds the year pages that a list past its limit is split into.
describe.each([
  ['root', ROOT_SITE, '/'],
  ['sub-path', SUB_SITE, SUB_BASE],
  ['long-record', LONG_SITE, '/'],
])('the %s build', (_, site, base) => {
  it('every reading page can be reached from the home page by following links', () => {
    const unreachable = unreachablePages(site, base);
    expect(unreachable, `${unreachable.length} pages no link leads to:\n${unreachable.join('\n')}`).toEqual([]);
  });
});

describe('the build as a host publishes it', () => {
  it('has no file or folder whose name starts with "_" or ".", which a host running Jekyll leaves out', () => {
    // GitHub Pages served from a branch runs Jekyll, which drops them: Astro's own _astro/ took every stylesheet.
    const files = readdirSync(ROOT_SITE, { recursive: true }).map(String);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.split(/[\\/]/).some((part) => /^[_.]/.test(part)))).toEqual([]);
  });

  it(
    'builds into an out folder outside the project (SITE_OUT_DIR) the same pages as into one inside it',
    A_BUILD,
    () => {
      // Astro runs the pages from the out folder; from outside the project they must still find its packages.
      const outDir = mkdtempSync(join(tmpdir(), 'ties-out-'));
      try {
        const build = buildSite({ name: 'outside', outDir });
        expect(build.status, build.output).toBe(0);
        expect(pagePaths(outDir)).toEqual(pagePaths(ROOT_SITE));
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
  );
});

describe('the link checker', () => {
  const dir = `${TMP}/link-checker`;
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  };

  it('reports each broken link with its page, and passes the good ones', () => {
    rmSync(dir, { recursive: true, force: true });
    write(
      'index.html',
      `<link rel="stylesheet" href="/base/s.css"><a href="/base/a/#x">ok</a><a href="a/#y">no id</a><a href="/a/">no base</a><a href="https://example.org/base/missing/">canonical</a><a href="https://elsewhere.example/">external</a><a href="#top">top</a><a href="mailto:x@example.org">mail</a>`,
    );
    write(
      'a/index.html',
      `<h2 id="x">x</h2><img src="../b.png" alt=""><meta http-equiv="refresh" content="0; url=/base/gone/">` +
        `<script type="application/ld+json">{"@context":"https://schema.org","url":"https://example.org/base/a/","subjectOf":[{"@id":"https://example.org/base/a/#thing"},{"@id":"https://example.org/a/#thing"}]}</script>`,
    );
    write('s.css', 'body { background: url(/base/bg.svg); }');
    write('data/t.csv', 'url,x\r\nhttps://example.org/base/a/#x,1\r\nhttps://example.org/base/a/#z,2\r\n');
    write(
      'cite/t.bib',
      '@misc{k,\n\turl = {https://example.org/base/gone/},\n\tnote = {(https://example.org/base/a/)},\n}\n',
    );
    const { broken } = checkLinks(dir, '/base/', 'https://example.org');
    expect(broken).toEqual([
      '/: href="a/#y": no element with id "y" on /base/a/',
      '/: href="/a/": /a/ is outside the base path /base/',
      '/: href="https://example.org/base/missing/": no file at /base/missing/',
      '/a/: src="../b.png": no file at /base/b.png',
      '/a/: meta refresh "0; url=/base/gone/": no file at /base/gone/',
      '/a/: JSON-LD @id "https://example.org/a/#thing": /a/ is outside the base path /base/',
      '/s.css: url(/base/bg.svg): no file at /base/bg.svg',
      '/cite/t.bib: "https://example.org/base/gone/": no file at /base/gone/',
      '/data/t.csv: "https://example.org/base/a/#z": no element with id "z" on /base/a/',
    ]);
  });
});
