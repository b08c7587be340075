// The source pages, read against the raw captures: every article line of a
// capture is on its page under its line number, what was left out is said and
// never shown, and the German source keeps its German, marked as such, with the
// site's English translation beside it, labelled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { LANGUAGE_NAMES, NO_HEADLINE } from '../../src/consts';
import { captureLines, squash } from '../../src/lib/paragraphs';
import { escapeRegExp } from '../../src/lib/quote-language';
import type { CollectionName, Source } from '../../src/lib/schema';
import { entriesOf, validateTree } from '../../src/lib/validate';
import { ROOT_SITE, fieldLinks, pageFile, pagePaths, readPage } from '../helpers/site';
import { contentTree } from '../helpers/tree';

const { entries, paragraphs } = validateTree(contentTree());
const records = <C extends CollectionName>(collection: C) => entriesOf(entries, collection);

describe('source texts against the raw captures', () => {
  const sources = records('sources');
  const furniture = (s: { data: Source }) =>
    new Set(s.data.capture.leftOut.filter((l) => l.kind === 'furniture').flatMap((l) => l.lines));
  const leftOut = (s: { data: Source }) => new Set(s.data.capture.leftOut.flatMap((l) => l.lines));

  it.each(sources.map((s) => [s.id, s] as const))(
    '%s: every article line of the capture is on the source page, white space aside',
    (id, source) => {
      const capture = readFileSync(`content/captures/${source.data.capture.file}`, 'utf8');
      const page = squash(readPage(ROOT_SITE, `/sources/${id}/`)('.excerpt').text());
      const lines = captureLines(capture).filter((l) => !leftOut(source).has(l.n));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(page.includes(squash(line.text)), `capture line ${line.n}`).toBe(true);
    },
  );

  it.each(sources.map((s) => [s.id, s] as const))(
    '%s: every excerpt paragraph is a line of the capture, under its line number',
    (id, source) => {
      const capture = captureLines(readFileSync(`content/captures/${source.data.capture.file}`, 'utf8'));
      const $ = readPage(ROOT_SITE, `/sources/${id}/`);
      const shown = $('.excerpt .para')
        .map((_, p) => ({ id: $(p).attr('id'), text: $(p).find('.original').text() }))
        .get();
      expect(shown).toHaveLength(paragraphs.get(id)!.length);
      for (const p of shown) {
        const line = capture.find((l) => `p${l.n}` === p.id);
        expect(line && squash(line.text), p.id).toBe(squash(p.text));
      }
    },
  );

  it('a paragraph the publisher line or the note on the capture names (“(¶2)”, “paragraphs 5 and 11”) is a link to it', () => {
    // The methodology: a statement that names a paragraph cites it. A source's publisher basis and its notes on the
    // capture are statements too, though not the source's own words; the paragraphs they name are the source's own.
    const run = (first: string, last = first) =>
      Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => Number(first) + i);
    const namedIn = (text: string): number[] => [
      ...[...text.matchAll(/¶(\d+)(?:[–-](\d+))?/g)].flatMap(([, a, b]) => run(a!, b)),
      ...[...text.matchAll(/\bparagraphs? (\d+(?:[–-]\d+)?(?:(?:, | and )\d+(?:[–-]\d+)?)*)/gi)].flatMap(([, list]) =>
        [...list!.matchAll(/(\d+)(?:[–-](\d+))?/g)].flatMap(([, a, b]) => run(a!, b)),
      ),
    ];
    const unlinked: string[] = [];
    let named = 0;
    for (const source of sources) {
      const $ = readPage(ROOT_SITE, `/sources/${source.id}/`);
      for (const term of ['Publisher', 'About the capture']) {
        const dd = $('dl.facts dt')
          .filter((_, dt) => $(dt).text().trim() === term)
          .next('dd');
        const text = dd.clone().find('.cites, ul').remove().end().text();
        const links = new Set(
          dd
            .find('.cites a')
            .map((_, a) => $(a).attr('href'))
            .get(),
        );
        for (const n of namedIn(text.replace(/\s+/g, ' '))) {
          named++;
          if (!links.has(`/sources/${source.id}/#p${n}`)) unlinked.push(`${source.id}: ${term}: ¶${n}`);
        }
      }
    }
    expect(named).toBeGreaterThan(0);
    expect(unlinked).toEqual([]);
  });

  it('a source page explains gaps in its paragraph numbers only when lines were left out, which make them', () => {
    const wrong: string[] = [];
    for (const source of sources) {
      const note = readPage(ROOT_SITE, `/sources/${source.id}/`)('.heading:has(#excerpt) + p.note').text();
      const numbers = paragraphs.get(source.id)!.map((p) => p.n);
      const gaps = numbers.some((n, i) => i > 0 && n !== numbers[i - 1]! + 1) || numbers[0] !== 1;
      if (!note.includes('paragraph never changes')) wrong.push(`${source.id}: no note on the numbering`);
      if (/gap/.test(note) !== source.data.capture.leftOut.length > 0)
        wrong.push(
          `${source.id}: “${note.replace(/\s+/g, ' ').trim()}” with ${source.data.capture.leftOut.length} lines left out`,
        );
      if (gaps && source.data.capture.leftOut.length === 0) wrong.push(`${source.id}: gaps with nothing left out`);
    }
    expect(wrong).toEqual([]);
  });

  it('each source page lists what was left out of its excerpt, by every capture line, with its kind and what it was', () => {
    let listed = 0;
    for (const source of sources) {
      const $ = readPage(ROOT_SITE, `/sources/${source.id}/`);
      const items = $('dl.facts dt')
        .filter((_, dt) => $(dt).text().trim() === 'About the capture')
        .next('dd')
        .find('li')
        .map((_, li) => squash($(li).text()))
        .get();
      const expected = source.data.capture.leftOut.map((l) =>
        squash(`Capture line${l.lines.length > 1 ? 's' : ''} ${l.lines.join(', ')} (${l.kind}): ${l.what}`),
      );
      expect(items, source.id).toEqual(expected);
      listed += items.length;
    }
    expect(listed).toBeGreaterThan(sources.length);
  });

  it('no furniture line appears anywhere in the built site', () => {
    const pages = pagePaths(ROOT_SITE).map((path) => cheerio.load(readFileSync(pageFile(ROOT_SITE, path), 'utf8')));
    const texts = pages.map(($) => squash($('body').text()));
    const blocks = new Set(
      pages.flatMap(($) =>
        $('p, li, td, th, dd, dt, h1, h2, h3, span, a')
          .map((_, el) => squash($(el).text()))
          .get(),
      ),
    );
    let checked = 0;
    for (const source of sources) {
      const lines = captureLines(readFileSync(`content/captures/${source.data.capture.file}`, 'utf8'));
      const article = new Set(lines.filter((l) => !leftOut(source).has(l.n)).map((l) => squash(l.text)));
      for (const line of lines.filter((l) => furniture(source).has(l.n))) {
        const text = squash(line.text);
        // A headline printed twice: the repeat is furniture, the text itself is not.
        if (article.has(text)) continue;
        checked += 1;
        expect(blocks.has(text), `${source.id} line ${line.n} as an element`).toBe(false);
        if (text.length >= 12)
          expect(
            texts.some((t) => t.includes(text)),
            `${source.id} line ${line.n}`,
          ).toBe(false);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('labels an interviewer’s questions, and only them', () => {
    const interviews = sources.filter((s) => s.data.capture.questions.length > 0);
    expect(interviews.length).toBeGreaterThan(0);
    for (const source of interviews) {
      const $ = readPage(ROOT_SITE, `/sources/${source.id}/`);
      const labelled = $('.excerpt .para:has(.question-label)')
        .map((_, p) => Number($(p).attr('id')!.slice(1)))
        .get();
      expect(labelled).toEqual(source.data.capture.questions);
      for (const n of labelled) expect($(`#p${n} .original`).text().trim()).toMatch(/\?$/);
    }
  });

  it('an interview names the person interviewed, with its citations and how they spell the name, and their page lists it', () => {
    const interviews = sources.filter((s) => s.data.interviewee);
    expect(interviews.length).toBeGreaterThan(0);
    const hrefs = (cites: string[]) => cites.map((c) => `/sources/${c.replace('#', '/#')}`);
    let spelledOtherwise = 0;
    for (const source of sources) {
      const $ = readPage(ROOT_SITE, `/sources/${source.id}/`);
      const interviewee = source.data.interviewee;
      expect(fieldLinks($, 'Interviewee'), source.id).toEqual(
        interviewee ? [`/people/${interviewee.person}/`, ...hrefs(interviewee.cites)] : [],
      );
      if (!interviewee) continue;
      // Where the cited paragraphs spell the name otherwise than the site, the field says how, as a meeting's
      // participants table does: read from the paragraphs themselves.
      const person = records('people').find((p) => p.id === interviewee.person)!.data;
      const texts = interviewee.cites.map((c) => {
        const [id, n] = c.split('#p') as [string, string];
        return paragraphs.get(id)!.find((p) => p.n === Number(n))!.text;
      });
      const there = person.spellings.filter((sp) => sp.text !== person.name && texts.some((t) => t.includes(sp.text)));
      const note = $('dl.facts dt')
        .filter((_, dt) => $(dt).text().trim() === 'Interviewee')
        .next('dd')
        .find('.named-there')
        .text();
      expect(note === '', source.id).toBe(there.length === 0);
      for (const sp of there) expect(note, source.id).toContain(`“${sp.text}”`);
      spelledOtherwise += there.length;
    }
    // The real record's interview spells the minister “Ramazon Rakhimzoda”, the site “Ramazon Rahimzoda”.
    expect(spelledOtherwise).toBeGreaterThan(0);
    for (const person of records('people')) {
      const $ = readPage(ROOT_SITE, `/people/${person.id}/`);
      const theirs = interviews.filter((s) => s.data.interviewee!.person === person.id);
      expect(fieldLinks($, 'Interviewed in'), person.id).toEqual(
        theirs.flatMap((s) => [`/sources/${s.id}/`, ...hrefs(s.data.interviewee!.cites)]),
      );
      // The timeline lists an interview's publication (src/lib/timeline.ts), and its opening sentence says so.
      const opening = $('section[aria-labelledby="timeline"] > p').first();
      if (theirs.length > 0) expect(opening, person.id).toHaveLength(1);
      if (opening.length) expect(opening.text().includes('interview'), person.id).toBe(theirs.length > 0);
    }
  });

  it('a headline printed twice in the capture is shown once', () => {
    const $ = readPage(ROOT_SITE, '/sources/belarus-china-law-enforcement-cooperation/');
    const headline = squash("Belarus' and China's law enforcement agencies need closer cooperation");
    expect($('.excerpt .original').filter((_, p) => squash($(p).text()) === headline)).toHaveLength(1);
  });
});

describe('a source page’s title', () => {
  it('a source page says under its title that the site wrote it, or what a headline in another language means', () => {
    const sources = records('sources');
    expect(new Set(sources.map((s) => s.data.titleIsEditorial))).toEqual(new Set([true, false]));
    expect(sources.some((s) => s.data.titleTranslation)).toBe(true);
    for (const { id, data } of sources) {
      const $ = readPage(ROOT_SITE, `/sources/${id}/`);
      const notes = $('main h1 ~ p.note')
        .map((_, p) => $(p).text().replace(/\s+/g, ' '))
        .get();
      expect(notes.includes(NO_HEADLINE.sentence), id).toBe(data.titleIsEditorial);
      const translation = `Site translation of the headline: ${data.titleTranslation}`;
      expect(notes.includes(translation), id).toBe(Boolean(data.titleTranslation));
    }
  });
});

describe('the German source', () => {
  const $ = readPage(ROOT_SITE, '/sources/gazeta-uz-uzbekistan-china-security/');

  it('tells a reader citing a paragraph that the English is the site’s translation, and an English source does not', () => {
    for (const source of records('sources')) {
      const note = readPage(
        ROOT_SITE,
        `/sources/${source.id}/`,
      )('#cite-this-page')
        .closest('section')
        .find('.cite-paragraph')
        .text()
        .replace(/\s+/g, ' ');
      expect(note, source.id).toContain('To point to one paragraph');
      const language = LANGUAGE_NAMES[source.data.language]!;
      expect(note.includes(`The ${language} is the article’s own words`), source.id).toBe(
        source.data.language !== 'en',
      );
      expect(note.includes('this site’s translation, not the publisher’s'), source.id).toBe(
        source.data.language !== 'en',
      );
    }
  });

  it('keeps every paragraph in German, marked lang="de", with the site translation beside it, labelled', () => {
    const paras = $('.excerpt .para');
    expect(paras.length).toBe(paragraphs.get('gazeta-uz-uzbekistan-china-security')!.length);
    const translation = records('sources').find((s) => s.id === 'gazeta-uz-uzbekistan-china-security')!.data
      .translation!;
    paras.each((_, p) => {
      expect($(p).find('.original').attr('lang')).toBe('de');
      expect($(p).find('.translation').attr('lang')).toBe('en');
      expect($(p).find('.translation .label').text()).toBe('Site translation:');
      expect($(p).find('.original-side .label').text()).toBe('Source text (German):');
      // The translation of this paragraph, as the content gives it, beside it.
      const n = $(p).attr('id')!.slice(1);
      expect(translation[n], `a translation of ¶${n}`).toBeTypeOf('string');
      expect(squash($(p).find('.translation').text()), `¶${n}`).toBe(squash(`Site translation: ${translation[n]}`));
    });
  });

  it('every list of sources says of a title that the site wrote it, or that it is in another language and what it means', () => {
    const sources = records('sources');
    expect(sources.some((s) => s.data.titleIsEditorial)).toBe(true);
    expect(sources.some((s) => s.data.language !== 'en')).toBe(true);
    // The lists: the index of sources and its years, the timeline and its years, and every record's Sources.
    const withSources = pagePaths(ROOT_SITE)
      .map((path) => ({ path, $: readPage(ROOT_SITE, path) }))
      .filter(({ $ }) => $('section.sources-cited').length > 0);
    for (const source of sources) {
      const year = source.data.published.value.slice(0, 4);
      const link = `a[href="/sources/${source.id}/"]`;
      const citing = withSources.filter(({ $ }) => $(`section.sources-cited ${link}`).length > 0);
      expect(citing.length, `pages citing ${source.id}`).toBeGreaterThan(0);
      const items = [
        ...[`/sources/`, `/sources/${year}/`].map((path) => ({
          path,
          item: readPage(ROOT_SITE, path)(`main li:has(> ${link})`),
        })),
        ...[`/timeline/`, `/timeline/${year}/`].map((path) => ({
          path,
          item: readPage(ROOT_SITE, path)(`.timeline-entry:has(${link})`),
        })),
        ...citing.map(({ path, $ }) => ({ path, item: $(`section.sources-cited li:has(> ${link})`) })),
      ];
      for (const { path, item } of items) {
        const where = `${source.id} on ${path}`;
        expect(item.length, where).toBe(1);
        const text = item.text().replace(/\s+/g, ' ');
        expect(text.includes(`(${NO_HEADLINE.aside})`), where).toBe(source.data.titleIsEditorial);
        if (source.data.language === 'en') expect(text, where).not.toMatch(/\(in [A-Z]/);
        else {
          expect(text, where).toContain(`(in ${LANGUAGE_NAMES[source.data.language]};`);
          expect(text, where).toContain(`site translation of the headline: ${source.data.titleTranslation}`);
        }
      }
    }
  });

  it('the talks’ topic from ¶12 calls the crime cross-border, as the site’s translation of ¶12 does', () => {
    // ¶12 says "grenzüberschreitenden organisierten Kriminalität"; the source's revisions record that its translation
    // read "transnational" and was corrected to "cross-border". A topic citing ¶12 must not keep the word dropped.
    const source = records('sources').find((s) => s.id === 'gazeta-uz-uzbekistan-china-security')!;
    expect(paragraphs.get(source.id)!.find((p) => p.n === 12)?.text).toContain('grenzüberschreitenden');
    expect(source.data.translation!['12']).toContain('cross-border');
    const $talks = readPage(ROOT_SITE, '/meetings/2024-04-01-tashkent-bobojonov-wang/');
    const topic = $talks(`.heading:has(#topics) + ul.fact-list > li:has(a[href="/sources/${source.id}/#p12"])`);
    expect(topic.length).toBe(1);
    expect(topic.text()).toContain('cross-border');
    expect(topic.text()).not.toContain('transnational');
  });

  it('its German headline is marked lang="de" wherever it is shown', () => {
    const title = records('sources').find((s) => s.id === 'gazeta-uz-uzbekistan-china-security')!.data.title;
    expect($('h1').text()).toBe(title);
    expect($('h1').attr('lang')).toBe('de');
    let shown = 0;
    for (const path of pagePaths(ROOT_SITE)) {
      const $page = readPage(ROOT_SITE, path);
      // Every element whose own text holds the headline (a link, a heading, the reference in Cite this page).
      $page('main *')
        .filter((_, el) =>
          $page(el)
            .contents()
            .filter((_, n) => n.type === 'text')
            .text()
            .includes(title),
        )
        .each((_, el) => {
          shown += 1;
          expect($page(el).closest('[lang]').attr('lang'), `${path}: ${$page(el).parent().text()}`).toBe('de');
        });
    }
    expect(shown).toBeGreaterThan(1);
  });

  it('the words the site quotes from it are marked lang="de" inside its English', () => {
    const german = $('.excerpt .original')
      .map((_, p) => $(p).text().replace(/\s+/g, ' '))
      .get()
      .join('\n');
    // Word for word, as whole words, the case of a letter aside: “we” is not German for being inside “Erwerb”.
    const wordsIn = (text: string, phrase: string) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
    let marked = 0;
    const problems: string[] = [];
    for (const path of pagePaths(ROOT_SITE)) {
      const $page = readPage(ROOT_SITE, path);
      // A marked phrase is a text of its own, so a quotation still whole in an English text is not marked.
      // A heading's link names the heading in its own language (Heading.astro marks it when the heading is marked):
      // a person's name heading a section of /inferences/ is not German for being in the German source too.
      $page('main *')
        .contents()
        .filter((_, n) => n.type === 'text' && $page(n).closest('[lang]').attr('lang') !== 'de')
        .each((_, n) => {
          const heading = $page(n).closest('.heading-link').prevAll('h2, h3').first();
          for (const [, phrase] of $page(n)
            .text()
            .matchAll(/“([^”]+)”/g)) {
            const labelsHeading =
              heading.length > 0 &&
              squash(heading.text()) === squash(phrase!) &&
              heading.closest('[lang]').attr('lang') !== 'de' &&
              heading.find('[lang="de"]').length === 0;
            if (wordsIn(german, phrase!) && !labelsHeading) problems.push(`${path}: “${phrase}”`);
          }
        });
      $page('main span[lang="de"]').each((_, span) => {
        if (
          $page(span)
            .parent()
            .text()
            .includes(`“${$page(span).text()}”`)
        )
          marked++;
      });
    }
    expect(problems).toEqual([]);
    expect(marked).toBeGreaterThan(0);
  });

  it('the words its notes on the capture quote from the capture are marked lang="de"', () => {
    const source = records('sources').find((s) => s.id === 'gazeta-uz-uzbekistan-china-security')!;
    const capture = squash(readFileSync(`content/captures/${source.data.capture.file}`, 'utf8'));
    // Words, that is: a number (a view counter) is in no language.
    const wordsOfCapture = (phrase: string) => /\p{L}/u.test(phrase) && capture.includes(squash(phrase));
    // A quotation still whole in a text node is unmarked (a marked phrase is a span of its own).
    const facts = $('dl.facts');
    const unmarked = facts
      .find('*')
      .contents()
      .filter((_, n) => n.type === 'text' && $(n).closest('[lang]').attr('lang') !== 'de')
      .map((_, n) =>
        [
          ...$(n)
            .text()
            .matchAll(/“([^”]+)”/g),
        ].map((m) => m[1]!),
      )
      .get() as string[];
    expect(unmarked.filter(wordsOfCapture)).toEqual([]);
    // Among them a caption left out of the excerpt: German, though it stands in no paragraph.
    const marked = facts
      .find('span[lang="de"]')
      .map((_, span) => $(span).text())
      .get();
    expect(marked).toContain('Foto: Pressedienst des Innenministeriums Usbekistans.');
  });

  it('is an English page, its German marked where it stands', () => {
    expect($('html').attr('lang')).toBe('en');
    expect($('main [lang="de"]').length).toBeGreaterThan(0);
  });

  it('English sources carry no lang="de"', () => {
    expect(readPage(ROOT_SITE, '/sources/kazinform-2019-almaty-conference/')('[lang="de"]').length).toBe(0);
  });
});
