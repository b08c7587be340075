// A renamed record's published address must keep answering: the build refuses content in which an address listed
// in permalinks.txt has no record, saying what to write (src/lib/published.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenAddresses } from '../../src/lib/published';
import { publishedListFor } from '../../src/lib/published-list';
import { formatProblem, validateTree } from '../../src/lib/validate';
import { MANIFEST, appendToManifest, readManifest } from '../helpers/permalinks';
import { contentTree, entry } from '../helpers/tree';

const MEETING = '2017-09-beijing-rahimzoda-guo';

/** The problems brokenAddresses finds in the real content after one change. */
function brokenAfter(change: (tree: ReturnType<typeof contentTree>) => void): string[] {
  const tree = contentTree();
  change(tree);
  // Other records still cite the old id; that the validator reports elsewhere.
  const { entries } = validateTree(tree);
  return brokenAddresses(readManifest(), entries, 'content', MANIFEST).map(formatProblem);
}

describe('published record addresses', () => {
  it('every one listed answers in the real content', () => {
    expect(readManifest().filter((p) => p.startsWith('/meetings/')).length).toBeGreaterThan(5);
    expect(brokenAfter(() => {})).toEqual([]);
  });

  it('a meeting renamed without its old id in formerIds is refused once, on its folder, saying what to add', () => {
    expect(brokenAfter((t) => (entry(t, 'meetings', MEETING).data.slug = `${MEETING}-talks`))).toEqual([
      `content/meetings/: formerIds: /meetings/${MEETING}/ is published (${MANIFEST}), but no meeting has the id "${MEETING}" or lists it in formerIds; add formerIds: ["${MEETING}"] to the meeting it became, so the old address redirects to it`,
    ]);
  });

  it('a meeting renamed with its old id in formerIds answers', () => {
    expect(
      brokenAfter((t) => {
        const renamed = entry(t, 'meetings', MEETING).data;
        renamed.slug = `${MEETING}-talks`;
        renamed.formerIds = [MEETING];
      }),
    ).toEqual([]);
  });

  it('a person renamed answers at an old id that is one of their aliases or the slug of a spelling, not otherwise', () => {
    const rename = (aliases: string[]) => (t: ReturnType<typeof contentTree>) => {
      const person = entry(t, 'people', 'guo-shengkun').data;
      person.slug = 'guo-sheng-kun';
      person.spellings = [{ ...person.spellings[0], text: 'Guo Sheng-kun' }];
      person.aliases = aliases;
    };
    expect(brokenAfter(rename(['guo-shengkun']))).toEqual([]);
    // The spelling "Guo Shengkun" alone gives the old id its redirect.
    expect(brokenAfter((t) => (entry(t, 'people', 'guo-shengkun').data.slug = 'guo-sheng-kun'))).toEqual([]);
    const broken = brokenAfter(rename([]));
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(
      /^content\/people\/: aliases: \/people\/guo-shengkun\/ is published .* add "guo-shengkun" to the aliases/,
    );
  });

  it('a published year page of a country or person is refused when no record answers at its id, naming it', () => {
    const YEAR_PAGES = ['/countries/belarus/2017/', '/people/guo-shengkun/2017/'];
    const tree = contentTree();
    const broken = () =>
      brokenAddresses(YEAR_PAGES, validateTree(tree).entries, 'content', MANIFEST).map(formatProblem);
    expect(broken()).toEqual([]);
    entry(tree, 'countries', 'belarus').data.slug = 'belarus-republic';
    const person = entry(tree, 'people', 'guo-shengkun').data;
    person.slug = 'guo-sheng-kun';
    person.spellings = [{ ...person.spellings[0]!, text: 'Guo Sheng-kun' }];
    expect(broken()).toEqual([
      `content/countries/: slug: /countries/belarus/2017/ is published (${MANIFEST}), but no country has the id "belarus", and its address cannot redirect: keep it, with slug: "belarus" in the renamed file`,
      `content/people/: aliases: /people/guo-shengkun/2017/ is published (${MANIFEST}), but no person has the id "guo-shengkun" or an alias or spelling that gives it; add "guo-shengkun" to the aliases of the person it became, so the old address redirects to it`,
    ]);
    // With the old id as an alias, the person's year page answers (built as a redirect: routes.ts recordYearPaths).
    person.aliases = ['guo-shengkun'];
    expect(broken()).toHaveLength(1);
  });

  it('a country or an agreement, which have no redirect, are named as one of their kind', () => {
    const AGREEMENT = 'belarus-china-prosecutors-general-programme-2017';
    const broken = brokenAfter((t) => {
      entry(t, 'countries', 'belarus').data.slug = 'belarus-republic';
      entry(t, 'agreements', AGREEMENT).data.slug = 'belarus-china-programme';
    });
    expect(broken).toEqual([
      `content/agreements/: slug: /agreements/${AGREEMENT}/ is published (${MANIFEST}), but no agreement has the id "${AGREEMENT}", and its address cannot redirect: keep it, with slug: "${AGREEMENT}" in the renamed file`,
      `content/countries/: slug: /countries/belarus/ is published (${MANIFEST}), but no country has the id "belarus", and its address cannot redirect: keep it, with slug: "belarus" in the renamed file`,
    ]);
  });

  it('a source, which has no redirect, is told to keep its id', () => {
    const broken = brokenAfter(
      (t) => (entry(t, 'sources', 'kazinform-2019-almaty-conference').data.slug = 'kazinform-2019'),
    );
    expect(broken).toEqual([
      `content/sources/: slug: /sources/kazinform-2019-almaty-conference/ is published (${MANIFEST}), but no source has the id "kazinform-2019-almaty-conference", and its address cannot redirect: keep it, with slug: "kazinform-2019-almaty-conference" in the renamed file`,
    ]);
  });
});

describe('the published list a build keeps answering', () => {
  it('is permalinks.txt for the real record, none for another content tree unless PUBLISHED_LIST names one', () => {
    expect(publishedListFor(true, {})).toBe(MANIFEST);
    expect(publishedListFor(false, {})).toBeUndefined();
    expect(publishedListFor(false, { PUBLISHED_LIST: '' })).toBeUndefined();
    expect(publishedListFor(false, { PUBLISHED_LIST: MANIFEST })).toBe(MANIFEST);
    expect(publishedListFor(true, { PUBLISHED_LIST: 'other.txt' })).toBe('other.txt');
  });
});

describe('npm run permalinks (appendToManifest)', () => {
  it('adds the URLs a build publishes to the list, sorted, and never removes one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permalinks-'));
    try {
      const outDir = join(dir, 'dist');
      const file = join(dir, 'permalinks.txt');
      for (const path of [
        'index.html',
        'meetings/b/index.html',
        'favicon.svg',
        'assets/page.1a2b.css',
        'pagefind/x.pf',
      ]) {
        mkdirSync(dirname(join(outDir, path)), { recursive: true });
        writeFileSync(join(outDir, path), '');
      }
      // "/meetings/a/" is no longer built: a published URL stays listed, for the build and the tests to hold it to.
      writeFileSync(file, '/meetings/a/\n/\n');
      expect(appendToManifest(outDir, file)).toEqual(['/favicon.svg', '/meetings/b/']);
      const after = readFileSync(file, 'utf8');
      expect(after).toBe(['/', '/favicon.svg', '/meetings/a/', '/meetings/b/'].join('\n') + '\n');
      expect(appendToManifest(outDir, file)).toEqual([]);
      expect(readFileSync(file, 'utf8')).toBe(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
