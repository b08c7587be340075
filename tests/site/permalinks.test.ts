// Permalinks: every URL listed in tests/permalinks.txt still leads to a page,
// or to a redirect page whose target is a page; every URL the site publishes
// is listed. Renaming a meeting without keeping its old id in `formerIds`
// breaks a listed URL, and so fails here.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { addFrontmatter, copyContent } from '../helpers/content-copy';
import { MANIFEST, checkManifest, readManifest } from '../helpers/permalinks';
import { ROOT_SITE } from '../helpers/site';

const manifest = readManifest();

describe('the permalink manifest', () => {
  it('is sorted, one site path per line, each once', () => {
    expect(manifest.length).toBeGreaterThan(50);
    expect(manifest.every((path) => path.startsWith('/'))).toBe(true);
    expect(manifest).toEqual([...new Set(manifest)].sort());
  });

  it('every listed URL still leads to a page or to a redirect to one', () => {
    const { missing } = checkManifest(ROOT_SITE, manifest);
    expect(missing, `published URLs that broke:\n${missing.join('\n')}`).toEqual([]);
  });

  it('lists every URL the site publishes', () => {
    const { unlisted } = checkManifest(ROOT_SITE, manifest);
    expect(unlisted, `not in ${MANIFEST} yet: run \`npm run permalinks\` and commit it`).toEqual([]);
  });
});

describe('renaming a meeting', () => {
  const meetings = readdirSync('content/meetings')
    .filter((f) => f.endsWith('.md'))
    .sort();
  const oldId = meetings[0]!.slice(0, -'.md'.length);
  const newId = `${oldId}-renamed`;
  const oldUrl = `/meetings/${oldId}/`;

  /** A content copy where the meeting file is renamed and every reference to it follows. */
  function renamed(name: string): string {
    const dir = copyContent(name);
    renameSync(join(dir, 'meetings', `${oldId}.md`), join(dir, 'meetings', `${newId}.md`));
    const reference = new RegExp(`(?<![a-z0-9-])${oldId}(?![a-z0-9-])`, 'g');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const changed = text.replace(reference, newId);
      if (changed !== text) writeFileSync(join(dir, file), changed);
    }
    return dir;
  }

  it('is a published URL', () => {
    expect(manifest).toContain(oldUrl);
  });

  it('without formerIds, the permalink check reports the old URL', () => {
    const build = buildSite({ name: 'renamed-meeting', contentDir: renamed('renamed-meeting') });
    expect(build.status, build.output).toBe(0);
    const { missing, unlisted } = checkManifest(build.outDir, manifest);
    // The page and the citation files of the old id (src/integrations/citation-files.ts) are gone.
    const citeFiles = ['bib', 'json', 'ris'].map((ext) => `/cite/meetings/${oldId}.${ext}`);
    expect([...missing].sort()).toEqual(
      [oldUrl, ...citeFiles].map((path) => `${path}: no page and no redirect`).sort(),
    );
    expect(unlisted).toContain(`/meetings/${newId}/`);
  });

  it('with the old id in formerIds, the old URL redirects to the new page and the check passes', () => {
    const dir = renamed('renamed-meeting-redirect');
    const file = join('meetings', `${newId}.md`);
    expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/^formerIds:/m);
    addFrontmatter(dir, file, `formerIds:\n  - ${oldId}`);
    const build = buildSite({ name: 'renamed-meeting-redirect', contentDir: dir });
    expect(build.status, build.output).toBe(0);
    expect(checkManifest(build.outDir, manifest).missing).toEqual([]);
    const redirect = readFileSync(join(build.outDir, 'meetings', oldId, 'index.html'), 'utf8');
    expect(redirect).toContain(`url=/meetings/${newId}/`);
    // A citation file downloaded at the old id still answers, citing the page at its new URL.
    expect(readFileSync(join(build.outDir, 'cite', 'meetings', `${oldId}.bib`), 'utf8')).toContain(
      `/meetings/${newId}/`,
    );
  });

  it('renaming only the file, with the old id kept as its slug, keeps the page at its URL', () => {
    const dir = copyContent('renamed-file-slug');
    const file = join('meetings', `${newId}.md`);
    renameSync(join(dir, 'meetings', `${oldId}.md`), join(dir, file));
    addFrontmatter(dir, file, `slug: ${oldId}`);
    const build = buildSite({ name: 'renamed-file-slug', contentDir: dir });
    expect(build.status, build.output).toBe(0);
    expect(checkManifest(build.outDir, manifest).missing).toEqual([]);
    expect(readFileSync(join(build.outDir, 'meetings', oldId, 'index.html'), 'utf8')).not.toContain(
      'http-equiv="refresh"',
    );
  });
});
