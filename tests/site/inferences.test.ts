// /inferences/, read as an auditor of the site's judgement would: every fact the content marks inferred is listed
// there once, as its record's page shows it, with its basis and the paragraphs it cites, and leads to the place on
// its record's page where it stands, marked. Expectations come from the content files, walked here on their own.
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { squash } from '../../src/lib/paragraphs';
import type { CollectionName } from '../../src/lib/schema';
import { entriesOf, validateTree } from '../../src/lib/validate';
import { loadContentTree } from '../../src/lib/load';
import { LONG_CONTENT, LONG_SITE, ROOT_SITE, hasPage, readPage, readingPages } from '../helpers/site';
import { contentTree } from '../helpers/tree';

const { entries } = validateTree(contentTree());
const KINDS = ['sources', 'meetings', 'people', 'countries', 'organizations', 'agreements', 'events'] as const;

interface InferredFact {
  inferred: true;
  basis: string;
  cites: string[];
  value?: string;
  place?: string;
  organization?: string;
  meeting?: string;
  relation?: string;
  /** Another agreement this one may be (an agreement's maybeSameAs). */
  agreement?: string;
  /** The spellings a person's samePerson takes as one person: the record's, not the fact's own. */
  spellings?: string[];
  text?: string;
}

/** Every object of a record marked `inferred: true`, wherever it sits, with the first part of its field's path. */
const inferredIn = (data: unknown, field = ''): Array<{ field: string; fact: InferredFact }> => {
  if (Array.isArray(data)) return data.flatMap((item) => inferredIn(item, field));
  if (data === null || typeof data !== 'object') return [];
  const here = (data as { inferred?: unknown }).inferred === true ? [{ field, fact: data as InferredFact }] : [];
  return [...here, ...Object.entries(data).flatMap(([k, v]) => inferredIn(v, field || k))];
};

/** The date a record's inferences are listed under by year (README): a meeting's or event's, a signing, a publication. */
const dateOf = (kind: (typeof KINDS)[number], data: any): string | undefined =>
  ({
    meetings: data.date?.value,
    events: data.date?.value,
    agreements: data.signed?.value,
    sources: data.published?.value,
  })[kind as string];

/** Every year a date value spans, read off the value: "2013/2014" is 2013 and 2014. */
const yearsOf = (value: string) => {
  const [first, last = first] = value.split('/').map((v) => Number(v.slice(0, 4))) as [number, number?];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
};

const inferencesOf = (content: typeof entries) =>
  KINDS.flatMap((kind) =>
    entriesOf(content, kind as CollectionName).flatMap((r) => {
      const date = dateOf(kind, r.data);
      const spellings = kind === 'people' ? (r.data as { spellings: Array<{ text: string }> }).spellings : [];
      return inferredIn(r.data).map((i) => ({
        kind,
        id: r.id,
        ...i,
        ...(i.field === 'samePerson' && { fact: { ...i.fact, spellings: spellings.map((s) => s.text) } }),
        years: date ? yearsOf(date) : [],
        where: `${kind}/${r.id} ${i.field}`,
      }));
    }),
  );
const expected = inferencesOf(entries);

/** The paragraphs a fact's chips lead to, as the site links them (README: a citation "source#p3" is /sources/source/#p3). */
const citeHrefs = (cites: string[]) => cites.map((c) => `/sources/${c.replace('#', '/#')}`);

/** What of the fact's value an entry, or the place on the record's page it leads to, must show. */
function showsValue($: CheerioAPI, el: ReturnType<CheerioAPI>, fact: InferredFact): boolean {
  const text = squash(el.text());
  const links = el
    .find('a')
    .map((_, a) => $(a).attr('href'))
    .get();
  if (fact.value !== undefined) return el.find(`time[datetime^="${fact.value.split('/')[0]}"]`).length > 0;
  if (fact.place !== undefined) {
    const place = entriesOf(entries, 'places').find((p) => p.id === fact.place)!;
    return text.includes(place.data.name);
  }
  if (fact.organization !== undefined) return links.includes(`/organizations/${fact.organization}/`);
  if (fact.meeting !== undefined)
    return links.includes(`/meetings/${fact.meeting}/`) && text.includes(squash(fact.relation!));
  if (fact.agreement !== undefined) return links.includes(`/agreements/${fact.agreement}/`);
  if (fact.spellings !== undefined) return fact.spellings.every((s) => text.includes(squash(s)));
  return text.includes(squash(fact.text!));
}

describe('/inferences/', () => {
  // Read in each test, so that each fails on its own when the page is missing.
  const read = () => {
    const $ = readPage(ROOT_SITE, '/inferences/');
    return { $, items: $('main .inference-list > li').toArray() };
  };

  it('lists every inference of the content once, as its record shows it, with its basis and its citations', () => {
    const { $, items } = read();
    expect(expected.length).toBeGreaterThan(10);
    expect(items.length).toBe(expected.length);
    const unmatched = [...items];
    for (const e of expected) {
      const i = unmatched.findIndex((item) => {
        const li = $(item);
        const record = li.find('a.inference-place').attr('href')?.split('#')[0];
        return (
          record === `/${e.kind}/${e.id}/` &&
          squash(li.find('.inference .basis').text()) === squash(e.fact.basis) &&
          showsValue($, li, e.fact)
        );
      });
      expect(i, `${e.where}: no entry with its record, basis and value`).toBeGreaterThanOrEqual(0);
      const li = $(unmatched[i]);
      expect(li.find('.inference .badge').text(), e.where).toBe('Inferred');
      const chips = li
        .find('.cites a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(chips, e.where).toEqual(citeHrefs(e.fact.cites));
      unmatched.splice(i, 1);
    }
    expect(unmatched).toEqual([]);
  });

  it('each entry leads to the place on its record’s page that shows that inference, marked', () => {
    const { $, items } = read();
    expect(items.length).toBeGreaterThan(0);
    const anchors = new Set<string>();
    for (const item of items) {
      const li = $(item);
      const href = li.find('a.inference-place').attr('href') ?? '';
      const [path, anchor] = href.split('#') as [string, string | undefined];
      expect(anchor, href).toBeTruthy();
      expect(anchors.has(href), `${href} is the place of two entries`).toBe(false);
      anchors.add(href);
      const page = readPage(ROOT_SITE, path);
      const target = page(`[id="${anchor}"]`);
      expect(target.length, href).toBe(1);
      expect(target.find('.inference .badge').text(), href).toBe('Inferred');
      expect(squash(target.find('.inference .basis').text()), href).toBe(squash(li.find('.inference .basis').text()));
      const e = expected.find(
        (x) =>
          `/${x.kind}/${x.id}/` === path &&
          squash(x.fact.basis) === squash(li.find('.inference .basis').text()) &&
          showsValue($, li, x.fact),
      );
      expect(e, href).toBeDefined();
      expect(showsValue(page, target, e!.fact), href).toBe(true);
    }
  });

  it('each citation of a basis deep-links a paragraph its source page has', () => {
    const { $ } = read();
    const chips = $('main .inference-list .cites a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(chips.length).toBeGreaterThanOrEqual(expected.length);
    for (const href of new Set(chips)) {
      const [path, anchor] = href.split('#') as [string, string];
      expect(hasPage(ROOT_SITE, path), href).toBe(true);
      expect(readPage(ROOT_SITE, path)(`.para[id="${anchor}"]`).length, href).toBe(1);
    }
  });

  it('has, for each person the sources spell more than one way, that the site takes the spellings as one person', () => {
    const { $ } = read();
    const spelled = entriesOf(entries, 'people').filter((p) => p.data.spellings.length > 1);
    expect(spelled.length).toBeGreaterThan(1);
    for (const { id, data } of spelled) {
      // On the person's page, at the spellings: the inference with its badge, its basis and the paragraphs it cites.
      const page = readPage(ROOT_SITE, `/people/${id}/`);
      const at = page('[id="inferred-samePerson"]');
      expect(at.length, id).toBe(1);
      expect(at.prev('dt').text(), id).toBe('Spellings in the sources');
      for (const s of data.spellings) expect(squash(at.find('li').text()), id).toContain(squash(s.text));
      const mark = at.children('p');
      expect(mark.find('.inference .badge').text(), id).toBe('Inferred');
      expect(squash(mark.find('.inference .basis').text()), id).toBe(squash(data.samePerson!.basis));
      const chips = mark
        .find('.cites a')
        .map((_, a) => page(a).attr('href'))
        .get();
      expect(chips, id).toEqual(citeHrefs(data.samePerson!.cites));
      // On /inferences/: one entry, whose link names the inference and the person to a screen reader too.
      const entry = $(`a.inference-place[href="/people/${id}/#inferred-samePerson"]`);
      expect(entry.length, id).toBe(1);
      expect(squash(entry.text()), id).toBe(squash(`Identity across the spellings of ${data.name}`));
    }
  });

  it('is led to from the methodology’s section on inferences, and from every page’s footer', () => {
    const m = readPage(ROOT_SITE, '/methodology/');
    const section = m('.heading:has(#citations-and-inferences)').nextUntil('.heading');
    expect(section.find('a[href="/inferences/"]').length).toBe(1);
    const meeting = expected.find((e) => e.kind === 'meetings')!;
    // Every page a reader lands on, and the search and 404 pages, which have the footer too; not the redirect pages.
    const pages = [...readingPages(ROOT_SITE), '/search/', '/404.html'];
    expect(pages).toContain(`/meetings/${meeting.id}/`);
    expect(pages.length).toBeGreaterThan(KINDS.reduce((n, kind) => n + entriesOf(entries, kind).length, 0));
    const missing = pages.filter((path) => readPage(ROOT_SITE, path)('footer a[href="/inferences/"]').length !== 1);
    expect(missing).toEqual([]);
    const { $ } = read();
    expect($('main a[href="/methodology/#citations-and-inferences"]').length).toBeGreaterThan(0);
  });
});

describe.each([
  ['the real record', ROOT_SITE, () => expected, false],
  ['a long record', LONG_SITE, () => inferencesOf(validateTree(loadContentTree(LONG_CONTENT)).entries), true],
])('/inferences/ by year, on %s', (_, site, inferencesOfSite, long) => {
  const all = inferencesOfSite();
  const years = [...new Set(all.flatMap((e) => e.years))].sort();
  /** The entries of a page, by the record each leads to and its basis. */
  const listed = (path: string) => {
    const $ = readPage(site, path);
    return $('main .inference-list > li')
      .toArray()
      .map(
        (li) => `${$(li).find('a.inference-place').attr('href')!.split('#')[0]} ${squash($(li).find('.basis').text())}`,
      )
      .sort();
  };
  const key = (e: (typeof all)[number]) => `/${e.kind}/${e.id}/ ${squash(e.fact.basis)}`;

  it('each year of a record’s date has a page listing exactly the inferences of the records dated to it', () => {
    expect(years.length).toBeGreaterThan(long ? 5 : 1);
    for (const year of years)
      expect(listed(`/inferences/${year}/`), year).toEqual(
        all
          .filter((e) => e.years.includes(year))
          .map(key)
          .sort(),
      );
  });

  it(
    long
      ? 'lists only its years, and the inferences of undated records, once the record is long'
      : 'lists every inference itself while the record is short',
    () => {
      const $ = readPage(site, '/inferences/');
      const yearLinks = $('main .year-index a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(yearLinks).toEqual(years.map((y) => `/inferences/${y}/`));
      expect(listed('/inferences/')).toEqual((long ? all.filter((e) => e.years.length === 0) : all).map(key).sort());
    },
  );
});
