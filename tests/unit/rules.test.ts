// The corpus's rules, each in one function: date precision, name aliases,
// paragraph numbering, citations, URLs.
import { describe, expect, it } from 'vitest';
import { aliasesOf } from '../../src/lib/aliases';
import { citationsBySource, citationsIn, citationText, parseCitation, reportedYears } from '../../src/lib/citations';
import {
  compareDates,
  dateEnds,
  dateInWords,
  datePrecision,
  dateProblem,
  dateSortKey,
  formatDate,
  formatDated,
  knownBefore,
  precisionNote,
  inferredWords,
  statesDayWithoutYear,
  precisionWords,
  sameDay,
  statesDay,
  dayInOtherYear,
} from '../../src/lib/dates';
import { recordId } from '../../src/lib/load';
import { captureLines, numberParagraphs } from '../../src/lib/paragraphs';
import {
  hiddenSearchNames,
  peopleNamedFinder,
  linkNames,
  mentionsIn,
  nameIn,
  otherSpellings,
  namedInCited,
  spellingsCited,
} from '../../src/lib/mentions';
import { SEARCH_NAME_WEIGHT } from '../../src/consts';
import {
  asWords,
  captureLanguage,
  hasWords,
  languageParts,
  quoteLanguages,
  shortenedParts,
} from '../../src/lib/quote-language';
import { slugify } from '../../src/lib/slug';
import {
  absoluteUrl,
  citeFilePath,
  datasetFilePath,
  entityPath,
  entityUrl,
  paragraphPath,
  tableFilePath,
  withBase,
  yearPath,
  yearPathParts,
} from '../../src/lib/urls';
import { validateTree } from '../../src/lib/validate';
import { contentTree } from '../helpers/tree';

describe('dates', () => {
  it.each([
    ['2017-04-10', 'day', '10 April 2017', '2017-04-10'],
    ['2017-09', 'month', 'September 2017', '2017-09-01'],
    ['2017', 'year', '2017', '2017-01-01'],
    ['2013/2014', 'period', '2013–2014', '2013-01-01'],
    ['2016-02-29', 'day', '29 February 2016', '2016-02-29'],
  ])('%s is precise to the %s, reads "%s", sorts as %s', (value, precision, text, key) => {
    expect(datePrecision(value)).toBe(precision);
    expect(formatDate(value)).toBe(text);
    expect(dateSortKey(value)).toBe(key);
  });

  it.each([
    ['2013/2014', '2013', '2014'],
    ['2017-04-10', '2017-04-10', '2017-04-10'],
    ['2017-09', '2017-09', '2017-09'],
    ['2017', '2017', '2017'],
  ])('%s runs from %s to %s', (value, start, end) => expect(dateEnds(value)).toEqual([start, end]));

  it.each([
    ['2019-08-09', 'on or before 9 August 2019', 'exact day not known'],
    ['2017-09', 'in or before September 2017', 'exact month not known'],
    ['2017', 'in or before 2017', 'exact year not known'],
  ])('%s as the latest a date can be reads "%s", at a precision of "%s"', (value, text, precision) => {
    expect(formatDated({ value, onOrBefore: true })).toBe(text);
    expect(precisionWords({ value, onOrBefore: true })).toBe(precision);
    // In a sentence the bound says what the precision would: it is not said twice.
    expect(dateInWords({ value, onOrBefore: true, inferred: true })).toBe(`${text} (inferred by the site)`);
  });

  it.each([
    ['2019-08-09', '2018-03-15', 'between 15 March 2018 and 9 August 2019'],
    ['2019-08-09', '2018-03', 'between March 2018 and 9 August 2019'],
    ['2019', '2017', 'between 2017 and 2019'],
  ])('%s as the latest a date can be, %s as the earliest, reads "%s"', (value, onOrAfter, text) => {
    expect(formatDated({ value, onOrBefore: true, onOrAfter })).toBe(text);
    expect(dateInWords({ value, onOrBefore: true, onOrAfter, inferred: true })).toBe(`${text} (inferred by the site)`);
    // The earliest says nothing of a date that is not only the latest it can be (the schema refuses one there).
    expect(formatDated({ value, onOrAfter })).toBe(formatDated({ value }));
  });

  it('reads a date that is the date itself without a bound', () => {
    expect(formatDated({ value: '2019-08-09', onOrBefore: false })).toBe('9 August 2019');
    expect(precisionWords({ value: '2019-08-09' })).toBe('exact day');
    expect(dateInWords({ value: '2017-09', onOrBefore: false, inferred: false })).toBe('September 2017 (month only)');
  });

  it.each([
    [{ value: '2017-09', inferred: false }, {}, 'month only, as stated'],
    [{ value: '2017-09', inferred: false }, { inferredApart: true }, 'month only, as stated'],
    [{ value: '2019-08-09', inferred: true }, {}, 'exact day, inferred'],
    [{ value: '2019-08-09', inferred: true }, { inferredApart: true }, 'exact day'],
    [{ value: '2017', onOrBefore: true, inferred: false }, {}, 'exact year not known, as stated'],
    // The year alone inferred says so beside a badge too: "Inferred" alone would leave the day in doubt.
    [{ value: '2017-04-10', inferred: true, inferredPart: 'year' as const }, {}, 'day as stated, year inferred'],
    [
      { value: '2017-04-10', inferred: true, inferredPart: 'year' as const },
      { inferredApart: true },
      'day as stated, year inferred',
    ],
  ])('notes after %o (%o) "%s"', (date, options, note) => expect(precisionNote(date, options)).toBe(note));

  it('says what of a date the site infers: all of it, or its year alone', () => {
    const yearOnly = { value: '2017-04-10', inferred: true, inferredPart: 'year' as const };
    expect(inferredWords(yearOnly)).toBe('year inferred');
    expect(inferredWords({ value: '2017-04-10', inferred: true })).toBe('inferred');
    expect(inferredWords({ value: '2017-04-10', inferred: false })).toBe('');
    expect(dateInWords(yearOnly)).toBe('10 April 2017 (year inferred by the site)');
  });

  it('finds a day and month a text gives with no year beside them', () => {
    expect(statesDayWithoutYear('The meeting was held on April 10 in Minsk.', '2017-04-10')).toBe(true);
    expect(statesDayWithoutYear('Am 1. April empfing der Präsident den Gast.', '2024-04-01')).toBe(true);
    expect(statesDayWithoutYear('It was held on April 10, 2017.', '2017-04-10')).toBe(false);
    expect(statesDayWithoutYear('date 2019-08-09 Minister meets colleagues', '2019-08-09')).toBe(false);
    expect(statesDayWithoutYear('It was held on April 11.', '2017-04-10')).toBe(false);
    // A year written just before the day is the day's too.
    expect(statesDayWithoutYear('In 2017, on April 10, the two met.', '2017-04-10')).toBe(false);
    expect(statesDayWithoutYear('2024, am 1. April, empfing der Präsident den Gast.', '2024-04-01')).toBe(false);
    expect(statesDayWithoutYear('Some 2017 delegates met on April 10.', '2017-04-10')).toBe(true);
  });

  it('finds a day a text gives in another year only, with the year after or before it', () => {
    expect(dayInOtherYear('It joined on January 28, 2005.', '2050-01-28')?.year).toBe(2005);
    expect(dayInOtherYear('In 2005, on January 28, it joined.', '2050-01-28')?.year).toBe(2005);
    expect(dayInOtherYear('In 2050, on January 28, it joined.', '2050-01-28')).toBeNull();
    expect(dayInOtherYear('It joined on January 28.', '2050-01-28')).toBeNull();
  });

  it('orders dates of any precision by their first day', () => {
    const dates = ['2017-04-10', '2017', '2017-09', '2013/2014', '2017-04'];
    expect(dates.sort(compareDates)).toEqual(['2013/2014', '2017', '2017-04', '2017-04-10', '2017-09']);
  });

  it.each([
    ['2017-04-10', '2017-04-11', true],
    ['2017-04-30', '2017-05-01', true],
    ['2017-09', '2017-10-01', true],
    ['2017-09', '2017-09-30', false],
    ['2017-09-30', '2017-09', false],
    ['2017', '2018-01', true],
    ['2017', '2017-12-31', false],
    ['2013/2014', '2015', true],
    ['2013/2014', '2014-06', false],
    ['2017-04-10', '2017-04-10', false],
  ])('%s is known to come before %s: %s', (a, b, before) => {
    expect(knownBefore({ value: a }, { value: b })).toBe(before);
  });

  it('knows nothing to come before a date known only as the latest it can be, and knows when that date came before', () => {
    expect(knownBefore({ value: '2017-09' }, { value: '2019-08-09', onOrBefore: true })).toBe(false);
    expect(knownBefore({ value: '2019-08-09', onOrBefore: true }, { value: '2019-08-10' })).toBe(true);
    expect(knownBefore({ value: '2019-08-09', onOrBefore: true }, { value: '2019-08-09' })).toBe(false);
  });

  it('knows what came before a date known only within bounds: what ended before its earliest day', () => {
    const almaty = { value: '2019-08-09', onOrBefore: true, onOrAfter: '2018-03-15' };
    expect(knownBefore({ value: '2017-09' }, almaty)).toBe(true);
    expect(knownBefore({ value: '2018-03-14' }, almaty)).toBe(true);
    expect(knownBefore({ value: '2018-03-15' }, almaty)).toBe(false);
    expect(knownBefore({ value: '2018-03' }, almaty)).toBe(false);
    expect(knownBefore({ value: '2018-02' }, { ...almaty, onOrAfter: '2018-03' })).toBe(true);
    // The earliest of a date that is not only the latest it can be is not read: its value is its first day.
    expect(knownBefore({ value: '2017-09' }, { value: '2019-08-09', onOrAfter: '2016' })).toBe(true);
    expect(knownBefore({ value: '2019-08' }, { value: '2019-08-09', onOrAfter: '2016' })).toBe(false);
  });

  it('calls two dates the same day only when both give that day exactly', () => {
    expect(sameDay({ value: '2024-04-01' }, { value: '2024-04-01', onOrBefore: false })).toBe(true);
    expect(sameDay({ value: '2024-04-01' }, { value: '2024-04-02' })).toBe(false);
    expect(sameDay({ value: '2024-04' }, { value: '2024-04' })).toBe(false);
    expect(sameDay({ value: '2019-08-09', onOrBefore: true }, { value: '2019-08-09', onOrBefore: true })).toBe(false);
  });

  it.each([
    '2017-02-30',
    '2017-02-29',
    '2017-13',
    '2017-00',
    '2017-00-10',
    '17-04-10',
    '10 April 2017',
    '2014/2013',
    '2017/2017',
    '',
  ])('%s is not a date', (value) => {
    expect(datePrecision(value)).toBeNull();
    expect(dateProblem(value)).toContain(`"${value}" is not a`);
  });
});

describe('record ids', () => {
  it.each([
    [{ slug: 'tashkent-talks' }, 'tashkent-talks'],
    [{ title: 'No slug' }, '2024-04-01-tashkent'],
    [{ slug: 2024 }, '2024-04-01-tashkent'],
    [null, '2024-04-01-tashkent'],
  ])('frontmatter %j of 2024-04-01-tashkent.md gives the id %s', (data, id) => {
    expect(recordId(data, '2024-04-01-tashkent')).toBe(id);
  });
});

describe('the day of a date', () => {
  it.each([
    ['the April 10 meeting', '2017-04-10'],
    ['On April 9, the Prosecutors General', '2017-04-09'],
    ['on the 26th of March, 2014', '2014-03-26'],
    ['Am 1. April empfing', '2024-04-01'],
    ['im März: am 15. März', '2018-03-15'],
    ['on March 15, 2018 at a meeting', '2018-03-15'],
    ['date 2019-08-09 Minister', '2019-08-09'],
  ])('"%s" gives the day of %s', (text, value) => {
    expect(statesDay(text, value)).toBe(true);
  });

  it.each([
    ['the April 10 meeting', '2017-04-01'],
    ['Am selben Tag fanden Verhandlungen statt', '2024-04-01'],
    ['a programme for 2024–2025', '2024-04-01'],
    ['on 21 April', '2017-04-01'],
    ['the 1st of May', '2017-04-01'],
  ])('"%s" does not give the day of %s', (text, value) => {
    expect(statesDay(text, value)).toBe(false);
  });

  it.each([
    ['On January 28, 2005 within the structure', '2015-01-28', 'January 28, 2005'],
    ['Am 1. April 2024 empfing', '2023-04-01', '1. April 2024'],
    ['on the 26th of March, 2014', '2041-03-26', '26th of March, 2014'],
  ])('"%s" gives the day of %s in another year only', (text, value, said) => {
    expect(statesDay(text, value)).toBe(true);
    expect(dayInOtherYear(text, value)?.said).toBe(said);
  });

  it.each([
    ['On January 28, 2005 within the structure', '2005-01-28'],
    ['the April 10 meeting', '2017-04-10'],
    ['On April 10, 2016 and again on April 10, 2017', '2017-04-10'],
    ['On April 10, 2016, and on April 10 the year after', '2017-04-10'],
    ['On April 10, 1500 officers', '2017-04-10'],
    ['date 2019-08-09 Minister', '2019-08-09'],
  ])('"%s" gives the day of %s in no other year only', (text, value) => {
    expect(dayInOtherYear(text, value)).toBeNull();
  });

  it('of every date in the content given to the day is in a paragraph it cites: a year may be inferred, a day not', () => {
    const { entries, paragraphs } = validateTree(contentTree());
    const text = (cite: string) => {
      const { source, paragraph } = parseCitation(cite);
      return paragraphs.get(source)!.find((p) => p.n === paragraph)!.text;
    };
    /** Every dated fact of a record (a `value` with its `cites`), with its field. */
    const datesIn = (data: unknown, at: string): Array<{ at: string; value: string; cites: string[] }> => {
      if (Array.isArray(data)) return data.flatMap((d, i) => datesIn(d, `${at}.${i}`));
      if (data === null || typeof data !== 'object') return [];
      const { value, cites } = data as { value?: unknown; cites?: string[] };
      if (typeof value === 'string' && cites) return [{ at, value, cites }];
      return Object.entries(data).flatMap(([k, v]) => datesIn(v, at ? `${at}.${k}` : k));
    };
    const days = entries.flatMap((e) =>
      datesIn(e.data, `${e.collection}/${e.id}`).filter((d) => datePrecision(d.value) === 'day'),
    );
    expect(days.length).toBeGreaterThan(10);
    const uncited = days.filter((d) => !d.cites.some((c) => statesDay(text(c), d.value)));
    expect(uncited.map((d) => `${d.at}: ${d.value} (${d.cites.join(', ')})`)).toEqual([]);
  });
});

describe('aliases', () => {
  it('are the declared aliases and every spelling as a slug, never the id itself', () => {
    const person = {
      aliases: ['rahimzoda', 'rakhimzoda'],
      spellings: [
        { text: 'Ramazon Rahimzoda', cites: [] },
        { text: 'Ramazon Rakhimzoda', cites: [] },
        { text: 'Rahimzoda Ramazon Hamro', cites: [] },
      ],
    };
    expect(aliasesOf('ramazon-rahimzoda', person)).toEqual([
      'rahimzoda',
      'rahimzoda-ramazon-hamro',
      'rakhimzoda',
      'ramazon-rakhimzoda',
    ]);
  });

  it.each([
    ['Rahimzoda Ramazon Hamro', 'rahimzoda-ramazon-hamro'],
    ['Pulat Bobozhonov', 'pulat-bobozhonov'],
    ['Gazeta.uz', 'gazeta-uz'],
    ['Ögmundur Ébé', 'ogmundur-ebe'],
  ])('slugify(%s) = %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('paragraph numbering', () => {
  const capture = 'Headline\n\n0\n68\n\nFirst  paragraph,\u00a0 with odd  spaces.\nSecond paragraph.\n\nHeadline\n';

  it('counts non-empty capture lines from 1', () => {
    expect(captureLines(capture).map((l) => l.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('numbers each paragraph by its capture line, white space aside, skipping left-out lines', () => {
    const body = 'Headline\n\nFirst paragraph, with odd spaces.\n\nSecondparagraph.\n';
    const { paragraphs, unmatched } = numberParagraphs(body, capture, new Set([2, 3]));
    expect(paragraphs).toEqual([
      { n: 1, text: 'Headline' },
      { n: 4, text: 'First paragraph, with odd spaces.' },
      { n: 5, text: 'Secondparagraph.' },
    ]);
    expect(unmatched).toEqual([]);
  });

  it('does not number a repeated line twice, and reports text not in the capture', () => {
    const { paragraphs, unmatched } = numberParagraphs('Headline\n\nHeadline\n\nInvented.', capture);
    expect(paragraphs.map((p) => p.n)).toEqual([1, 6]);
    expect(unmatched).toEqual(['Invented.']);
  });
});

describe('citations', () => {
  it('parse "source#pN"', () => {
    expect(parseCitation('kazinform-2019-almaty-conference#p8')).toEqual({
      source: 'kazinform-2019-almaty-conference',
      paragraph: 8,
    });
  });

  it.each([
    ['kazinform-2019-almaty-conference#p8', { source: 'kazinform-2019-almaty-conference', paragraph: 8 }],
    ['a#p15', { source: 'a', paragraph: 15 }],
  ])('write %s back as content files give it', (text, citation) => {
    expect(citationText(citation)).toBe(text);
    expect(parseCitation(citationText(citation))).toEqual(citation);
  });

  it('are found at every depth with their field path', () => {
    const data = { date: { cites: ['a#p1'] }, topics: [{ text: 'x', cites: ['a#p2', 'b#p3'] }] };
    expect(citationsIn(data)).toEqual([
      { source: 'a', paragraph: 1, field: 'date.cites.0' },
      { source: 'a', paragraph: 2, field: 'topics.0.cites.0' },
      { source: 'b', paragraph: 3, field: 'topics.0.cites.1' },
    ]);
  });

  it('are grouped by source, each source where it is first cited, its paragraphs in the order given', () => {
    expect(citationsBySource(['a#p7', 'b#p2', 'a#p4'])).toEqual([
      { source: 'a', paragraphs: [7, 4] },
      { source: 'b', paragraphs: [2] },
    ]);
  });

  it('are dated by the years of their sources, "ca." where every source of a year has an inferred or latest date', () => {
    const published: Record<string, { value: string; inferred: boolean; onOrBefore?: boolean }> = {
      a: { value: '2019-08-09', inferred: false },
      b: { value: '2017', inferred: true },
      c: { value: '2015-03-01', inferred: false, onOrBefore: true },
      d: { value: '2017-09-26', inferred: false },
    };
    const of = (id: string) => published[id]!;
    expect(reportedYears(['a#p1', 'a#p3'], of)).toEqual(['2019']);
    expect(reportedYears(['a#p1', 'b#p2', 'c#p4'], of)).toEqual(['ca. 2015', 'ca. 2017', '2019']);
    // One source of the year dated by its text: the year is stated.
    expect(reportedYears(['b#p2', 'd#p1'], of)).toEqual(['2017']);
  });
});

describe('URLs', () => {
  it.each([
    ['/', '/meetings/', '/meetings/'],
    ['/some/deep/path/', '/meetings/x/', '/some/deep/path/meetings/x/'],
    ['/some/deep/path', '/', '/some/deep/path/'],
    ['/sub/', 'people/', '/sub/people/'],
  ])('under base %s, %s is %s', (base, path, expected) => expect(withBase(base, path)).toBe(expected));

  it('gives a page, a place on it, a paragraph and a list their addresses on the published site', () => {
    expect(entityUrl('meetings', 'x', 'https://example.org')).toBe('https://example.org/meetings/x/');
    expect(entityUrl('sources', 's', 'https://example.org', 'article')).toBe('https://example.org/sources/s/#article');
    expect(absoluteUrl(paragraphPath('s', 3), 'https://example.org/')).toBe('https://example.org/sources/s/#p3');
    expect(absoluteUrl('/changes/', new URL('https://example.org/ignored'))).toBe('https://example.org/changes/');
  });

  it.each([
    [entityPath('meetings', 'x'), '/meetings/x/'],
    [entityPath('countries', 'china', 'people'), '/countries/china/#people'],
    [entityPath('meetings', 'x', ''), '/meetings/x/'],
    [tableFilePath('meetings'), '/data/meetings.csv'],
    [citeFilePath('meetings', 'x', 'bib'), '/cite/meetings/x.bib'],
    [datasetFilePath('ris'), '/cite/data/record.ris'],
  ])('makes %s', (made, expected) => expect(made).toBe(expected));

  it.each([
    ['/meetings/2019/', { list: '/meetings/', year: '2019' }],
    ['/people/guo-shengkun/2014/', { list: '/people/guo-shengkun/', year: '2014' }],
    ['/meetings/', undefined],
    ['/people/guo-shengkun/', undefined],
    ['/events/2016/extra/', undefined],
    ['/meetings/2017-04-10-minsk-talks/', undefined],
    ['/meetings/12345/', undefined],
  ])('reads %s as a year page: %o', (path, parts) => {
    expect(yearPathParts(path)).toEqual(parts);
    if (parts) expect(yearPath(parts.list, parts.year)).toBe(path);
  });
});

describe('citations in "named" fields', () => {
  it('count as citations too', () => {
    expect(citationsIn({ named: ['a#p4'] })).toEqual([{ source: 'a', paragraph: 4, field: 'named.0' }]);
  });
});

describe('quoted phrases in another language', () => {
  const langOf = quoteLanguages([
    { language: 'en', text: 'They met today.' },
    {
      language: 'de',
      text: 'Am selben Tag fanden Verhandlungen statt. Als Ergebnis des Treffens wurde unterzeichnet.',
    },
  ]);

  it('are marked with the language of the source that holds them word for word, the case of a letter aside', () => {
    expect(languageParts('Held “am selben Tag” (on the same day, ¶11), “today”.', langOf)).toEqual([
      { text: 'Held “' },
      { text: 'am selben Tag', lang: 'de' },
      { text: '” (on the same day, ¶11), “today”.' },
    ]);
    expect(langOf('als Ergebnis des Treffens')).toBe('de');
  });

  it('stay marked when a text is cut short inside one, and a short text is not cut', () => {
    const parts = languageParts('Signed “als Ergebnis des Treffens” (¶9).', langOf);
    expect(shortenedParts(parts, 30, 20)).toEqual([
      { text: 'Signed “' },
      { text: 'als Ergebnis', lang: 'de' },
      { text: '…' },
    ]);
    // The space at the cut is dropped from the part it ends.
    expect(shortenedParts(parts, 30, 8)).toEqual([{ text: 'Signed “' }, { text: '…' }]);
    expect(shortenedParts(parts, 30, 7)).toEqual([{ text: 'Signed' }, { text: '…' }]);
    expect(shortenedParts(parts, 60, 20)).toBe(parts);
    // A cut inside a word falls at the space before it; one inside a word longer than half what is kept stays.
    expect(shortenedParts([{ text: 'The year is inferred from the day.' }], 20, 15)).toEqual([
      { text: 'The year is' },
      { text: '…' },
    ]);
    expect(shortenedParts([{ text: 'A 2017-04-10-minsk-lukashenko' }], 20, 15)).toEqual([
      { text: 'A 2017-04-10-mi' },
      { text: '…' },
    ]);
  });

  it('are not marked for a part of a word, or when no source in another language holds them', () => {
    expect(langOf('Tre')).toBeUndefined();
    expect(langOf('statt und')).toBeUndefined();
    expect(languageParts('No quotation here.', langOf)).toEqual([{ text: 'No quotation here.' }]);
    expect(languageParts('“am selben Tag”', quoteLanguages([{ language: 'en', text: 'am selben Tag' }]))).toEqual([
      { text: '“am selben Tag”' },
    ]);
  });
});

describe('a phrase as whole words', () => {
  // [text, phrase, whether the text holds the phrase as whole words]
  const cases: Array<[string, string, boolean]> = [
    ['Kairat Gulsaba met', 'Kairat Gulsaba', true],
    ['Kairat Gulsabaov met', 'Kairat Gulsaba', false],
    ['the SCOPE and the SCO', 'SCO', true],
    ['the SCOPE', 'SCO', false],
    ['ASCO', 'SCO', false],
    ['SCO2', 'SCO', false],
    ['(SCO)', 'SCO', true],
    ['Wang’s visit', 'Wang', true],
    ['Präsident Lukaschenko', 'Lukaschenko', true],
    ['ÄLukaschenko', 'Lukaschenko', false],
    ['Lukaschenkoé', 'Lukaschenko', false],
    // A combining mark is no letter: asWords lets it follow.
    ['Lukaschenko\u0301', 'Lukaschenko', true],
    ['𝐀Wang', 'Wang', false],
    ['Wang𝐀', 'Wang', false],
    ['😀Wang😀', 'Wang', true],
    ['wang', 'Wang', false],
    ['', 'Wang', false],
    ['Wang', '', false],
    ['Wang ', '', true],
    // Half a surrogate pair is no character: neither finds it inside a pair.
    ['𝐀', '\uD835', false],
    ['𝐀', '\uDC00', false],
    ['😀.😀', '😀.\uD83D', false],
  ];

  it('is found as asWords finds it: not inside a longer word, by letters and digits of any script', () => {
    for (const [text, phrase, holds] of cases) {
      expect(hasWords(text, phrase), `${phrase} in ${text}`).toBe(holds);
      expect(asWords(phrase).test(text), `asWords: ${phrase} in ${text}`).toBe(holds);
    }
  });
});

describe('phrases quoted from a capture', () => {
  it('are in the source’s language, even where no paragraph holds them; numbers and English are not marked', () => {
    expect(languageParts('A caption: “Foto: Pressedienst”, counters “0”, “68”.', captureLanguage('de'))).toEqual([
      { text: 'A caption: “' },
      { text: 'Foto: Pressedienst', lang: 'de' },
      { text: '”, counters “0”, “68”.' },
    ]);
    expect(captureLanguage('en')('thepress')).toBeUndefined();
  });
});

describe('people a statement names', () => {
  const xi = { id: 'xi-jinping', names: ['Xi Jinping', 'Xi'] };

  it('are found wherever a record holds statements, with the field of each mention', () => {
    const record = {
      notes: [
        { text: 'a', cites: [] },
        { text: 'Greetings from Xi Jinping.', mentions: ['xi-jinping'] },
      ],
    };
    expect(mentionsIn(record)).toEqual([
      { person: 'xi-jinping', text: 'Greetings from Xi Jinping.', field: 'notes.1.mentions.0' },
    ]);
  });

  it('are linked once, at their name before any other spelling, outside a phrase in another language', () => {
    expect(linkNames([{ text: 'From Xi and Xi Jinping, Xi Jinping.' }], [xi])).toEqual([
      { text: 'From Xi and ' },
      { text: 'Xi Jinping', person: 'xi-jinping' },
      { text: ', Xi Jinping.' },
    ]);
    expect(linkNames([{ text: 'Xi Jinping', lang: 'de' }, { text: ' and Xi' }], [xi])).toEqual([
      { text: 'Xi Jinping', lang: 'de' },
      { text: ' and ' },
      { text: 'Xi', person: 'xi-jinping' },
    ]);
    expect(nameIn('No one here.', xi.names)).toBeUndefined();
  });
});

describe('a person’s other spellings', () => {
  it('are the sources’ spellings that are not the site’s name, wherever the name’s own spelling stands', () => {
    const spelled = (...texts: string[]) => texts.map((text) => ({ text }));
    const name = 'Ramazon Rahimzoda';
    expect(otherSpellings({ name, spellings: spelled(name, 'Ramazon Rakhimzoda') })).toEqual(['Ramazon Rakhimzoda']);
    expect(otherSpellings({ name, spellings: spelled('Ramazon Rakhimzoda', name) })).toEqual(['Ramazon Rakhimzoda']);
    expect(otherSpellings({ name, spellings: spelled('Rakhimzoda', 'Ramazon Rakhimzoda') })).toEqual([
      'Rakhimzoda',
      'Ramazon Rakhimzoda',
    ]);
    expect(otherSpellings({ name, spellings: spelled(name) })).toEqual([]);
  });

  it('in cited paragraphs are those whose own citations are among them, in words with their paragraphs, “in ¶4” unbroken', () => {
    const person = {
      name: 'Ramazon Rahimzoda',
      spellings: [
        { text: 'Ramazon Rahimzoda', cites: ['beijing#p1'] },
        { text: 'Ramazon Rakhimzoda', cites: ['interview#p5', 'interview#p9'] },
        { text: 'Rahimzoda Ramazon Hamro', cites: ['kazinform#p4'] },
      ],
    };
    const citedAs = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)} (2019)`;
    expect(spellingsCited(person, ['kazinform#p4', 'kazinform#p5'])).toEqual([
      { text: 'Rahimzoda Ramazon Hamro', cites: ['kazinform#p4'] },
    ]);
    expect(namedInCited(person, ['kazinform#p4', 'kazinform#p5'], citedAs)).toBe(
      '“Rahimzoda Ramazon Hamro”\u00a0in\u00a0¶4',
    );
    // The site's own spelling is not another.
    expect(namedInCited(person, ['beijing#p1'], citedAs)).toBe('');
    // Paragraphs of more than one source name theirs.
    expect(namedInCited(person, ['interview#p5', 'interview#p9', 'kazinform#p4'], citedAs)).toBe(
      '“Ramazon Rakhimzoda”\u00a0in\u00a0Interview (2019) ¶5, ¶9 and “Rahimzoda Ramazon Hamro”\u00a0in\u00a0Kazinform (2019) ¶4',
    );
    expect(namedInCited(person, [], citedAs)).toBe('');
  });
});

describe('the names a page carries for the search index', () => {
  const people: Record<string, { name: string; spellings: Array<{ text: string }> }> = {
    rahimzoda: {
      name: 'Ramazon Rahimzoda',
      spellings: [{ text: 'Ramazon Rahimzoda' }, { text: 'Ramazon Rakhimzoda' }],
    },
    bobojonov: { name: 'Pulat Bobojonov', spellings: [{ text: 'Pulat Bobojonov' }, { text: 'Pulat Bobozhonov' }] },
    xi: { name: 'Xi Jinping', spellings: [{ text: 'Xi Jinping' }] },
  };
  const person = (id: string) => people[id];

  it('weigh the people the page is about fully and those it names in passing little, each person once', () => {
    expect(hiddenSearchNames({ about: ['rahimzoda'], passing: ['bobojonov', 'rahimzoda', 'xi'] }, person)).toEqual([
      { weight: SEARCH_NAME_WEIGHT.about, text: 'Ramazon Rahimzoda, Ramazon Rakhimzoda' },
      { weight: SEARCH_NAME_WEIGHT.passing, text: 'Pulat Bobojonov, Pulat Bobozhonov' },
    ]);
    expect(SEARCH_NAME_WEIGHT.passing).toBeLessThan(SEARCH_NAME_WEIGHT.about);
  });

  it('are none when no one the page names is spelled more than one way, or the page names no one', () => {
    expect(hiddenSearchNames({ about: ['xi'], passing: ['unknown'] }, person)).toEqual([]);
    expect(hiddenSearchNames({}, person)).toEqual([]);
  });

  it('leave out the person whose own page it is, which lists their spellings in its text', () => {
    expect(hiddenSearchNames({ self: 'rahimzoda', passing: ['rahimzoda', 'bobojonov'] }, person)).toEqual([
      { weight: SEARCH_NAME_WEIGHT.passing, text: 'Pulat Bobojonov, Pulat Bobozhonov' },
    ]);
  });

  it('find the people spelled more than one way whom a text names in any spelling, once each, and no one else', () => {
    const find = peopleNamedFinder(Object.entries(people).map(([id, data]) => ({ id, data })));
    expect(find('<td><a href="/m/">Ramazon Rakhimzoda meets Xi Jinping</a></td>')).toEqual(['rahimzoda']);
    expect(find('Pulat Bobozhonov, then Ramazon Rahimzoda and Pulat Bobojonov').sort()).toEqual([
      'bobojonov',
      'rahimzoda',
    ]);
    // A first name alone is not the person's name; one spelled a single way is left to the page's own people.
    expect(find('Pulat and Ramazon; Xi Jinping')).toEqual([]);
  });
});
