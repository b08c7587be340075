// Permalinks: every URL listed in permalinks.txt still leads to a page,
// or to a redirect page whose target is a page; every URL the site publishes
// is listed. Renaming a meeting without keeping its old id in `formerIds`
// breaks a listed URL, and so fails here. A year page whose year has no
// entries any more (a date corrected) redirects to its list instead, and one
// published under a renamed person's old id to their year page at the new id.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { A_BUILD, buildSite } from '../helpers/build';
import { addFrontmatter, copyContent, edit } from '../helpers/content-copy';
import { MANIFEST, checkManifest, readManifest, redirectTarget } from '../helpers/permalinks';
import { realGraph } from '../helpers/corpus';
import { ROOT_SITE, TMP } from '../helpers/site';
import { buildTimeline, timelineIndex } from '../../src/lib/timeline';
import { yearsOfDate } from '../../src/lib/years';

const manifest = readManifest();

/** A content copy, `name`, where the record file <kind>/<from>.md is renamed <to>.md and every reference to it follows. */
function renamedCopy(name: string, kind: string, from: string, to: string): string {
  const dir = copyContent(name);
  renameSync(join(dir, kind, `${from}.md`), join(dir, kind, `${to}.md`));
  const reference = new RegExp(`(?<![a-z0-9-])${from}(?![a-z0-9-])`, 'g');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const changed = text.replace(reference, to);
    if (changed !== text) writeFileSync(join(dir, file), changed);
  }
  return dir;
}

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
  const renamed = (name: string): string => renamedCopy(name, 'meetings', oldId, newId);

  it('is a published URL', () => {
    expect(manifest).toContain(oldUrl);
  });

  it('without formerIds, the permalink check reports the old URL', A_BUILD, () => {
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

  it('with the old id in formerIds, the old URL redirects to the new page and the check passes', A_BUILD, () => {
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

  it('renaming only the file, with the old id kept as its slug, keeps the page at its URL', A_BUILD, () => {
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

describe('re-dating the only event of a published year', () => {
  const dateOf = (text: string) => /^date:\n\s+value: "([^"]+)"/m.exec(text)![1]!;
  const events = readdirSync('content/events')
    .filter((f) => f.endsWith('.md'))
    .map((file) => ({ file, date: dateOf(readFileSync(join('content/events', file), 'utf8')) }));
  const eventsOf = (year: string) => events.filter((e) => yearsOfDate(e.date).includes(year));
  // A year of a single event dated within it, whose page is published; the event moves a year earlier, before any
  // source it cites was published, as a corrected date might.
  const only = events.find(
    (e) =>
      !e.date.includes('/') &&
      eventsOf(e.date.slice(0, 4)).length === 1 &&
      manifest.includes(`/events/${e.date.slice(0, 4)}/`),
  )!;
  const year = only.date.slice(0, 4);
  const earlier = `${Number(year) - 1}${only.date.slice(4)}`;

  it('there is such a year', () => {
    expect(only, 'a published year of events with a single event').toBeDefined();
  });

  it(
    'the emptied year’s page redirects to the list of events and says why; every listed URL still answers',
    A_BUILD,
    () => {
      const dir = copyContent('emptied-year');
      edit(dir, join('events', only.file), (t) => t.replace(`value: "${only.date}"`, `value: "${earlier}"`));
      // A copy of the real record keeps its published list only when it asks (src/build-settings.mjs).
      const build = buildSite({ name: 'emptied-year', contentDir: dir, env: { PUBLISHED_LIST: MANIFEST } });
      expect(build.status, build.output).toBe(0);
      expect(checkManifest(build.outDir, manifest).missing).toEqual([]);
      expect(redirectTarget(build.outDir, `/events/${year}/`)).toBe('/events/');
      const page = readFileSync(join(build.outDir, 'events', year, 'index.html'), 'utf8');
      expect(page).toContain(`<title>Events of ${year}`);
      expect(page).toContain(`No event in the record is dated ${year} any more.`);
      expect(page).toContain('href="/changes/"');
      expect(page).not.toContain('data-pagefind-body');
      expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain(`/events/${year}/<`);
      // The year it moved to has a page of its own again.
      expect(redirectTarget(build.outDir, `/events/${earlier.slice(0, 4)}/`)).toBeUndefined();
    },
  );
});

describe('renaming a person whose year pages were published', () => {
  // The real record's timelines are short: the person with the longest has year pages once the list limit
  // (SITE_LIST_LIMIT) is one below its length, as a grown record would give them.
  const graph = realGraph();
  const timeline = timelineIndex(buildTimeline(graph));
  const person = graph.corpus.people.toSorted(
    (a, b) => timeline.ofPerson(b.id).length - timeline.ofPerson(a.id).length,
  )[0]!;
  const oldId = person.id;
  const newId = `${oldId}-renamed`;
  const dated = timeline.ofPerson(oldId);
  const years = [...new Set(dated.flatMap((e) => e.years))].sort();
  // A year published under the old id that the person's timeline has nothing in any more.
  const gone = String(Number(years[0]) - 1);
  const published = [...manifest, ...[gone, ...years].map((year) => `/people/${oldId}/${year}/`)].sort();

  it('there is such a person', () => {
    expect(dated.length).toBeGreaterThan(1);
    expect(manifest).toContain(`/people/${oldId}/`);
  });

  it(
    'each year page at the old id leads to the one at the new id, or to the page; every listed URL still answers',
    A_BUILD,
    () => {
      const dir = renamedCopy('renamed-person-years', 'people', oldId, newId);
      // The old id kept as an alias.
      const file = join('people', `${newId}.md`);
      if (/^aliases: \[/m.test(readFileSync(join(dir, file), 'utf8')))
        edit(dir, file, (t) => t.replace(/^aliases: \[/m, `aliases: [${oldId}, `));
      else addFrontmatter(dir, file, `aliases: [${oldId}]`);
      const list = join(TMP, 'renamed-person-years.txt');
      mkdirSync(TMP, { recursive: true });
      writeFileSync(list, published.join('\n') + '\n');
      const build = buildSite({
        name: 'renamed-person-years',
        contentDir: dir,
        env: { PUBLISHED_LIST: list, SITE_LIST_LIMIT: String(dated.length - 1) },
      });
      expect(build.status, build.output).toBe(0);
      expect(checkManifest(build.outDir, published).missing).toEqual([]);
      expect(redirectTarget(build.outDir, `/people/${oldId}/`)).toBe(`/people/${newId}/`);
      for (const year of years) {
        expect(redirectTarget(build.outDir, `/people/${oldId}/${year}/`)).toBe(`/people/${newId}/${year}/`);
        expect(redirectTarget(build.outDir, `/people/${newId}/${year}/`)).toBeUndefined();
      }
      // A year with nothing left leads to the person's page, as an emptied year does.
      expect(redirectTarget(build.outDir, `/people/${oldId}/${gone}/`)).toBe(`/people/${newId}/`);
      const page = readFileSync(join(build.outDir, 'people', oldId, years[0]!, 'index.html'), 'utf8');
      expect(page).toContain(`’s pages are now at /people/${newId}/, no longer at /people/${oldId}/.`);
      expect(page).not.toContain('data-pagefind-body');
      expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain(`/people/${oldId}/`);
    },
  );
});
