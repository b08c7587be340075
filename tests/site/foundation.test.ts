// The built site, read as a reader would: every record has its page, facts
// link to the paragraphs they come from, and links hold both ways. The source
// pages against their captures, and the German source, are sources.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { CITED_BY_SHOWN, LANGUAGE_NAMES } from '../../src/consts';
import { aliasesOf } from '../../src/lib/aliases';
import { parseCitation } from '../../src/lib/citations';
import { mentionsIn, namesOf } from '../../src/lib/mentions';
import { countryInText } from '../../src/lib/numbers';
import { squash } from '../../src/lib/paragraphs';
import { escapeRegExp } from '../../src/lib/quote-language';
import type { CollectionName } from '../../src/lib/schema';
import { entriesOf, validateTree } from '../../src/lib/validate';
import { boundWords, datedWords, dateWords, noteWords } from '../helpers/dates';
import {
  LONG_SITE,
  ROOT_SITE,
  SUB_BASE,
  SUB_SITE,
  fieldLinks,
  hasPage,
  pageFile,
  pagePaths,
  readPage,
  readingPages,
  statementsShown,
} from '../helpers/site';
import { contentTree } from '../helpers/tree';

const { entries, paragraphs } = validateTree(contentTree());
const records = <C extends CollectionName>(collection: C) => entriesOf(entries, collection);
const PAGE_KINDS = ['sources', 'meetings', 'people', 'countries', 'organizations', 'agreements'] as const;

describe('pages', () => {
  it.each(PAGE_KINDS)('every record of %s has its page and appears on the index page', (kind) => {
    const $index = readPage(ROOT_SITE, `/${kind}/`);
    const listed = new Set(
      $index('main a')
        .map((_, a) => $index(a).attr('href'))
        .get(),
    );
    for (const r of records(kind)) {
      expect(hasPage(ROOT_SITE, `/${kind}/${r.id}/`), `${kind}/${r.id}`).toBe(true);
      expect(listed.has(`/${kind}/${r.id}/`), `${kind}/${r.id} on the index`).toBe(true);
    }
  });

  it('the home page says what the site is and leads to every kind of page', () => {
    const $ = readPage(ROOT_SITE, '/');
    expect($('h1').text()).toMatch(/Central Asia/);
    const hrefs = new Set(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    for (const kind of [...PAGE_KINDS, 'methodology']) expect(hrefs.has(`/${kind}/`), kind).toBe(true);
  });

  it('the home page names the meeting cities, marks those only the site infers, and counts the undated articles', () => {
    const text = readPage(ROOT_SITE, '/')('main').text().replace(/\s+/g, ' ');
    for (const [id, meetings] of Map.groupBy(records('meetings'), (m) => m.data.place.place)) {
      const name = records('places').find((p) => p.id === id)!.data.name;
      expect(text).toContain(name);
      expect(text.includes(`${name} (the site’s inference)`), name).toBe(meetings.every((m) => m.data.place.inferred));
    }
    const undated = records('sources').filter((s) => s.data.published.inferred).length;
    expect(text).toContain(`(${undated} of them carry no date; the site infers when they were published)`);
    // The span of publication runs from the first year of the earliest to the last year of the latest.
    const years = records('sources')
      .flatMap((s) => s.data.published.value.split('/'))
      .map((v) => v.slice(0, 4))
      .sort();
    expect(text).toContain(`published between ${years[0]} and ${years.at(-1)}`);
  });

  it('the home page counts its articles and what the record draws from them, each count leading to its list', () => {
    const $ = readPage(ROOT_SITE, '/');
    const summary = $('main p:contains("From them it draws")');
    expect(summary).toHaveLength(1);
    const links = summary
      .find('a')
      .map((_, a) => ({ path: $(a).attr('href'), count: Number.parseInt($(a).text(), 10) }))
      .get();
    const kinds = ['sources', 'meetings', 'people', 'countries', 'organizations', 'agreements', 'events'] as const;
    expect(links).toEqual(kinds.map((kind) => ({ path: `/${kind}/`, count: records(kind).length })));
    // A first-time reader is told the record is only what these articles report, not every such meeting.
    expect(summary.text().replace(/\s+/g, ' ')).toContain('it is not a complete record of such meetings');
  });

  it('the home page shows how a page reads: a real citation of a linked record, and the mark of an inference', () => {
    const $ = readPage(ROOT_SITE, '/');
    const how = $('main > p:contains("On a record page")');
    expect(how).toHaveLength(1);
    // The example is a record's statement as its page shows it: the page's chip, leading to a paragraph that exists.
    const meeting = how.find('a[href^="/meetings/"]').attr('href')!;
    const chips = how
      .find('.cites a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(chips.length).toBeGreaterThan(0);
    const $meeting = readPage(ROOT_SITE, meeting);
    const placeChips = $meeting('dl.facts dt:contains("Place") + dd .cites a')
      .map((_, a) => $meeting(a).attr('href'))
      .get();
    expect(chips).toEqual(placeChips);
    for (const chip of chips) expect(readPage(ROOT_SITE, chip)(`[id="${chip.split('#')[1]}"]`), chip).toHaveLength(1);
    // The mark, as record pages show it, and the methodology's section that explains both.
    const inferred = records('meetings').find((m) => m.data.date.inferred)!;
    const badge = readPage(ROOT_SITE, `/meetings/${inferred.id}/`)('.inference .badge').first().text();
    expect(badge).not.toBe('');
    expect(how.find('.badge').text()).toBe(badge);
    expect(how.find('a[href="/methodology/#citations-and-inferences"]')).toHaveLength(1);
    expect(readPage(ROOT_SITE, '/methodology/')('#citations-and-inferences')).toHaveLength(1);
  });

  it('an agreement with no date in the sources says so, without saying it was signed', () => {
    // The 2014–2015 joint plan was "approved" (its note); its page read "Signed: The sources give no date of signing".
    const $ = readPage(ROOT_SITE, '/agreements/');
    const undated = records('agreements').filter((a) => !a.data.signed);
    expect(undated.length).toBeGreaterThan(0);
    for (const a of records('agreements')) {
      const item = $(`.agreement-list li:has(a[href="/agreements/${a.id}/"])`).text();
      expect(/no date in the sources/i.test(item), a.id).toBe(!a.data.signed);
      expect(item.includes('signed'), a.id).toBe(Boolean(a.data.signed));
      const $page = readPage(ROOT_SITE, `/agreements/${a.id}/`);
      const terms = $page('dl.facts dt')
        .map((_, dt) => $page(dt).text())
        .get();
      expect(terms.includes('Signed'), a.id).toBe(Boolean(a.data.signed));
      if (!a.data.signed)
        expect($page('dl.facts dt:contains("Date") + dd').text(), a.id).toBe(
          'The sources give no date of its signing or approval.',
        );
    }
  });

  it('the list of agreements, short or long, says of the undated ones what their items say: no date, not no signing', () => {
    // Its opening and the long record's section of them read 'no date of signing', which an approved plan has not.
    for (const site of [ROOT_SITE, LONG_SITE]) {
      const $ = readPage(site, '/agreements/');
      const undated = $('.agreement-list li').filter((_, li) => /no date in the sources/i.test($(li).text()));
      expect(undated.length, site).toBeGreaterThan(0);
      expect($('main').text(), site).not.toMatch(/no date of signing/i);
    }
    expect(readPage(LONG_SITE, '/agreements/')('#undated')).toHaveLength(1);
  });

  it('a country’s or organization’s agreements are listed in order of signing, as the list of agreements has them', () => {
    const $index = readPage(ROOT_SITE, '/agreements/');
    const order = [
      ...new Set(
        $index('main .agreement-list a')
          .map((_, a) => $index(a).attr('href'))
          .get(),
      ),
    ];
    expect(order).toHaveLength(records('agreements').length);
    let lists = 0;
    for (const kind of ['countries', 'organizations'] as const) {
      for (const r of records(kind)) {
        const $ = readPage(ROOT_SITE, `/${kind}/${r.id}/`);
        const listed = $('section:has(#agreements) .agreement-list a')
          .map((_, a) => $(a).attr('href'))
          .get();
        if (listed.length > 1) lists++;
        expect(listed, r.id).toEqual(order.filter((href) => listed.includes(href)));
      }
    }
    expect(lists).toBeGreaterThan(0);
  });

  it('an organization’s agreements say where it is a party only by the site’s inference', () => {
    const seen = new Set<boolean>();
    for (const o of records('organizations')) {
      const $ = readPage(ROOT_SITE, `/organizations/${o.id}/`);
      for (const a of records('agreements')) {
        const party = a.data.parties.find((p) => p.organization === o.id);
        if (!party) continue;
        seen.add(party.inferred);
        const item = $(`section:has(#agreements) .agreement-list li:has(a[href="/agreements/${a.id}/"])`).text();
        expect(item, `${o.id}: ${a.id} not listed`).not.toBe('');
        expect(item.replace(/\s+/g, ' ').includes('a party, by the site’s inference'), `${o.id}: ${a.id}`).toBe(
          party.inferred,
        );
      }
    }
    // The real record has parties of both kinds, so each side of the rule is exercised.
    expect(seen).toEqual(new Set([true, false]));
  });

  it('a country’s agreements say where its only parties are parties by the site’s inference', () => {
    const seen = new Set<boolean>();
    for (const c of records('countries')) {
      const $ = readPage(ROOT_SITE, `/countries/${c.id}/`);
      const ours = new Set(
        records('organizations')
          .filter((o) => o.data.country === c.id)
          .map((o) => o.id),
      );
      for (const a of records('agreements')) {
        const parties = a.data.parties.filter((p) => ours.has(p.organization));
        if (parties.length === 0) continue;
        const inferred = parties.every((p) => p.inferred);
        seen.add(inferred);
        const item = $(`section:has(#agreements) .agreement-list li:has(a[href="/agreements/${a.id}/"])`).text();
        expect(item, `${c.id}: ${a.id} not listed`).not.toBe('');
        const marked = item
          .replace(/\s+/g, ' ')
          .includes(`a party from ${countryInText(c.data)}, by the site’s inference`);
        expect(marked, `${c.id}: ${a.id}`).toBe(inferred);
      }
    }
    expect(seen).toEqual(new Set([true, false]));
  });

  it('a country whose name takes “the” has it wherever the page’s own sentences name the country', () => {
    const withThe = records('countries').filter((c) => c.data.article === 'the');
    expect(withThe.length).toBeGreaterThan(0);
    for (const c of withThe) {
      const $ = readPage(ROOT_SITE, `/countries/${c.id}/`);
      // Its own sentences: the description, and the page's paragraphs and captions (the notes, in list items, are the
      // sources' words and the site's, which give the name as they give it; a reference to the page gives its title).
      const sentences = [
        $('meta[name="description"]').attr('content')!,
        ...$('main p, main figcaption, main caption, main svg title')
          .not('.reference')
          .map((_, e) => $(e).text().replace(/\s+/g, ' '))
          .get(),
      ].join(' ');
      const named = [...sentences.matchAll(new RegExp(`(\\S+) ${escapeRegExp(c.data.name)}`, 'g'))];
      expect(named.length, c.id).toBeGreaterThan(2);
      for (const [words, before] of named) expect(before, `${c.id}: “${words}”`).toMatch(/^(the|The)$/);
    }
  });

  it('the methodology page explains inferences and precision, with a GFM table', () => {
    const $ = readPage(ROOT_SITE, '/methodology/');
    expect(
      $('h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(expect.arrayContaining(['Citations and inferences', 'Dates and their precision']));
    expect($('main table th').first().text()).toBe('Written as');
  });

  it('the methodology lists its sections under its title, each linked to its heading, in order, on both builds', () => {
    for (const site of [ROOT_SITE, SUB_SITE]) {
      const $ = readPage(site, '/methodology/');
      const contents = $('main > nav.contents');
      expect(contents.prevAll('h1'), 'under the title').toHaveLength(1);
      expect(contents.attr('aria-labelledby')).toBe(contents.find('.contents-label').attr('id'));
      const listed = contents
        .find('li a')
        .map((_, a) => ({ href: $(a).attr('href'), text: $(a).text() }))
        .get();
      const headings = $('main h2')
        .map((_, h) => ({ href: `#${$(h).attr('id')}`, text: $(h).text() }))
        .get();
      expect(headings.length).toBeGreaterThan(5);
      expect(listed).toEqual(headings);
    }
  });

  it('the methodology says where to see every inference together, and record.json holds each one marked', () => {
    const $ = readPage(ROOT_SITE, '/methodology/');
    const section = $('.heading:has(#citations-and-inferences)').nextUntil('.heading');
    const hrefs = section
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(expect.arrayContaining(['/timeline/', '/data/']));
    // What it says of record.json holds: every inferred value of the content is there, marked with its basis.
    const inferred = (value: unknown): number =>
      Array.isArray(value)
        ? value.reduce((n: number, v) => n + inferred(v), 0)
        : value && typeof value === 'object'
          ? Number((value as { inferred?: unknown }).inferred === true) +
            Object.values(value).reduce((n: number, v) => n + inferred(v), 0)
          : 0;
    const record = JSON.parse(readFileSync(`${ROOT_SITE}/data/record.json`, 'utf8'));
    const inContent = (['sources', 'meetings', 'agreements', 'events', 'people', 'countries', 'organizations'] as const)
      .map((kind) => inferred(records(kind).map((r) => r.data)))
      .reduce((a, b) => a + b, 0);
    expect(inContent).toBeGreaterThan(0);
    expect(inferred(record)).toBe(inContent);
  });
});

describe('record pages', () => {
  const RECORD_KINDS = ['meetings', 'people', 'countries', 'organizations', 'agreements', 'events'] as const;
  it.each(RECORD_KINDS.flatMap((kind) => records(kind).map((r) => [`${kind}/${r.id}`, r.data] as const)))(
    '%s links every fact to its source paragraph, and each anchor exists',
    (path, data) => {
      const $ = readPage(ROOT_SITE, `/${path}/`);
      const linked = new Set(
        $('a[href*="#p"]')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
      const cited = JSON.stringify(data).match(/[a-z0-9-]+#p\d+/g) ?? [];
      for (const cite of cited) {
        const [source, n] = cite.split('#');
        const href = `/sources/${source}/#${n}`;
        expect(linked.has(href), `${cite} linked`).toBe(true);
        expect(readPage(ROOT_SITE, `/sources/${source}/`)(`#${n}`).length, `${href} exists`).toBe(1);
      }
      // Its list of sources: each cited source once, with the name its citation links use.
      const listed = $('.sources-cited li')
        .map((_, li) => `${$(li).find('a').attr('href')} ${$(li).text().replace(/\s+/g, ' ').trim()}`)
        .get();
      const sources = [...new Set(cited.map((c) => c.split('#')[0]!))];
      expect(listed).toEqual(
        sources.map((id) => {
          const source = records('sources').find((s) => s.id === id)!.data;
          const editorial = source.titleIsEditorial ? ' (no headline; the title is the site’s description)' : '';
          const language =
            source.language === 'en'
              ? ''
              : ` (in ${LANGUAGE_NAMES[source.language]}; site translation of the headline: ${source.titleTranslation})`;
          return `/sources/${id}/ ${source.title}${editorial}${language}, cited as ‘${source.shortTitle}’`;
        }),
      );
    },
  );

  it('names in each citation link the source and the paragraph it leads to, in words (“Kazinform (2019) paragraph ¶4”)', () => {
    // The word for a screen reader: NVDA's default punctuation level does not speak ¶, and read "Kazinform 2019 4".
    const shortTitle = new Map(records('sources').map((s) => [s.id, s.data.shortTitle]));
    const problems: string[] = [];
    let checked = 0;
    for (const path of readingPages(ROOT_SITE)) {
      const $ = readPage(ROOT_SITE, path);
      $('.cites a').each((_, a) => {
        checked++;
        const [, source, n] = /^\/sources\/([^/]+)\/#p(\d+)$/.exec($(a).attr('href') ?? '') ?? [];
        const text = $(a).text().replace(/\s+/g, ' ').trim();
        if (text !== `${shortTitle.get(source ?? '')} paragraph ¶${n}`)
          problems.push(`${path}: “${text}” links ${$(a).attr('href')}`);
        // What is seen stays the chip: the source's name on the first of a group, then the paragraph's number.
        const seen = $(a).clone().find('.vh').remove().end().text().replace(/\s+/g, ' ').trim();
        if (!new RegExp(`^(${escapeRegExp(shortTitle.get(source ?? '') ?? '')} )?¶${n}$`).test(seen))
          problems.push(`${path}: “${seen}” shown for ${$(a).attr('href')}`);
      });
    }
    expect(checked).toBeGreaterThan(records('meetings').length);
    expect(problems).toEqual([]);
  });

  it('shows each statement of a record (topic, note, occasion, term, summary, spelling…) where its page puts that kind of statement, with that statement’s citations', () => {
    /** Where a record page shows each field of statements (texts with citations): the list under a section's heading, or a field of its facts (the whole value, or one item of its list). */
    const PLACES: Record<string, { section: string } | { term: string; items?: true }> = {
      'meetings.occasion': { term: 'Occasion' },
      'meetings.topics': { section: 'topics' },
      'meetings.outcomes': { section: 'outcomes' },
      'meetings.notes': { section: 'notes' },
      'people.spellings': { term: 'Spellings in the sources', items: true },
      'countries.notes': { section: 'notes' },
      'organizations.abbreviation': { term: 'Abbreviation' },
      'organizations.notes': { section: 'notes' },
      'agreements.term': { term: 'Term' },
      'agreements.occasion': { term: 'Occasion' },
      'agreements.subjects': { section: 'subjects' },
      'agreements.notes': { section: 'notes' },
      'events.summary': { term: 'What happened' },
      'events.notes': { section: 'notes' },
    };
    /** Every statement (a text with citations) in a record, with the field it is in ("topics", "occasion"). */
    const statements = (data: unknown, field = ''): Array<{ field: string; text: string; cites: string[] }> => {
      if (Array.isArray(data)) return data.flatMap((d) => statements(d, field));
      if (data === null || typeof data !== 'object') return [];
      const d = data as { text?: unknown; cites?: unknown };
      const here =
        typeof d.text === 'string' && Array.isArray(d.cites)
          ? [{ field, text: d.text, cites: d.cites as string[] }]
          : [];
      return [
        ...here,
        ...Object.entries(data).flatMap(([key, value]) => statements(value, field ? `${field}.${key}` : key)),
      ];
    };
    // How many statements the content holds, counted from its fields, not by the walk above.
    const count = (...lists: Array<unknown[] | object | undefined>) =>
      lists.reduce<number>((n, l) => n + (Array.isArray(l) ? l.length : l ? 1 : 0), 0);
    const expected =
      records('meetings').reduce((n, { data: m }) => n + count(m.occasion, m.topics, m.outcomes, m.notes), 0) +
      records('people').reduce((n, { data: p }) => n + count(p.spellings), 0) +
      records('countries').reduce((n, { data: c }) => n + count(c.notes), 0) +
      records('organizations').reduce((n, { data: o }) => n + count(o.abbreviation, o.notes), 0) +
      records('agreements').reduce((n, { data: a }) => n + count(a.term, a.occasion, a.subjects, a.notes), 0) +
      records('events').reduce((n, { data: e }) => n + count(e.summary, e.notes), 0);
    const problems: string[] = [];
    let checked = 0;
    for (const kind of RECORD_KINDS) {
      for (const r of records(kind)) {
        const $ = readPage(ROOT_SITE, `/${kind}/${r.id}/`);
        for (const st of statements(r.data)) {
          const at = `${kind}/${r.id} ${st.field}: “${st.text.slice(0, 50)}”`;
          const place = PLACES[`${kind}.${st.field}`];
          if (!place) {
            problems.push(`${at}: no place known for ${kind}.${st.field}`);
            continue;
          }
          const dd =
            'term' in place
              ? $('dl.facts dt')
                  .filter((_, dt) => $(dt).text().trim() === place.term)
                  .next('dd')
              : undefined;
          const cited = (el: Parameters<typeof $>[0]) => ({
            text: $(el).text(),
            cites: $(el)
              .find('.cites a')
              .map((_, a) => $(a).attr('href'))
              .get(),
          });
          const candidates =
            'section' in place
              ? statementsShown($, place.section)
              : (place.items ? dd!.find('> ul > li') : dd!).toArray().map(cited);
          const item = candidates.find((c) => squash(c.text).startsWith(squash(st.text)));
          if (!item) {
            problems.push(`${at}: not on the page where ${JSON.stringify(place)}`);
            continue;
          }
          checked++;
          const linked = [...item.cites].sort();
          const cites = st.cites.map((c) => `/sources/${c.split('#')[0]}/#${c.split('#')[1]}`).sort();
          if (JSON.stringify(linked) !== JSON.stringify(cites))
            problems.push(`${at} links ${linked.join(' ')}, cites ${cites.join(' ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(expected).toBeGreaterThan(records('meetings').length);
    expect(checked).toBe(expected);
  });

  it('an event page links the countries, organizations, people and meetings the event concerns', () => {
    let linked = 0;
    for (const e of records('events')) {
      const $ = readPage(ROOT_SITE, `/events/${e.id}/`);
      for (const [term, kind, ids] of [
        ['Countries it concerns', 'countries', e.data.countries],
        ['Organizations it concerns', 'organizations', e.data.organizations],
        ['People it concerns', 'people', e.data.people],
        ['Meetings it concerns', 'meetings', e.data.meetings],
      ] as const) {
        const hrefs = fieldLinks($, term);
        expect(hrefs, `events/${e.id}: ${term}`).toEqual(ids.map((id) => `/${kind}/${id}/`));
        linked += hrefs.length;
      }
    }
    expect(linked).toBeGreaterThan(records('events').length);
  });

  it('an event page leads to the list of events and to the timeline, as the navigation has no entry for events', () => {
    for (const e of records('events')) {
      const $ = readPage(ROOT_SITE, `/events/${e.id}/`);
      const hrefs = $('main a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(hrefs, `events/${e.id}`).toContain('/events/');
      expect(hrefs, `events/${e.id}`).toContain('/timeline/');
    }
  });

  it('a person’s or organization’s page links its country', () => {
    for (const r of [...records('people'), ...records('organizations')]) {
      const $ = readPage(ROOT_SITE, `/${r.collection}/${r.id}/`);
      const country = fieldLinks($, 'Country');
      expect(country, `${r.collection}/${r.id}`).toEqual(r.data.country ? [`/countries/${r.data.country}/`] : []);
    }
    expect(records('organizations').some((o) => o.data.country)).toBe(true);
  });

  it('an agreement page links each of its parties and the meeting it came from', () => {
    let parties = 0;
    for (const a of records('agreements')) {
      const $ = readPage(ROOT_SITE, `/agreements/${a.id}/`);
      expect(fieldLinks($, 'Parties', 'organizations'), a.id).toEqual(
        a.data.parties.map((p) => `/organizations/${p.organization}/`),
      );
      expect(fieldLinks($, 'Meeting', 'meetings'), a.id).toEqual(
        a.data.meeting ? [`/meetings/${a.data.meeting.meeting}/`] : [],
      );
      parties += a.data.parties.length;
    }
    expect(parties).toBeGreaterThan(records('agreements').length);
  });

  it('the tie of an agreement to its meeting, a sentence, follows the link as one on both records’ pages', () => {
    // "Protocol …: Signed at the end of this conference." read as a label and a capital after a colon; two colons on
    // the agreement's page ("Meeting: Second conference …: Signed …"). A link with no such sentence after it fails too.
    const tied = records('agreements').filter((a) => a.data.meeting);
    expect(tied.length).toBeGreaterThan(1);
    const wrong: string[] = [];
    for (const a of tied) {
      const { meeting, relation } = a.data.meeting!;
      const places: Array<[string, string]> = [
        [`/agreements/${a.id}/`, `/meetings/${meeting}/`],
        [`/meetings/${meeting}/`, `/agreements/${a.id}/`],
        // An inferred tie is listed with the inferences too.
        ...(a.data.meeting!.inferred ? [['/inferences/', `/meetings/${meeting}/`] as [string, string]] : []),
      ];
      for (const [page, href] of places) {
        const $ = readPage(ROOT_SITE, page);
        const link = $(`main a[href="${href}"]`)
          .filter((_, el) => squash($(el).parent().text()).includes(squash(relation)))
          .first();
        const text = squash(link.parent().text());
        const expected = squash(`${link.text()}. ${relation}`);
        if (!text.includes(expected)) wrong.push(`${page}: “${text}” does not read “${expected}”`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(records('agreements').map((a) => [a.id, a.data] as const))(
    '%s shows each of its subjects and notes',
    (id, agreement) => {
      const text = squash(readPage(ROOT_SITE, `/agreements/${id}/`)('main').text());
      for (const s of [...agreement.subjects, ...agreement.notes]) expect(text).toContain(squash(s.text));
    },
  );
});

describe('meeting pages', () => {
  it.each(records('meetings').map((m) => [m.id, m] as const))(
    '%s lists each participant with the role held there',
    (id, meeting) => {
      const $ = readPage(ROOT_SITE, `/meetings/${id}/`);
      const rows = $('.heading:has(#participants) + .table-wrap table tbody tr')
        .map((_, tr) => ({
          href: $(tr).find('th a').attr('href'),
          role: $(tr).find('td').first().text().trim(),
        }))
        .get();
      expect(rows).toEqual(meeting.data.participants.map((p) => ({ href: `/people/${p.person}/`, role: p.role })));
    },
  );

  it('shows every inference of the content on its record’s page, marked and with its basis', () => {
    /** The basis of every field the content marks inferred, wherever it sits in a record. */
    const basesIn = (data: unknown): string[] => {
      if (Array.isArray(data)) return data.flatMap(basesIn);
      if (data === null || typeof data !== 'object') return [];
      const here = 'inferred' in data && data.inferred === true && 'basis' in data ? [String(data.basis)] : [];
      return [...here, ...Object.values(data).flatMap(basesIn)];
    };
    const problems: string[] = [];
    let checked = 0;
    for (const kind of [...PAGE_KINDS, 'events'] as const) {
      for (const r of records(kind)) {
        const $ = readPage(ROOT_SITE, `/${kind}/${r.id}/`);
        const shown = $('.inference:has(.badge) .basis')
          .map((_, el) => squash($(el).text()))
          .get();
        for (const basis of basesIn(r.data)) {
          checked++;
          if (!shown.includes(squash(basis))) problems.push(`${kind}/${r.id}: ${basis.slice(0, 80)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('says of each date of a record its precision, whether it is the latest it can be, and whether the source states it or the site infers it', () => {
    // The precision is the form of the value (README, "Dates"): "2017-04-10" a day, "2017-09" a month, "2017" a year,
    // "2013/2014" a period. A date that is only the latest it can be reads "on or before" a day, "in or before" a
    // month or a year, or "between" its earliest and it where the record knows the earliest, and says its exact day
    // (month, year) is not known.
    // (tests/helpers/dates.ts: precisionWords, boundWords; the timeline and the lists are held to the same rule.)
    const dates = [
      ...records('meetings').map((r) => ({ path: `/meetings/${r.id}/`, term: 'Date', date: r.data.date })),
      ...records('events').map((r) => ({ path: `/events/${r.id}/`, term: 'Date', date: r.data.date })),
      ...records('sources').map((r) => ({ path: `/sources/${r.id}/`, term: 'Published', date: r.data.published })),
      ...records('agreements').flatMap((r) =>
        r.data.signed ? [{ path: `/agreements/${r.id}/`, term: 'Signed', date: r.data.signed }] : [],
      ),
    ];
    const problems: string[] = [];
    for (const { path, term, date } of dates) {
      const $ = readPage(ROOT_SITE, path);
      const dd = $('dl.facts dt')
        .filter((_, dt) => $(dt).text().trim() === term)
        .next('dd');
      const said = dd.find('.precision').first().text().replace(/\s+/g, ' ').trim();
      const expected = `(${noteWords(date)})`;
      if (said !== expected) problems.push(`${path}: ${term} says “${said}”, not “${expected}”`);
      const times = dd.find('time');
      const textBefore = (i: number) => {
        const node = times.eq(i).prop('previousSibling');
        return node?.type === 'text' ? node.data.trim() : '';
      };
      const bounded = date.onOrBefore && date.onOrAfter !== undefined;
      const lead = date.onOrBefore ? (bounded ? 'between' : boundWords(date.value)) : '';
      if (textBefore(0) !== lead) problems.push(`${path}: ${term} has “${textBefore(0)}” before its date`);
      // "between <time 2018-03-15> and <time 2019-08-09>": the earliest first, marked so, each readable by a machine.
      if (bounded) {
        const ends = [0, 1].map((i) => `${times.eq(i).attr('class') ?? ''} ${times.eq(i).attr('datetime')}`.trim());
        if (ends.join(', ') !== `earliest ${date.onOrAfter}, ${date.value}`)
          problems.push(`${path}: ${term}’s <time>s are ${ends.join(', ')}`);
        if (textBefore(1) !== 'and') problems.push(`${path}: ${term} has “${textBefore(1)}” between its ends`);
      }
    }
    expect(new Set(dates.map((d) => d.date.inferred))).toEqual(new Set([true, false]));
    expect(new Set(dates.map((d) => d.date.onOrBefore))).toEqual(new Set([true, false]));
    expect(dates.some((d) => d.date.onOrAfter !== undefined)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a source’s date that the site only reads as the day of publication has that reading beside it, with its citations, on its page and in the lists of sources', () => {
    const read = records('sources').filter((r) => r.data.publishedReading);
    expect(read.length).toBeGreaterThan(0);
    for (const r of records('sources')) {
      const path = `/sources/${r.id}/`;
      const $ = readPage(ROOT_SITE, path);
      const dd = $('dl.facts dt')
        .filter((_, dt) => $(dt).text().trim() === 'Published')
        .next('dd');
      const reading = r.data.publishedReading;
      expect(dd.find('.published-reading').length, path).toBe(reading ? 1 : 0);
      if (!reading) continue;
      expect(squash(dd.find('.published-reading').text()), path).toBe(squash(reading.text));
      // Each paragraph it cites is linked in the field, once: the date's own citation serves for both.
      for (const cite of reading.cites)
        expect(dd.find(`.cites a[href$="/sources/${cite.replace('#', '/#')}"]`).length, `${path} ${cite}`).toBe(1);
    }
    // The lists of sources give the date with the reading too: a list that gave the bare day would state it.
    for (const r of records('sources')) {
      const reading = r.data.publishedReading;
      for (const list of ['/sources/', `/sources/${r.data.published.value.slice(0, 4)}/`]) {
        const $ = readPage(ROOT_SITE, list);
        const item = $(`ul.index-list > li:has(> a[href="/sources/${r.id}/"])`);
        expect(item.length, `${list} ${r.id}`).toBe(1);
        expect(item.find('.published-reading').length, `${list} ${r.id}`).toBe(reading ? 1 : 0);
        if (!reading) continue;
        expect(squash(item.find('.published-reading').text()), list).toBe(squash(reading.text));
        for (const cite of reading.cites)
          expect(item.find(`.cites a[href$="/sources/${cite.replace('#', '/#')}"]`).length, `${list} ${cite}`).toBe(1);
      }
    }
  });

  it('a date known only as the latest it can be reads so (with its earliest, where known) wherever a list or the feed gives it, and no other date does', () => {
    const dated = [
      ...records('meetings').map((m) => ({
        kind: 'meetings',
        id: m.id,
        date: m.data.date,
        lists: [['/meetings/', '.meeting-list']],
      })),
      ...records('agreements').flatMap((a) =>
        a.data.signed
          ? [{ kind: 'agreements', id: a.id, date: a.data.signed, lists: [['/agreements/', '.agreement-list']] }]
          : [],
      ),
    ].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date.value));
    const feed = cheerio.load(readFileSync(pageFile(ROOT_SITE, '/feed.xml'), 'utf8'), { xml: true });
    const problems: string[] = [];
    for (const { kind, id, date, lists } of dated) {
      const words = datedWords({ ...date, onOrBefore: true });
      for (const [list, selector] of [...lists, ['/timeline/', '.timeline']]) {
        const $ = readPage(ROOT_SITE, list!);
        const rows = $(`${selector} a[href="/${kind}/${id}/"]`).closest('tr, li');
        if (rows.length === 0) problems.push(`${list}: no entry for ${kind}/${id}`);
        rows.each((_, row) => {
          const text = $(row).text().replace(/\s+/g, ' ');
          if (!text.includes(dateWords(date.value))) problems.push(`${list}: ${kind}/${id} without its date`);
          if (text.includes(words) !== date.onOrBefore) problems.push(`${list}: ${kind}/${id} reads “${text}”`);
        });
      }
      if (kind === 'meetings') {
        const item = feed('item').filter((_, el) => feed(el).find('link').text().endsWith(`/meetings/${id}/`));
        if (item.find('description').text().includes(words) !== date.onOrBefore)
          problems.push(`feed: ${id} reads “${item.find('description').text().slice(0, 120)}”`);
      }
    }
    expect(dated.filter((d) => d.date.onOrBefore).map((d) => d.kind)).toEqual(
      expect.arrayContaining(['meetings', 'agreements']),
    );
    expect(problems).toEqual([]);
  });

  it('marks an inferred date and place with their basis', () => {
    const id = '2017-04-10-minsk-lukashenko-guo-cao';
    const meeting = records('meetings').find((m) => m.id === id)!.data;
    const $ = readPage(ROOT_SITE, `/meetings/${id}/`);
    const facts = $('dl.facts dd');
    expect(facts.eq(0).find('.badge').text()).toBe('Inferred');
    expect(facts.eq(0).text()).toContain('European Games');
    expect(facts.eq(1).find('.badge').text()).toBe('Inferred');
    expect(facts.eq(1).text().replace(/\s+/g, ' ')).toContain(meeting.place.basis);
  });
});

describe('backlinks hold both ways', () => {
  it('a person page lists every meeting with the role held there, and each meeting links back', () => {
    for (const person of records('people')) {
      const $ = readPage(ROOT_SITE, `/people/${person.id}/`);
      const rows = $('.heading:has(#meetings) + .table-wrap table tbody tr')
        .map((_, tr) => `${$(tr).find('th a').attr('href')} ${$(tr).find('td').last().text()}`)
        .get();
      const meetings = records('meetings').filter((m) => m.data.participants.some((p) => p.person === person.id));
      expect(rows).toHaveLength(meetings.length);
      for (const m of meetings) {
        const role = m.data.participants.find((p) => p.person === person.id)!.role;
        expect(
          rows.some((r) => r.startsWith(`/meetings/${m.id}/ ${role}`)),
          `${person.id} at ${m.id}`,
        ).toBe(true);
        const $m = readPage(ROOT_SITE, `/meetings/${m.id}/`);
        expect($m(`a[href="/people/${person.id}/"]`).length).toBeGreaterThan(0);
      }
    }
  });

  it('a person a statement names is linked from it, and their page lists the record', () => {
    let checked = 0;
    for (const kind of [...PAGE_KINDS, 'events'] as const) {
      for (const r of records(kind)) {
        const $ = readPage(ROOT_SITE, `/${kind}/${r.id}/`);
        for (const m of mentionsIn(r.data)) {
          checked++;
          const where = `${kind}/${r.id} ${m.field}`;
          const links = $(`main a[href="/people/${m.person}/"]`).filter(
            (_, a) => m.text.includes($(a).text()) && $(a).parent().text().includes(m.text.slice(0, 20)),
          );
          expect(links.length, where).toBeGreaterThan(0);
          const $person = readPage(ROOT_SITE, `/people/${m.person}/`);
          const back = $person(`.backlinks a[href="/${kind}/${r.id}/"]`);
          expect(back.length, where).toBe(1);
          expect(back.parent().find('.via').text(), where).toMatch(/its [a-z ]+ names this person/);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('a statement that names a person of the record who is not a participant lists them among its mentions', () => {
    const names = records('people').map((p) => ({ id: p.id, names: namesOf(p.data) }));
    /** Every statement (a text with citations) in a record, with the people it says it names. */
    const statements = (data: unknown): Array<{ text: string; mentions: string[] }> => {
      if (Array.isArray(data)) return data.flatMap(statements);
      if (data === null || typeof data !== 'object') return [];
      const d = data as { text?: unknown; cites?: unknown; mentions?: string[] };
      const here =
        typeof d.text === 'string' && Array.isArray(d.cites) ? [{ text: d.text, mentions: d.mentions ?? [] }] : [];
      return [...here, ...Object.values(data).flatMap(statements)];
    };
    const problems: string[] = [];
    for (const kind of ['meetings', 'agreements', 'events', 'organizations', 'countries'] as const) {
      for (const r of records(kind)) {
        const participants = new Set(r.collection === 'meetings' ? r.data.participants.map((p) => p.person) : []);
        for (const st of statements(r.data))
          for (const p of names)
            if (!participants.has(p.id) && p.names.some((n) => st.text.includes(n)) && !st.mentions.includes(p.id))
              problems.push(`${kind}/${r.id}: “${st.text}” names ${p.id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a country page lists its people, meetings and agreements', () => {
    // Read off the content: its people; the meetings held in it or attended by its people; the agreements a party
    // of which is of it.
    const countryOfPlace = new Map(records('places').map((p) => [p.id, p.data.country]));
    const countryOfPerson = new Map(records('people').map((p) => [p.id, p.data.country]));
    const countryOfOrganization = new Map(records('organizations').map((o) => [o.id, o.data.country]));
    /** The distinct links to one kind of page in a section of a page, up to the next heading or <section>. */
    const linksIn = ($: ReturnType<typeof readPage>, section: string, kind: string) =>
      [
        ...new Set(
          $(`.heading:has(#${section})`)
            .nextUntil('.heading, section')
            .find(`a[href^="/${kind}/"]`)
            .map((_, a) => $(a).attr('href'))
            .get(),
        ),
      ].sort();
    const seen = { people: 0, meetings: 0, agreements: 0 };
    for (const country of records('countries')) {
      const $ = readPage(ROOT_SITE, `/countries/${country.id}/`);
      const expected = {
        people: records('people')
          .filter((p) => p.data.country === country.id)
          .map((p) => `/people/${p.id}/`),
        meetings: records('meetings')
          .filter(
            (m) =>
              countryOfPlace.get(m.data.place.place) === country.id ||
              m.data.participants.some((p) => countryOfPerson.get(p.person) === country.id),
          )
          .map((m) => `/meetings/${m.id}/`),
        agreements: records('agreements')
          .filter((a) => a.data.parties.some((p) => countryOfOrganization.get(p.organization) === country.id))
          .map((a) => `/agreements/${a.id}/`),
      };
      for (const kind of ['people', 'meetings', 'agreements'] as const) {
        expect(linksIn($, kind, kind), `${country.id}: ${kind}`).toEqual(expected[kind].sort());
        seen[kind] += expected[kind].length;
      }
    }
    expect(seen.people).toBe(records('people').length);
    expect(seen.meetings).toBeGreaterThan(records('meetings').length);
    expect(seen.agreements).toBeGreaterThan(0);
  });

  /** The paragraphs (as "source#pN") whose text matches `naming`, sorted. */
  const paragraphsMatching = (naming: RegExp): string[] =>
    [...paragraphs]
      .flatMap(([source, ps]) => ps.filter((p) => naming.test(p.text)).map((p) => `${source}#p${p.n}`))
      .sort();
  const sourceHrefs = (cites: string[]) => cites.map((k) => `/sources/${k.replace('#', '/#')}`).sort();

  it('a country page cites every paragraph that names the country, and no other', () => {
    // How the sources name each country: its name, its adjective ("Tajik-Afghan border"), an abbreviation ("RT"),
    // the German forms. Each begins a word; case counts ("US", not "us").
    const FORMS: Record<string, string[]> = {
      afghanistan: ['Afghan'],
      belarus: ['Belarus'],
      china: ['China', 'Chinese', 'PRC', "People's Republic of China", 'chinesisch'],
      kazakhstan: ['Kazakh', 'Kasach'],
      kyrgyzstan: ['Kyrgyz', 'Kirgis'],
      russia: ['Russia'],
      tajikistan: ['Tajik', 'Tadschik', 'RT'],
      'united-states': ['United States', 'US', 'USA', 'America'],
      uzbekistan: ['Uzbek', 'Usbek', 'usbek'],
    };
    for (const c of records('countries')) {
      const forms = FORMS[c.id];
      expect(forms, `${c.id}: add the forms of its name to this test`).toBeDefined();
      const expected = paragraphsMatching(new RegExp(`\\b(${forms!.map(escapeRegExp).join('|')})`));
      expect([...c.data.named].sort(), c.id).toEqual(expected);
      const $ = readPage(ROOT_SITE, `/countries/${c.id}/`);
      // In the page's facts, as on a person's and an organization's page.
      expect(fieldLinks($, 'Named in').sort(), c.id).toEqual(sourceHrefs(expected));
    }
  });

  it('a person page cites every paragraph that names the person, and no other', () => {
    // A person is named by any word of a spelling the sources use ("Guo", "Rakhimzoda", "Hamro"), as a whole word;
    // a title alone ("the Chinese minister") does not name them.
    for (const person of records('people')) {
      const words = [...new Set(person.data.spellings.flatMap((s) => s.text.split(/\s+/)))];
      const expected = paragraphsMatching(
        new RegExp(`(?<!\\p{L})(${words.map(escapeRegExp).join('|')})(?!\\p{L})`, 'u'),
      );
      expect([...person.data.named].sort(), person.id).toEqual(expected);
      const $ = readPage(ROOT_SITE, `/people/${person.id}/`);
      expect(fieldLinks($, 'Named in').sort(), person.id).toEqual(sourceHrefs(expected));
    }
  });

  // How the sources name each organization: its name as a source gives it, its abbreviation, or a country's
  // adjective before "MIA" or "Interior Ministry". In the interview, "MIA" and "the Ministry of Internal Affairs"
  // are Tajikistan's unless another country's is named, and in the German report "Innenministerium" is
  // Uzbekistan's: those forms count only in that source. A title alone ("Minister of Public Security", "China's
  // General Prosecutor") names neither the ministry nor the office. Each form begins a word.
  type Form = string | RegExp;
  const INTERVIEW = 'rakhimzoda-interview-2015';
  const ORGANIZATION_FORMS: Record<string, Array<Form | [source: string, form: Form]>> = {
    'agency-for-control-of-drugs-tajikistan': ['Agency for Control of Drugs'],
    cis: ['CIS', 'Commonwealth of Independent States'],
    'council-of-ministers-of-internal-affairs': ['Council of Ministers of Internal Affairs'],
    'department-fight-against-drugs-law-and-order': [
      'Department for the Fight against Drugs and Protection of Law and Order',
    ],
    csto: ['CSTO', 'Collective Security Treaty Organization'],
    'government-tajikistan': ['Government of Tajikistan', 'Government of the Republic of Tajikistan'],
    'government-united-states': ['Government of the US'],
    interpol: ['Interpol', 'International Criminal Police Organization'],
    'mia-afghanistan': ['Ministry of Internal Affairs of the Islamic Republic of Afghanistan'],
    'mia-kazakhstan': ['Kazakh MIA'],
    'mia-kyrgyzstan': ['Kyrgyz MIA', 'Ministry of Internal Affairs of the Kyrgyz Republic'],
    'mia-russia': ['Ministry of Internal Affairs of the Russian Federation'],
    'mia-tajikistan': [
      'Tajik Interior Ministry',
      [INTERVIEW, 'MIA'],
      [INTERVIEW, /Ministry of Internal Affairs(?! of the (?:Russian|Kyrgyz|Islamic))/],
    ],
    'mia-uzbekistan': [['gazeta-uz-uzbekistan-china-security', 'Innenministerium']],
    'mps-china': ['MPS', 'Ministry of Public Security', 'Ministeriums für öffentliche Sicherheit'],
    'mss-china': ['Ministry of State Security'],
    'peoples-armed-police-china': ["People's Armed Police"],
    // Lukashenko, of Belarus and China (¶16, ¶15): “Prosecutors General in both our countries” (¶17).
    'prosecutor-general-belarus': ['Prosecutors General of Belarus', 'Prosecutors General in both our countries'],
    sco: ['SCO', 'Shanghai Cooperation Organization'],
    'supreme-court-tajikistan': ['Supreme Court of the Republic of Tajikistan', [INTERVIEW, 'Supreme Court']],
    'supreme-peoples-procuratorate-china': ["Supreme People's Procuratorate"],
    'united-nations': ['UN', 'United Nations'],
    'us-embassy-dushanbe': ['US embassy'],
    'us-state-department': ['US State Department'],
  };
  const names = (form: Form, text: string) =>
    new RegExp(`(?<!\\p{L})(?:${typeof form === 'string' ? escapeRegExp(form) : form.source})`, 'u').test(
      text.replace(/’/g, "'"),
    );
  /** Whether a text of `source` names the organization `id`, in a form the sources use (a source's own forms there). */
  const namesOrganization = (id: string, source: string, text: string) =>
    ORGANIZATION_FORMS[id]!.some((f) => (Array.isArray(f) ? f[0] === source && names(f[1], text) : names(f, text)));

  it('an organization page cites every paragraph that names the organization, and no other', () => {
    for (const o of records('organizations')) {
      const forms = ORGANIZATION_FORMS[o.id];
      expect(forms, `${o.id}: add the forms of its name to ORGANIZATION_FORMS`).toBeDefined();
      const expected = [...paragraphs]
        .flatMap(([source, ps]) =>
          ps.filter((p) => namesOrganization(o.id, source, p.text)).map((p) => `${source}#p${p.n}`),
        )
        .sort();
      expect([...o.data.named].sort(), o.id).toEqual(expected);
      const $ = readPage(ROOT_SITE, `/organizations/${o.id}/`);
      expect(fieldLinks($, 'Named in').sort(), o.id).toEqual(sourceHrefs(expected));
    }
  });

  it('an event lists among its organizations every organization of the record its summary names', () => {
    // As a statement that names a person lists them in its mentions: an organization the summary names, in a form the
    // sources use (a source's own forms where the summary cites that source), is one the event concerns, and its page
    // then lists the event. (The Group-24 event's summary named the Supreme Court of Tajikistan, which it did not list.)
    const problems: string[] = [];
    for (const e of records('events')) {
      const sources = new Set(e.data.summary.cites.map((c) => c.split('#')[0]!));
      for (const o of records('organizations'))
        if (
          [...sources].some((source) => namesOrganization(o.id, source, e.data.summary.text)) &&
          !e.data.organizations.includes(o.id)
        )
          problems.push(`events/${e.id}: “${e.data.summary.text}” names ${o.id}`);
    }
    expect(records('events').some((e) => e.data.organizations.length > 0)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('each source paragraph shows which records cite it, and no other', () => {
    // The records with a page that cite each paragraph, read off the content.
    const citing = new Map<string, Set<string>>();
    for (const record of entries.filter((e) => e.collection !== 'places')) {
      for (const cite of new Set(JSON.stringify(record.data).match(/[a-z0-9-]+#p\d+/g) ?? []))
        citing.set(cite, (citing.get(cite) ?? new Set()).add(`/${record.collection}/${record.id}/`));
    }
    let shown = 0;
    for (const source of records('sources')) {
      const $ = readPage(ROOT_SITE, `/sources/${source.id}/`);
      for (const { n } of paragraphs.get(source.id)!) {
        const citedBy = $(`#p${n} .cited-by a`)
          .map((_, a) => $(a).attr('href'))
          .get();
        // The source itself (its date's basis citing it) is "this source", not a link to the page the reader is on.
        const self = `/sources/${source.id}/`;
        const citers = citing.get(`${source.id}#p${n}`) ?? new Set<string>();
        expect(citedBy.sort(), `${source.id}#p${n}`).toEqual([...citers].filter((c) => c !== self).sort());
        expect($(`#p${n} .cited-by`).text().includes('this source ('), `${source.id}#p${n}`).toBe(citers.has(self));
        shown += citedBy.length;
      }
    }
    expect(shown).toBeGreaterThan(records('meetings').length);
  });

  it('folds a paragraph’s long list of the records citing it under a summary that counts them, and shows a short one', () => {
    // An interview's dateline was followed by ten lines of the organizations whose notes cite it, and a source's text
    // read in fragments between such lists. The records citing each paragraph, the source itself too, from the content.
    const citing = new Map<string, Set<string>>();
    for (const record of entries.filter((e) => e.collection !== 'places')) {
      for (const cite of new Set(JSON.stringify(record.data).match(/[a-z0-9-]+#p\d+/g) ?? []))
        citing.set(cite, (citing.get(cite) ?? new Set()).add(`${record.collection}/${record.id}`));
    }
    const found = { folded: 0, shown: 0 };
    for (const source of records('sources')) {
      const $ = readPage(ROOT_SITE, `/sources/${source.id}/`);
      for (const { n } of paragraphs.get(source.id)!) {
        const count = citing.get(`${source.id}#p${n}`)?.size ?? 0;
        if (count === 0) continue;
        const where = `${source.id}#p${n}: ${count} records`;
        const summary = $(`#p${n} details.cited-by:not([open]) > summary`);
        if (count > CITED_BY_SHOWN) {
          found.folded++;
          expect(summary.text().replace(/\s+/g, ' ').trim(), where).toBe(`Cited by ${count} records`);
        } else {
          found.shown++;
          expect(summary.length, where).toBe(0);
          expect($(`#p${n} .cited-by`).children().first().children().first().not('.vh').text(), where).toBe(
            'Cited by:',
          );
        }
      }
    }
    expect(found.folded).toBeGreaterThan(5);
    expect(found.shown).toBeGreaterThan(5);
  });

  it('every entity page has a "What links here" section that lists its referrers', () => {
    const $ = readPage(ROOT_SITE, '/organizations/mps-china/');
    const hrefs = $('.heading:has(#backlinks) ~ ul a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/agreements/tajikistan-china-memorandum-terrorism-extremism-separatism/',
        '/agreements/uzbekistan-china-interior-public-security-programme-2024-2025/',
      ]),
    );
    // Every record that names another in its content, read off the content: a citation names a source, a
    // person, organization, country, meeting, agreement or place field names that record; a meeting also
    // reaches the countries of its place and of its participants, an agreement the countries of its parties.
    const countryOf = new Map<string, string | undefined>([
      ...records('people').map((p) => [`people/${p.id}`, p.data.country] as const),
      ...records('organizations').map((o) => [`organizations/${o.id}`, o.data.country] as const),
      ...records('places').map((p) => [`places/${p.id}`, p.data.country] as const),
    ]);
    const FIELD_KIND: Record<string, string> = {
      person: 'people',
      people: 'people',
      mentions: 'people',
      organization: 'organizations',
      organizations: 'organizations',
      country: 'countries',
      countries: 'countries',
      meeting: 'meetings',
      meetings: 'meetings',
      agreement: 'agreements',
      place: 'places',
    };
    const named = (data: unknown, field = ''): string[] => {
      if (typeof data === 'string') {
        const cite = /^([a-z0-9-]+)#p\d+$/.exec(data);
        if (cite) return [`sources/${cite[1]}`];
        return FIELD_KIND[field] ? [`${FIELD_KIND[field]}/${data}`] : [];
      }
      if (Array.isArray(data)) return data.flatMap((d) => named(d, field));
      if (data === null || typeof data !== 'object') return [];
      return Object.entries(data).flatMap(([k, v]) => named(v, k));
    };
    const referrers = new Map<string, Set<string>>();
    for (const kind of [...PAGE_KINDS, 'events'] as const) {
      for (const r of records(kind)) {
        const targets = new Set(named(r.data));
        const through =
          r.collection === 'meetings'
            ? [`places/${r.data.place.place}`, ...r.data.participants.map((p) => `people/${p.person}`)]
            : r.collection === 'agreements'
              ? r.data.parties.map((p) => `organizations/${p.organization}`)
              : [];
        for (const t of through) if (countryOf.get(t)) targets.add(`countries/${countryOf.get(t)}`);
        targets.delete(`${kind}/${r.id}`);
        for (const t of targets) referrers.set(t, (referrers.get(t) ?? new Set()).add(`/${kind}/${r.id}/`));
      }
    }
    let listed = 0;
    for (const kind of [...PAGE_KINDS, 'events'] as const) {
      for (const r of records(kind)) {
        const $page = readPage(ROOT_SITE, `/${kind}/${r.id}/`);
        expect($page('#backlinks').length, `${kind}/${r.id}`).toBe(1);
        const shown = $page('.backlinks li a')
          .map((_, a) => $page(a).attr('href'))
          .get();
        expect(shown.sort(), `${kind}/${r.id}`).toEqual([...(referrers.get(`${kind}/${r.id}`) ?? [])].sort());
        listed += shown.length;
      }
    }
    expect(listed).toBeGreaterThan(entries.length);
  });

  it('possibly identical agreements say so on both records, as an inference with its basis', () => {
    let pairs = 0;
    for (const a of records('agreements')) {
      a.data.maybeSameAs.forEach((same, i) => {
        for (const [from, to] of [
          [a.id, same.agreement],
          [same.agreement, a.id],
        ]) {
          const $ = readPage(ROOT_SITE, `/agreements/${from}/`);
          const callout = $(`.callout:has(a[href="/agreements/${to}/"])`);
          expect(callout.length, `/agreements/${from}/ on ${to}`).toBe(1);
          expect(callout.find('strong').first().text(), `/agreements/${from}/`).toBe('May be the same agreement as');
          expect(callout.find('.badge').text(), `/agreements/${from}/`).toBe('Inferred');
        }
        const own = readPage(ROOT_SITE, `/agreements/${a.id}/`)(`#inferred-maybeSameAs-${i + 1}`);
        expect(own.find('a[href^="/agreements/"]').first().attr('href'), a.id).toBe(`/agreements/${same.agreement}/`);
        expect(own.find('.basis').text(), a.id).toBe(same.basis);
        pairs++;
      });
    }
    expect(pairs).toBeGreaterThan(0);
  });
});

describe('spelling variants', () => {
  it('a person page lists every spelling and every role the sources give, each with its citations', () => {
    let listed = 0;
    for (const person of records('people')) {
      const $ = readPage(ROOT_SITE, `/people/${person.id}/`);
      for (const [term, items] of [
        ['Spellings in the sources', person.data.spellings.map((s) => ({ text: s.text, cites: s.cites }))],
        ['Roles as reported', person.data.roles.map((r) => ({ text: r.title, cites: r.cites }))],
      ] as const) {
        const shown = $('dl.facts dt')
          .filter((_, dt) => $(dt).text().trim() === term)
          .next('dd')
          .find('li')
          .map((_, li) => ({
            text: $(li).clone().children('.cites').remove().end().text().trim(),
            cites: $(li)
              .find('.cites a')
              .map((_, a) => $(a).attr('href'))
              .get()
              .sort(),
          }))
          .get();
        expect(shown, `${person.id}: ${term}`).toEqual(
          items.map((i) => ({ text: i.text, cites: i.cites.map((c) => `/sources/${c.replace('#', '/#')}`).sort() })),
        );
        listed += shown.length;
      }
    }
    expect(listed).toBeGreaterThan(2 * records('people').length);
  });

  it('a meeting’s participant row says how the paragraphs it cites name the person, where the site’s name differs', () => {
    let namedOtherwise = 0;
    for (const meeting of records('meetings')) {
      const $ = readPage(ROOT_SITE, `/meetings/${meeting.id}/`);
      for (const p of meeting.data.participants) {
        const person = records('people').find((r) => r.id === p.person)!.data;
        // The person's record says which paragraphs use each spelling.
        const there = person.spellings.filter(
          (s) => s.text !== person.name && s.cites.some((c) => p.cites.includes(c)),
        );
        const row = $(`.heading:has(#participants) + .table-wrap tbody tr:has(th a[href="/people/${p.person}/"])`);
        const source = row.find('td').last().text().replace(/\s+/g, ' ').trim();
        for (const s of there) {
          const paragraphs = s.cites.filter((c) => p.cites.includes(c)).map((c) => `¶${parseCitation(c).paragraph}`);
          expect(source, `${meeting.id}: ${p.person}`).toMatch(
            new RegExp(`\\(named .*“${escapeRegExp(s.text)}” in [^)]*${paragraphs.join(', ')}.*\\)$`),
          );
        }
        if (!there.length) expect(source, `${meeting.id}: ${p.person}`).not.toContain('(named');
        // A word apart from the citation, in the text as in the search index, not only on the screen.
        expect(source, `${meeting.id}: ${p.person}`).not.toMatch(/\S\(named/);
        // The row's header is the site's name alone: a screen reader says it for each cell of the row.
        expect(row.find('th').text().trim(), meeting.id).toBe(person.name);
        if (there.length) namedOtherwise++;
      }
    }
    expect(namedOtherwise).toBeGreaterThan(0);
  });

  it('every alias URL is a redirect page to the person, on any static host', () => {
    for (const person of records('people')) {
      for (const alias of aliasesOf(person.id, person.data)) {
        const $ = readPage(ROOT_SITE, `/people/${alias}/`);
        expect($('meta[http-equiv="refresh"]').attr('content'), alias).toBe(`0; url=/people/${person.id}/`);
        expect($(`a[href="/people/${person.id}/"]`).length).toBe(1);
        expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`/people/${person.id}/$`));
      }
    }
    expect(hasPage(ROOT_SITE, '/people/rakhimzoda/')).toBe(true);
    expect(hasPage(ROOT_SITE, '/people/bobozhonov/')).toBe(true);
  });
});

describe('organizations', () => {
  // That each cited paragraph uses the abbreviation, the validator checks (src/lib/quotations.ts).
  it('an abbreviation is shown with a link to each paragraph cited for it', () => {
    const withAbbreviation = records('organizations').filter((o) => o.data.abbreviation);
    expect(withAbbreviation.length).toBeGreaterThan(0);
    for (const o of withAbbreviation) {
      const { text, cites } = o.data.abbreviation!;
      expect(cites.length, o.id).toBeGreaterThan(0);
      const $ = readPage(ROOT_SITE, `/organizations/${o.id}/`);
      const dd = $('dl.facts dt:contains("Abbreviation") + dd');
      expect(dd.text(), o.id).toContain(text);
      expect(dd.find('a[href*="#p"]').length, o.id).toBe(cites.length);
    }
  });

  it.each(['organizations', 'countries'] as const)(
    'a page of %s gives what the sources say of it, each statement in order (their citations are checked with every statement’s)',
    (kind) => {
      const withNotes = records(kind).filter((r) => r.data.notes.length > 0);
      expect(withNotes.length).toBeGreaterThan(0);
      for (const r of records(kind)) {
        const $ = readPage(ROOT_SITE, `/${kind}/${r.id}/`);
        const shown = statementsShown($, 'notes').map((st) => squash(st.text));
        expect(shown.length, r.id).toBe(r.data.notes.length);
        r.data.notes.forEach((note, i) => {
          const text = squash(note.text);
          expect(shown[i]?.slice(0, text.length), `${r.id} note ${i}`).toBe(text);
        });
      }
    },
  );
});

describe('Tajikistan’s Ministry of Internal Affairs', () => {
  it('its notes quoting the minister give who said it and when once, each quotation under it with its own paragraph', () => {
    const notes = records('organizations').find((o) => o.id === 'mia-tajikistan')!.data.notes;
    const lead = notes[0]!.text.slice(0, notes[0]!.text.indexOf(': “') + 1);
    const quoting = notes.filter((n) => n.text.startsWith(`${lead} “`));
    expect(quoting.length).toBeGreaterThan(1);
    const $ = readPage(ROOT_SITE, '/organizations/mia-tajikistan/');
    const section = squash($('.heading:has(#notes) + .fact-list').text());
    expect(section.split(squash(lead)).length - 1).toBe(1);
    const quotations = $('.heading:has(#notes) + .fact-list > li.lead-in > ul > li');
    expect(quotations).toHaveLength(quoting.length);
    // Each quotation's chips name a paragraph of its own, not only those of the lead-in (who, and when).
    quotations.each((i, li) => {
      const own = $(li).find('.cites a').length;
      expect(own, `quotation ${i}`).toBeGreaterThan(0);
    });
  });

  it('its page gives what the interview says of the 2003 agreement it works under with the United States', () => {
    const agreement = records('agreements').find(
      (a) => a.id === 'tajikistan-united-states-drug-trafficking-law-enforcement-2003',
    )!;
    // Not a party (the two governments signed it), so the page's list of agreements leaves it out.
    expect(agreement.data.parties.some((p) => p.organization === 'mia-tajikistan')).toBe(false);
    const [source, p] = agreement.data.signed!.cites[0]!.split('#');
    const $ = readPage(ROOT_SITE, '/organizations/mia-tajikistan/');
    const note = statementsShown($, 'notes').filter((st) => st.cites.includes(`/sources/${source}/#${p}`));
    expect(note).toHaveLength(1);
    expect(squash(note[0]!.text)).toContain(
      squash('the Government of Tajikistan and the Government of the US on the 27th of January, 2003'),
    );
  });
});

describe('corrections and additions', () => {
  const KINDS = [...PAGE_KINDS, 'events'] as const;
  /** How an entry begins: on the record's own page, the kind and its day ("Added 29 November 2026: …"); in the
   * log, the kind and the record ("Added to the meeting …: …"). */
  const PAGE_WORD = { correction: 'Corrected', addition: 'Added' } as const;
  const KIND_WORD = { correction: 'Corrected', addition: 'Added to' } as const;
  const revised = KINDS.flatMap((kind) => records(kind).map((r) => ({ kind, id: r.id, revisions: r.data.revisions })));

  it('a record page lists exactly its revisions at its foot, oldest first, each with its day and kind', () => {
    expect(revised.some((r) => r.revisions.length > 0)).toBe(true);
    for (const { kind, id, revisions } of revised) {
      const $ = readPage(ROOT_SITE, `/${kind}/${id}/`);
      const items = $('.revisions li').toArray();
      expect(items.length, `${kind}/${id}`).toBe(revisions.length);
      const expected = [...revisions].sort((a, b) => a.date.localeCompare(b.date));
      expected.forEach((r, i) => {
        const li = $(items[i]);
        const where = `${kind}/${id} revision ${i}`;
        expect(li.find('time').attr('datetime'), where).toBe(r.date);
        const lead = `${PAGE_WORD[r.kind]} ${li.find('time').text()}:`;
        expect(squash(li.text()).startsWith(squash(lead)), `${where}: “${lead}”`).toBe(true);
        expect(squash(li.text()).endsWith(squash(r.text)), where).toBe(true);
      });
      if (revisions.length > 0) expect($('.revisions a[href="/changes/"]').length, `${kind}/${id}`).toBe(1);
    }
  });

  it('/changes/ lists every revision of every record, newest first, each linking to it on its record’s page', () => {
    const $ = readPage(ROOT_SITE, '/changes/');
    // An entry is a record's one change of its day, or one of the changes listed under a record changed more than once
    // that day, which names the record and their number once ("3 changes to the meeting …:").
    const shown = $('main .revision-list li:not(.revision-group)')
      .map((_, li) => {
        const day = $(li).closest('section').children('.heading').find('time').attr('datetime');
        const link = $(li).find('a').first().attr('href');
        const group = $(li).parent().closest('li.revision-group');
        const under = group.length
          ? `under ${group.children('a').first().attr('href')} ${group.children('ul').children('li').length}`
          : 'alone';
        return `${day} ${link} ${under} ${squash($(li).text())}`;
      })
      .get();
    // A revision's anchor on its record's page is its day and its place among that day's ("revision-2026-11-29-2").
    const expected = revised.flatMap(({ kind, id, revisions }) =>
      revisions.map((r) => ({
        kind,
        id,
        r,
        anchor: `revision-${r.date}-${revisions.filter((o) => o.date === r.date).indexOf(r) + 1}`,
      })),
    );
    expect(shown.length).toBe(expected.length);
    for (const { kind, id, r, anchor } of expected) {
      const sameDay = revised.find((x) => x.kind === kind && x.id === id)!.revisions.filter((o) => o.date === r.date);
      const start =
        sameDay.length === 1
          ? `${r.date} /${kind}/${id}/#${anchor} alone ${squash(`${KIND_WORD[r.kind]} the`)}`
          : `${r.date} /${kind}/${id}/#${anchor} under /${kind}/${id}/ ${sameDay.length} ${PAGE_WORD[r.kind]}:`;
      const found = shown.filter((line) => line.startsWith(start) && line.endsWith(squash(r.text)));
      expect(found.length, `${kind}/${id}: ${r.text.slice(0, 40)}`).toBe(1);
      // The link lands on that very revision: the record's page holds it under that id.
      const target = readPage(ROOT_SITE, `/${kind}/${id}/`)(`.revisions li[id="${anchor}"]`);
      expect(squash(target.text()).endsWith(squash(r.text)), `${kind}/${id}#${anchor}`).toBe(true);
    }
    const days = shown.map((line) => line.slice(0, 10));
    expect(days).toEqual([...days].sort().reverse());
    // At its head, every day of the log, newest first, with how many changes it holds, each leading to that day.
    const index = $('main .day-index li')
      .map((_, li) => `${$(li).find('a').attr('href')} ${$(li).find('.count').text().trim()}`)
      .get();
    const perDay = [...new Set(days)].map((d) => `#d-${d} ${days.filter((x) => x === d).length} change`);
    expect(index.map((line) => line.replace(/changes$/, 'change'))).toEqual(perDay);
    for (const d of new Set(days)) expect($(`#d-${d}`).find('time').attr('datetime')).toBe(d);
    // Each day ends with a way back to that index.
    expect($('#days').is('.day-index')).toBe(true);
    for (const d of new Set(days)) expect($(`section:has(#d-${d}) a[href="#days"]`), d).toHaveLength(1);
  });

  it('every page’s footer links the list of corrections and additions', () => {
    // Every page a reader lands on, and the search and 404 pages, which have the footer too; not the redirect pages.
    const pages = [...readingPages(ROOT_SITE), '/search/', '/404.html'];
    expect(pages.length).toBeGreaterThan(PAGE_KINDS.reduce((n, kind) => n + records(kind).length, 0));
    const missing = pages.filter((path) => readPage(ROOT_SITE, path)('footer a[href="/changes/"]').length !== 1);
    expect(missing).toEqual([]);
  });
});

describe('a sub-path build', () => {
  it('puts every internal link and asset under the base', () => {
    const offending: string[] = [];
    for (const path of pagePaths(SUB_SITE)) {
      const $ = cheerio.load(readFileSync(pageFile(SUB_SITE, path), 'utf8'));
      $('[href], [src]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src') ?? '';
        if (/^(https?:|mailto:|#|data:)/.test(url)) return;
        if (!url.startsWith(SUB_BASE)) offending.push(`${path}: ${url}`);
        else if (!hasPage(SUB_SITE, url.slice(SUB_BASE.length - 1))) offending.push(`${path}: ${url} (missing)`);
      });
    }
    expect(offending).toEqual([]);
    expect(readdirSync(SUB_SITE).length).toBeGreaterThan(0);
  });
});
