import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirectsOf } from '../../src/lib/aliases';
import { sourcesCitedIn } from '../../src/lib/citations';
import { CONTENT_FOLDERS, loadContentTree } from '../../src/lib/load';
import { DATE_FORMS } from '../../src/lib/dates';
import { COLLECTIONS, LIST_SEPARATOR, type CollectionName } from '../../src/lib/schema';
import { captureLines, squash } from '../../src/lib/paragraphs';
import { BUILT } from '../../src/lib/built';
import { REVISION_LOG_START } from '../../src/lib/revisions';
import { entriesOf, formatProblem, parseTree, validateTree } from '../../src/lib/validate';
import { copyContent } from '../helpers/content-copy';
import { contentTree, entry, problemsAfter } from '../helpers/tree';

const MEETING = '2017-09-beijing-rahimzoda-guo';
const MEETING_FILE = `content/meetings/${MEETING}.md`;
const MINSK = '2017-04-10-minsk-lukashenko-guo-cao';
const MINSK_FILE = `content/meetings/${MINSK}.md`;
const PROGRAMME = 'uzbekistan-china-interior-public-security-programme-2024-2025';

describe('the real content', () => {
  it('has no problems', () => {
    expect(validateTree(contentTree()).problems).toEqual([]);
  });

  it('parsed without the checks across records (the citation files’ second read), gives the records and paragraphs validation gives', () => {
    const { problems, entries, paragraphs } = parseTree(contentTree());
    const validated = validateTree(contentTree());
    expect(problems).toEqual([]);
    expect(entries).toEqual(validated.entries);
    expect(paragraphs).toEqual(validated.paragraphs);
    expect(paragraphs.size).toBe(entriesOf(entries, 'sources').length);
  });

  it('parsed without the checks across records, still reports a file its schema refuses', () => {
    const tree = contentTree();
    delete entry(tree, 'meetings', MEETING).data.title;
    expect(parseTree(tree).problems.map(formatProblem)).toEqual([`${MEETING_FILE}: title: is missing; expected text`]);
  });
});

describe('bad input is reported with file, field and what is valid', () => {
  it('a missing field', () => {
    const problems = problemsAfter((t) => delete entry(t, 'meetings', MEETING).data.title);
    expect(problems).toEqual([`${MEETING_FILE}: title: is missing; expected text`]);
  });

  it('a wrongly typed field', () => {
    const problems = problemsAfter((t) => (entry(t, 'places', 'beijing').data.latitude = 'north'));
    expect(problems).toEqual(['content/places/beijing.md: latitude: expected a number, found text "north"']);
  });

  it('a bare number where text goes, as YAML reads an unquoted code or year: to write it in quotes', () => {
    const problems = problemsAfter((t) => (entry(t, 'countries', 'afghanistan').data.iso = 4));
    expect(problems).toEqual([
      'content/countries/afghanistan.md: iso: expected text, found the number 4 (YAML reads a bare number as a number, dropping any leading zero: write it in quotes, e.g. "004")',
    ]);
  });

  it('an unknown field (a typo)', () => {
    const problems = problemsAfter((t) => (entry(t, 'people', 'xi-jinping').data.contry = 'china'));
    expect(problems).toEqual([
      'content/people/xi-jinping.md: (frontmatter): unknown field "contry"; did you mean "country"?',
    ]);
  });

  it('old ids in the field another kind of record keeps them in', () => {
    // A meeting keeps a renamed record's old ids in formerIds, a person in aliases; the README names both.
    const problems = problemsAfter((t) => {
      entry(t, 'people', 'xi-jinping').data.formerIds = ['xi'];
      entry(t, 'meetings', MEETING).data.aliases = ['old-meeting'];
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: (frontmatter): unknown field "aliases"; this kind of record keeps its old ids in "formerIds"`,
      'content/people/xi-jinping.md: (frontmatter): unknown field "formerIds"; this kind of record keeps its old ids in "aliases"',
    ]);
  });

  it('an unknown field in a meeting: the field it is near', () => {
    const problems = problemsAfter((t) => {
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.topic = meeting.topics;
      delete meeting.topics;
    });
    expect(problems).toEqual([`${MEETING_FILE}: (frontmatter): unknown field "topic"; did you mean "topics"?`]);
  });

  it('an unknown field near none: the fields the record or the part of it takes', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'places', 'beijing').data.elevation = 44;
      entry(t, 'meetings', MEETING).data.place.city = 'Beijing';
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: place: unknown field "city"; valid fields: place, cites (and optionally inferred, basis)`,
      'content/places/beijing.md: (frontmatter): unknown field "elevation"; valid fields: name, country, latitude, longitude (and optionally slug)',
    ]);
  });

  it('an object written as a bare value: the fields the object takes', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.place = 'beijing'));
    expect(problems).toEqual([
      `${MEETING_FILE}: place: expected an object with place, cites (and optionally inferred, basis), found text "beijing"`,
    ]);
  });

  it('an object that may also be null says so', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'sources', 'kazinform-2019-almaty-conference').data.publisher = 'Kazinform'),
    );
    expect(problems).toEqual([
      'content/sources/kazinform-2019-almaty-conference.md: publisher: expected an object with name, basis (and optionally cites, creditOnly), or null, found text "Kazinform"',
    ]);
  });

  it('a missing object: the fields it takes', () => {
    const problems = problemsAfter((t) => delete entry(t, 'meetings', MEETING).data.date);
    expect(problems).toEqual([
      `${MEETING_FILE}: date: is missing; expected an object with value, cites (and optionally onOrBefore, onOrAfter, inferred, inferredPart, basis)`,
    ]);
  });

  it('a date that is only the latest it can be says so with true or false', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.date.onOrBefore = 'yes'));
    expect(problems).toEqual([`${MEETING_FILE}: date.onOrBefore: expected true or false, found text "yes"`]);
  });

  it('missing citations: what goes there', () => {
    const problems = problemsAfter((t) => delete entry(t, 'meetings', MEETING).data.place.cites);
    expect(problems).toEqual([
      `${MEETING_FILE}: place.cites: is missing; expected a list of citations like ["source-id#p3"]`,
    ]);
  });

  it('a number or true written in quotes, which YAML reads as text: to write it without quotes', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'places', 'beijing').data.latitude = '39.9';
      entry(t, 'places', 'beijing').data.longitude = '116,4';
      entry(t, 'meetings', MEETING).data.date.inferred = 'true';
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: date.inferred: expected true or false, found text "true" (in quotes it is text: write true or false without quotes)`,
      'content/places/beijing.md: latitude: expected a number, found text "39.9" (in quotes it is text: write the number without quotes)',
      'content/places/beijing.md: longitude: expected a number, found text "116,4" (a decimal is written with a point, without quotes: 116.4)',
    ]);
  });

  it('a list written as an object of named items: a list, in plain words', () => {
    const problems = problemsAfter((t) => {
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.participants = { first: meeting.participants[0], second: meeting.participants[1] };
    });
    expect(problems).toEqual([`${MEETING_FILE}: participants: expected a list, found an object`]);
  });

  it('a date written another way: the date in the record’s form it means', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).data.date.value = 'September 2017';
      entry(t, 'meetings', MINSK).data.date.value = '10.04.2017';
      entry(t, 'meetings', '2019-08-09-almaty-interior-ministers-conference').data.date.value = '2019-8-9';
      entry(t, 'agreements', PROGRAMME).data.signed.value = 'April 1, 2024';
    });
    const forms = DATE_FORMS;
    expect(problems).toEqual([
      `${MINSK_FILE}: date.value: "10.04.2017" is not a date; expected "2017-04-10" (read day first, as German writes it), or another of ${forms}`,
      `${MEETING_FILE}: date.value: "September 2017" is not a date; expected "2017-09", or another of ${forms}`,
      `content/meetings/2019-08-09-almaty-interior-ministers-conference.md: date.value: "2019-8-9" is not a date; expected "2019-08-09", or another of ${forms}`,
      `content/agreements/${PROGRAMME}.md: signed.value: "April 1, 2024" is not a date; expected "2024-04-01", or another of ${forms}`,
    ]);
  });

  it('a day or a month the calendar does not have, in any form: why not', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).data.date.value = '2017-09-31';
      entry(t, 'meetings', MINSK).data.date.value = '2017-13';
      entry(t, 'meetings', '2019-08-09-almaty-interior-ministers-conference').data.date.value = '2019-08-00';
      entry(t, 'agreements', PROGRAMME).data.signed.value = 'April 31, 2024';
    });
    expect(problems).toEqual([
      `${MINSK_FILE}: date.value: "2017-13" is not a month of the calendar: there is no month 13; expected ${DATE_FORMS}`,
      `${MEETING_FILE}: date.value: "2017-09-31" is not a day of the calendar: September 2017 has 30 days; expected ${DATE_FORMS}`,
      `content/meetings/2019-08-09-almaty-interior-ministers-conference.md: date.value: "2019-08-00" is not a day of the calendar: there is no day 0; expected ${DATE_FORMS}`,
      `content/agreements/${PROGRAMME}.md: signed.value: "April 31, 2024" is not a day of the calendar: April 2024 has 30 days; expected ${DATE_FORMS}`,
    ]);
  });

  it('a malformed citation: what was found and the form expected', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', MEETING).data.topics[0].cites = ['tajik-interior-minister-meets-guo-shengkun#3']),
    );
    expect(problems).toEqual([
      `${MEETING_FILE}: topics.0.cites.0: found text "tajik-interior-minister-meets-guo-shengkun#3"; expected a citation like "source-id#p3"`,
    ]);
  });

  it('an id holding a character that prints as nothing, as a space or as a hyphen: which, and where', () => {
    const problems = problemsAfter((t) => {
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.participants[0].person = 'ramazon\u200brahimzoda';
      meeting.participants[1].person = '\u00a0guo-shengkun';
      meeting.topics[0].cites[0] = meeting.topics[0].cites[0].replace('-', '\u2011');
    });
    const [cited] = entry(contentTree(), 'meetings', MEETING).data.topics[0].cites;
    const before = cited.slice(0, cited.indexOf('-'));
    expect(problems).toEqual([
      `${MEETING_FILE}: participants.0.person: found text "ramazon\u200brahimzoda" (after "ramazon" it holds U+200B, a zero-width space, which prints as nothing); expected a lower-case id of letters, digits and hyphens`,
      `${MEETING_FILE}: participants.1.person: found text "\u00a0guo-shengkun" (it begins with U+00A0, a no-break space); expected a lower-case id of letters, digits and hyphens`,
      `${MEETING_FILE}: topics.0.cites.0: found text "${cited.replace('-', '\u2011')}" (after "${before}" it holds U+2011, a non-breaking hyphen, where "-" goes); expected a citation like "source-id#p3"`,
    ]);
  });

  it('a reference to an unknown person, with the nearest id suggested', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', MEETING).data.participants[0].person = 'ramazon-rahimzod'),
    );
    expect(problems).toEqual([
      `${MEETING_FILE}: participants.0.person: unknown person "ramazon-rahimzod". Did you mean "ramazon-rahimzoda"? Valid: an id of a file in content/people/.`,
    ]);
  });

  it('a person named by a surname alone: the id with that word, not the nearest spelling', () => {
    const problems = problemsAfter((t) => {
      const aziz = entry(t, 'people', 'aziz-dolosbayev');
      const spelling = { ...aziz.data.spellings[0], text: 'Nursultan Nazarbayev' };
      const data = { ...aziz.data, name: 'Nursultan Nazarbayev', spellings: [spelling] };
      t.entries.push({ ...aziz, file: 'content/people/nursultan-nazarbayev.md', stem: 'nursultan-nazarbayev', data });
      entry(t, 'meetings', MEETING).data.participants[0].person = 'nazarbayev';
    });
    // (The made-up person's spelling is not in the paragraph it cites; that problem is the made-up file's.)
    expect(problems.filter((p) => p.startsWith(MEETING_FILE))).toEqual([
      `${MEETING_FILE}: participants.0.person: unknown person "nazarbayev". Did you mean "nursultan-nazarbayev"? Valid: an id of a file in content/people/.`,
    ]);
  });

  it('a person named by an alias: the id the alias belongs to (the README example)', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.participants[1].person = 'rakhimzoda'));
    expect(problems).toEqual([
      `${MEETING_FILE}: participants.1.person: unknown person "rakhimzoda". Did you mean "ramazon-rahimzoda"? Valid: an id of a file in content/people/.`,
    ]);
  });

  it('a person misspelled in one of the spellings the sources use: the id that spelling belongs to', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.participants[0].person = 'rakhimzod'));
    expect(problems).toEqual([
      `${MEETING_FILE}: participants.0.person: unknown person "rakhimzod". Did you mean "ramazon-rahimzoda"? Valid: an id of a file in content/people/.`,
    ]);
  });

  it('no suggestion when no id is near what was written', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', MEETING).data.participants[0].person = 'totally-unknown-person'),
    );
    expect(problems).toEqual([
      `${MEETING_FILE}: participants.0.person: unknown person "totally-unknown-person". Valid: an id of a file in content/people/.`,
    ]);
  });

  it('a reference to an unknown country, place, organization and meeting', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'people', 'xi-jinping').data.country = 'chna';
      entry(t, 'meetings', MEETING).data.place.place = 'peking';
      entry(t, 'agreements', 'almaty-2019-interior-ministers-protocol').data.meeting.meeting = 'almaty';
      entry(t, 'organizations', 'sco').data.country = 'nowhere';
      entry(t, 'events', '2018-03-15-central-asian-interior-ministers-format-initiated').data.meetings = [
        'almaty-2019',
      ];
    });
    expect(problems).toHaveLength(5);
    expect(problems).toContain(
      'content/people/xi-jinping.md: country: unknown country "chna". Did you mean "china"? Valid: an id of a file in content/countries/.',
    );
    expect(problems.some((p) => p.startsWith(`${MEETING_FILE}: place.place: unknown place "peking".`))).toBe(true);
    expect(
      problems.some((p) =>
        p.startsWith(
          'content/agreements/almaty-2019-interior-ministers-protocol.md: meeting.meeting: unknown meeting "almaty".',
        ),
      ),
    ).toBe(true);
    expect(
      problems.some((p) => p.startsWith('content/organizations/sco.md: country: unknown country "nowhere".')),
    ).toBe(true);
    expect(problems).toContain(
      'content/events/2018-03-15-central-asian-interior-ministers-format-initiated.md: meetings.0: unknown meeting "almaty-2019". Did you mean "2019-08-09-almaty-interior-ministers-conference"? Valid: an id of a file in content/meetings/.',
    );
  });

  it('a reference to an unknown record in every other field that names one', () => {
    const AGREEMENT = 'tajikistan-china-memorandum-terrorism-extremism-separatism';
    const EVENT = '2018-03-15-central-asian-interior-ministers-format-initiated';
    const problems = problemsAfter((t) => {
      const agreement = entry(t, 'agreements', AGREEMENT).data;
      agreement.parties[0].organization = 'no-such-ministry';
      agreement.maybeSameAs = [
        { agreement: 'no-such-agreement', basis: 'Both are memoranda.', cites: ['rakhimzoda-interview-2015#p28'] },
      ];
      Object.assign(entry(t, 'events', EVENT).data, {
        countries: ['no-such-country'],
        organizations: ['no-such-organization'],
        people: ['no-such-person'],
      });
      entry(t, 'places', 'beijing').data.country = 'no-such-country';
      entry(t, 'sources', 'rakhimzoda-interview-2015').data.interviewee.person = 'no-such-interviewee';
    });
    const unknown = (file: string, field: string, kind: string, id: string, folder: string) =>
      expect.stringMatching(
        new RegExp(
          `^content/${file}\\.md: ${field.replace('.', '\\.')}: unknown ${kind} "${id}"\\..* Valid: an id of a file in content/${folder}/\\.$`,
        ),
      );
    expect(problems).toHaveLength(7);
    expect(problems).toEqual(
      expect.arrayContaining([
        unknown(
          `agreements/${AGREEMENT}`,
          'parties.0.organization',
          'organization',
          'no-such-ministry',
          'organizations',
        ),
        unknown(`agreements/${AGREEMENT}`, 'maybeSameAs.0.agreement', 'agreement', 'no-such-agreement', 'agreements'),
        unknown(`events/${EVENT}`, 'countries.0', 'country', 'no-such-country', 'countries'),
        unknown(`events/${EVENT}`, 'organizations.0', 'organization', 'no-such-organization', 'organizations'),
        unknown(`events/${EVENT}`, 'people.0', 'person', 'no-such-person', 'people'),
        unknown('places/beijing', 'country', 'country', 'no-such-country', 'countries'),
        unknown('sources/rakhimzoda-interview-2015', 'interviewee.person', 'person', 'no-such-interviewee', 'people'),
      ]),
    );
  });

  it('a citation of an unknown source', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.topics[1].cites = ['tajik-minister#p3']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${MEETING_FILE}: topics\\.1\\.cites\\.0: unknown source "tajik-minister"\\. Did you mean "[a-z0-9-]+"\\?`,
      ),
    );
  });

  it('a citation of a paragraph the source does not have', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', MEETING).data.topics[0].cites = ['tajik-interior-minister-meets-guo-shengkun#p9']),
    );
    expect(problems).toEqual([
      `${MEETING_FILE}: topics.0.cites.0: source "tajik-interior-minister-meets-guo-shengkun" has no paragraph 9; its paragraphs are 1, 2, 3, 4, 5, 6, 7`,
    ]);
  });

  it('a paragraph listed twice in a list of citations, or in a list of the paragraphs that name a record', () => {
    const problems = problemsAfter((t) => {
      const topic = entry(t, 'meetings', MEETING).data.topics[0];
      topic.cites = [...topic.cites, topic.cites[0]];
      const china = entry(t, 'countries', 'china').data;
      china.named = [china.named[1], ...china.named];
    });
    const [cite] = entry(contentTree(), 'meetings', MEETING).data.topics[0].cites;
    const n = entry(contentTree(), 'meetings', MEETING).data.topics[0].cites.length;
    const [, named] = entry(contentTree(), 'countries', 'china').data.named;
    expect(problems).toEqual([
      `${MEETING_FILE}: topics.0.cites.${n}: "${cite}" is already topics.0.cites.0; list each paragraph once`,
      `content/countries/china.md: named.2: "${named}" is already named.0; list each paragraph once`,
    ]);
  });

  it('an impossible date', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.date.value = '2017-02-30'));
    expect(problems).toEqual([
      `${MEETING_FILE}: date.value: "2017-02-30" is not a day of the calendar: February 2017 has 28 days; expected "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or "YYYY/YYYY" (period of years)`,
    ]);
  });

  it('a day that no paragraph the date cites gives: a year may be inferred, a day not', () => {
    const problems = problemsAfter((t) => {
      const date = entry(t, 'meetings', MINSK).data.date;
      expect(date.value).toBe('2017-04-10');
      date.value = '2017-04-11';
    });
    expect(problems).toEqual([
      `${MINSK_FILE}: date.value: "2017-04-11" is given to the day, but no paragraph it cites (${entry(contentTree(), 'meetings', MINSK).data.date.cites.join(', ')}) gives that day; cite one that does, or give only as much of the date as they give ("2017-04" or "2017")`,
    ]);
    // Nested too: an agreement's signing, cited where no paragraph gives its day.
    const signed = problemsAfter((t) => {
      const a = entry(t, 'agreements', PROGRAMME).data.signed;
      a.cites = a.cites.filter((c: string) => !c.endsWith('#p5'));
    });
    // (Its basis names ¶5, which it no longer cites: that is reported too, by its own rule.)
    const days = signed.filter((p) => p.includes('is given to the day'));
    expect(days).toEqual([
      `content/agreements/${PROGRAMME}.md: signed.value: "2024-04-01" is given to the day, but no paragraph it cites (gazeta-uz-uzbekistan-china-security#p11, gazeta-uz-uzbekistan-china-security#p15) gives that day; cite one that does, or give only as much of the date as they give ("2024-04" or "2024")`,
    ]);
  });

  it('the earliest a date can be, given to the day: a day a paragraph the date cites gives, in the year it gives', () => {
    const ALMATY = '2019-08-09-almaty-interior-ministers-conference';
    const earliest = (onOrAfter: string) =>
      problemsAfter((t) => (entry(t, 'meetings', ALMATY).data.date.onOrAfter = onOrAfter));
    const cites = entry(contentTree(), 'meetings', ALMATY).data.date.cites.join(', ');
    expect(earliest('2018-03-16')).toEqual([
      `content/meetings/${ALMATY}.md: date.onOrAfter: "2018-03-16" is given to the day, but no paragraph it cites (${cites}) gives that day; cite one that does, or give only as much of the date as they give ("2018-03" or "2018")`,
    ]);
    expect(earliest('2017-03-15')).toEqual([
      `content/meetings/${ALMATY}.md: date.onOrAfter: "2017-03-15" is in 2017, but the paragraph it cites gives that day in another year ("March 15, 2018", kazinform-2019-almaty-conference#p3); expected "2018-03-15", or cite a paragraph that gives the day in 2017`,
    ]);
    expect(earliest('2018-03')).toEqual([]);
  });

  it('a day in another year than the paragraph it cites gives it: a year may be inferred only where none is written', () => {
    const INTERPOL = '2005-01-28-interpol-ncb-tajikistan';
    const problems = problemsAfter((t) => {
      const date = entry(t, 'events', INTERPOL).data.date;
      expect(date.value).toBe('2005-01-28');
      date.value = '2015-01-28';
    });
    expect(problems).toEqual([
      `content/events/${INTERPOL}.md: date.value: "2015-01-28" is in 2015, but the paragraph it cites gives that day in another year ("January 28, 2005", rakhimzoda-interview-2015#p16); expected "2005-01-28", or cite a paragraph that gives the day in 2015`,
    ]);
  });

  it('a date in a year after the publication of every source it cites: a slip of a year, in the date or in the source', () => {
    const SOURCE = 'tajik-interior-minister-meets-guo-shengkun';
    const advice =
      "a source reports what happened before it was published: check the date's year, or the source's date of publication, or cite a source published after it";
    const later = (change: (date: { value: string; onOrBefore?: boolean; cites: string[] }) => void) =>
      problemsAfter((t) => {
        const { date } = entry(t, 'meetings', MEETING).data;
        expect(date.cites.every((c: string) => c.startsWith(`${SOURCE}#`))).toBe(true);
        date.value = '2018-09';
        change(date);
      }).filter((p) => p.includes('after the publication'));
    expect(entry(contentTree(), 'sources', SOURCE).data.published.value).toBe('2017-09');
    expect(later(() => {})).toEqual([
      `${MEETING_FILE}: date.value: "2018-09" is in a year after the publication of the source it cites (${SOURCE}, published September 2017); ${advice}`,
    ]);
    // A source may announce what comes months after it, in its year; a source published later may report it; a date
    // that is only the latest it can be may be earlier than its source.
    expect(later((date) => (date.value = '2017-12'))).toEqual([]);
    expect(later((date) => date.cites.push('gazeta-uz-uzbekistan-china-security#p11'))).toEqual([]);
    expect(later((date) => (date.onOrBefore = true))).toEqual([]);
    // Its earliest, where given, may not: the site would say it happened after every source was published.
    const bounded = (onOrAfter: string) =>
      later((date) => Object.assign(date, { onOrBefore: true, onOrAfter, value: '2019-01' }));
    expect(bounded('2018-03')).toEqual([
      `${MEETING_FILE}: date.onOrAfter: "2018-03" is in a year after the publication of the source it cites (${SOURCE}, published September 2017); ${advice}`,
    ]);
    expect(bounded('2017-10')).toEqual([]);
    // The source's date of publication, mistyped, makes every date citing it later than it (an agreement's signing too).
    const BELARUS = 'belarus-china-law-enforcement-cooperation';
    const source = problemsAfter((t) => (entry(t, 'sources', BELARUS).data.published.value = '2016'));
    expect(source.filter((p) => p.includes('after the publication'))).toEqual([
      `${MINSK_FILE}: date.value: "2017-04-10" is in a year after the publication of the source it cites (${BELARUS}, published 2016); ${advice}`,
      `content/agreements/belarus-china-prosecutors-general-programme-2017.md: signed.value: "2017-04-09" is in a year after the publication of the source it cites (${BELARUS}, published 2016); ${advice}`,
    ]);
  });

  it('an event that leaves out a country it names, or lists none: it would be missing from their pages', () => {
    const FORMAT = '2018-03-15-central-asian-interior-ministers-format-initiated';
    const named = problemsAfter((t) => {
      const event = entry(t, 'events', FORMAT).data;
      expect(event.countries).toContain('uzbekistan');
      event.countries = event.countries.filter((c: string) => c !== 'uzbekistan');
    });
    expect(named).toEqual([
      `content/events/${FORMAT}.md: countries: the title names Uzbekistan; add "uzbekistan" to countries, so that the event is on Uzbekistan’s page and timeline`,
    ]);
    const MSS = '1983-ministry-of-state-security-created';
    const none = problemsAfter((t) => {
      const event = entry(t, 'events', MSS).data;
      event.title = 'Ministry of State Security created';
      event.countries = [];
    });
    expect(none).toEqual([
      `content/events/${MSS}.md: countries: lists no country, so the event would be on no country’s page or timeline; list the countries it concerns (ids of content/countries/, such as "afghanistan")`,
    ]);
  });

  it('a period of years that ends before it starts, or in the year it starts', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).data.date.value = '2017/2015';
      entry(t, 'meetings', '2019-08-09-almaty-interior-ministers-conference').data.date.value = '2019/2019';
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: date.value: "2017/2015" is not a period of years: its end year must come after its start; expected "2015/2017", or another of "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or "YYYY/YYYY" (period of years)`,
      'content/meetings/2019-08-09-almaty-interior-ministers-conference.md: date.value: "2019/2019" is not a period of years: its end year must come after its start; expected "2019" for one year, or another of "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or "YYYY/YYYY" (period of years)',
    ]);
  });

  it('a date before the year 1000, and a period that is only the latest it can be', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).data.date.value = '0983';
      const almaty = entry(t, 'meetings', '2019-08-09-almaty-interior-ministers-conference').data.date;
      almaty.value = '2016/2017';
      almaty.onOrBefore = true;
      delete almaty.onOrAfter;
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: date.value: "0983" is not a date of the record: its year is before 1000; expected "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or "YYYY/YYYY" (period of years)`,
      'content/meetings/2019-08-09-almaty-interior-ministers-conference.md: date.onOrBefore: is true, but the value is a period of years; only a day, a month or a year can be the latest a date can be: give the last year alone ("in or before" it), or remove onOrBefore',
    ]);
  });

  it('the earliest a date can be: only beside onOrBefore, before the value, and a day, a month or a year', () => {
    const ALMATY = 'content/meetings/2019-08-09-almaty-interior-ministers-conference.md';
    const withDate = (change: (date: Record<string, unknown>) => void) =>
      problemsAfter((t) => change(entry(t, 'meetings', '2019-08-09-almaty-interior-ministers-conference').data.date));
    expect(withDate(() => {})).toEqual([]);
    expect(withDate((date) => (date.onOrBefore = false))).toEqual([
      `${ALMATY}: date.onOrAfter: is given, but onOrBefore is not true: the earliest a date can be goes beside the latest it can be; add onOrBefore: true (the value is then the latest), or remove onOrAfter`,
    ]);
    expect(withDate((date) => (date.onOrAfter = '2019-08-09'))).toEqual([
      `${ALMATY}: date.onOrAfter: "2019-08-09" is the value itself: a date whose earliest is its latest is that date; give it as the value alone, without onOrBefore and onOrAfter`,
    ]);
    expect(withDate((date) => (date.onOrAfter = '2019-09'))).toEqual([
      `${ALMATY}: date.onOrAfter: "2019-09" begins after the last day the value "2019-08-09", the latest the date can be, can mean; the earliest it can be comes first: check which is which`,
    ]);
    for (const period of ['2018/2019', '2018–2019'])
      expect(withDate((date) => (date.onOrAfter = period))).toEqual([
        `${ALMATY}: date.onOrAfter: "${period}" is a period of years; the earliest a date can be is a day, a month or a year: give the first year alone`,
      ]);
    // Written another way, it is read as one of the forms it takes, which are named: no period among them.
    expect(withDate((date) => (date.onOrAfter = '15 March 2018'))).toEqual([
      `${ALMATY}: date.onOrAfter: "15 March 2018" is not a date; expected "2018-03-15", or another of "YYYY-MM-DD" (day), "YYYY-MM" (month) or "YYYY" (year)`,
    ]);
    // A month or a year before the value's: "between March 2018 and 9 August 2019", "between 2018 and …"; or one the
    // value's day falls in ("between August 2019 and 9 August 2019": on one of its first nine days).
    expect(withDate((date) => (date.onOrAfter = '2018-03'))).toEqual([]);
    expect(withDate((date) => (date.onOrAfter = '2018'))).toEqual([]);
    expect(withDate((date) => (date.onOrAfter = '2019-08'))).toEqual([]);
  });

  it('a date whose year alone is inferred: inferred, a day, not a bound, and a cited paragraph gives no year', () => {
    const ALMATY = 'content/meetings/2019-08-09-almaty-interior-ministers-conference.md';
    const MINSK = 'content/meetings/2017-04-10-minsk-lukashenko-guo-cao.md';
    const almaty = (change: (date: Record<string, unknown>) => void) =>
      problemsAfter((t) => change(entry(t, 'meetings', '2019-08-09-almaty-interior-ministers-conference').data.date));
    const minsk = (change: (date: Record<string, unknown>) => void) =>
      problemsAfter((t) => change(entry(t, 'meetings', '2017-04-10-minsk-lukashenko-guo-cao').data.date));
    expect(minsk((date) => (date.inferredPart = 'year'))).toEqual([]);
    expect(minsk((date) => Object.assign(date, { inferred: false, basis: undefined, inferredPart: 'year' }))).toEqual([
      `${MINSK}: date.inferredPart: is given, but the date is not marked inferred: a date a source states whole has no part the site infers; remove inferredPart`,
    ]);
    expect(minsk((date) => Object.assign(date, { value: '2017-04', inferredPart: 'year' }))).toEqual([
      `${MINSK}: date.inferredPart: is "year", but "2017-04" is not a day: only a day and month a paragraph gives can have its year inferred alone; remove inferredPart`,
    ]);
    expect(almaty((date) => (date.inferredPart = 'year'))).toEqual([
      `${ALMATY}: date.inferredPart: is "year", but onOrBefore is true: a date known only as the latest it can be is inferred whole; remove inferredPart`,
    ]);
    // Kazinform's ¶1 opens with the day and its year ("date 2019-08-09"): the year is the paragraph's, not inferred.
    const dated = almaty((date) => {
      Object.assign(date, { onOrBefore: false, inferredPart: 'year' });
      delete date.onOrAfter;
    });
    expect(dated).toEqual([
      `${ALMATY}: date.inferredPart: is "year", but every paragraph the date cites that gives its day (kazinform-2019-almaty-conference#p1) gives its year too: the year is not inferred alone; remove inferredPart, or cite the paragraph that gives the day and month with no year`,
    ]);
    // Nor a source's date of publication, which its page says the text does not state when the site infers it.
    const published = problemsAfter((t) => {
      const source = entry(t, 'sources', 'kazinform-2019-almaty-conference').data;
      Object.assign(source.published, { inferred: true, basis: 'Its dateline.', inferredPart: 'year' });
      source.shortTitle = 'Kazinform (ca. 2019)';
    });
    expect(published).toEqual([
      "content/sources/kazinform-2019-almaty-conference.md: published.inferredPart: is given on a source's date of publication, which the site infers whole or reads as stated; remove inferredPart",
    ]);
  });

  it('a statement that names a person and cites no paragraph naming them', () => {
    // The note once cited only ¶9, the words of greeting, which do not say who spoke them.
    const minsk = '2017-04-10-minsk-lukashenko-guo-cao';
    const source = 'belarus-china-law-enforcement-cooperation';
    const problems = problemsAfter((t) => {
      const note = entry(t, 'meetings', minsk).data.notes.find((n: { text: string }) => n.text.includes('greetings'));
      note.cites = [`${source}#p9`];
      // A paragraph the source lacks is that problem alone, not also one that names no one.
      entry(t, 'meetings', MEETING).data.topics[3].cites = ['tajik-interior-minister-meets-guo-shengkun#p99'];
    });
    const notes: Array<{ text: string }> = entry(contentTree(), 'meetings', minsk).data.notes;
    const at = notes.findIndex((n) => n.text.includes('greetings'));
    expect(problems).toEqual([
      `${MEETING_FILE}: topics.3.cites.0: source "tajik-interior-minister-meets-guo-shengkun" has no paragraph 99; its paragraphs are 1, 2, 3, 4, 5, 6, 7`,
      `content/meetings/${minsk}.md: notes.${at}.cites: the text names Guo Shengkun (“Guo Shengkun”), but no paragraph it cites names them; cite one that does (in the same source: ${source}#p7, ${source}#p8), or, if a cited paragraph names them, add it to named in content/people/guo-shengkun.md`,
    ]);
  });

  it('a participant or an interviewee whose cited paragraphs do not name them', () => {
    // The row is the page's evidence that the person was there: a paragraph of the meeting that does not name them (¶9,
    // words of greeting) is none.
    const minsk = '2017-04-10-minsk-lukashenko-guo-cao';
    const source = 'belarus-china-law-enforcement-cooperation';
    const interview = 'rakhimzoda-interview-2015';
    const problems = problemsAfter((t) => {
      const guo = entry(t, 'meetings', minsk).data.participants.find(
        (p: { person: string }) => p.person === 'guo-shengkun',
      );
      guo.cites = [`${source}#p3`, `${source}#p9`];
      entry(t, 'sources', interview).data.interviewee.cites = [`${interview}#p4`];
    });
    const at = entry(contentTree(), 'meetings', minsk).data.participants.findIndex(
      (p: { person: string }) => p.person === 'guo-shengkun',
    );
    expect(problems).toEqual([
      `content/sources/${interview}.md: interviewee.cites: no paragraph it cites names Ramazon Rahimzoda; cite one that does (in the same source: ${interview}#p5), or, if a cited paragraph names them, add it to named in content/people/ramazon-rahimzoda.md`,
      `content/meetings/${minsk}.md: participants.${at}.cites: no paragraph it cites names Guo Shengkun; cite one that does (in the same source: ${source}#p7, ${source}#p8), or, if a cited paragraph names them, add it to named in content/people/guo-shengkun.md`,
    ]);
  });

  it('a text a spreadsheet would run as a formula in the data files', () => {
    const problems = problemsAfter((t) => {
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.title = `-${meeting.title}`;
      meeting.topics[0].text = `=${meeting.topics[0].text}`;
    });
    const formula = (c: string) =>
      `begins with "${c}", which a spreadsheet runs as a formula in the data files; begin it with a letter, a digit or a quotation mark`;
    expect(problems).toEqual([
      `${MEETING_FILE}: title: ${formula('-')}`,
      `${MEETING_FILE}: topics.0.text: ${formula('=')}`,
    ]);
  });

  it('a value of a data file’s list cell that holds the list’s separator, or its "|" at an end; a title may', () => {
    const problems = problemsAfter((t) => {
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.title = `${meeting.title}${LIST_SEPARATOR}Minsk`;
      meeting.topics[0].text = `${meeting.topics[0].text}${LIST_SEPARATOR}and more`;
      // Beside its neighbour in the cell, "a |" reads "a | | b": two values, "a" and "| b".
      meeting.topics[1].text = `${meeting.topics[1].text} |`;
      const person = entry(t, 'people', 'guo-shengkun').data;
      person.roles[0].title = `${person.roles[0].title}${LIST_SEPARATOR}Member`;
    });
    const separator = `holds "|": the data files write "${LIST_SEPARATOR}" between the values of a list cell, where statements, spellings and offices stand, so a reader of the file could take it for two values; write it otherwise (a comma, a semicolon or a dash)`;
    expect(problems).toEqual([
      `${MEETING_FILE}: topics.0.text: ${separator}`,
      `${MEETING_FILE}: topics.1.text: ${separator}`,
      `content/people/guo-shengkun.md: roles.0.title: ${separator}`,
    ]);
  });

  it('a revision dated to less than a day, or to no day of the calendar, or of an unknown kind', () => {
    // Appended after the record's own revisions, however many it has, and dated after them.
    const n: number = entry(contentTree(), 'meetings', MEETING).data.revisions.length;
    const problems = problemsAfter((t) => {
      const revisions = entry(t, 'meetings', MEETING).data.revisions;
      revisions[0].date = '2026-11';
      revisions.push({ date: '2099-11-31', kind: 'correction', text: 'A topic was corrected.' });
      revisions.push({ date: BUILT, kind: 'update', text: 'A topic was corrected.' });
      revisions.push({ date: '30 November 2026', kind: 'addition', text: 'A topic was added.' });
      revisions.push({ date: 'December 2026', kind: 'addition', text: 'A topic was added.' });
      revisions.push({ date: 'November 31, 2026', kind: 'addition', text: 'A topic was added.' });
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: revisions.0.date: "2026-11" is not a single day; expected a day, "YYYY-MM-DD"`,
      `${MEETING_FILE}: revisions.${n}.date: "2099-11-31" is not a day of the calendar: November 2099 has 30 days; expected a day, "YYYY-MM-DD"`,
      `${MEETING_FILE}: revisions.${n + 1}.kind: found text "update"; expected one of "correction", "addition"`,
      `${MEETING_FILE}: revisions.${n + 2}.date: "30 November 2026" is not a date; expected "2026-11-30", a day in the form "YYYY-MM-DD"`,
      `${MEETING_FILE}: revisions.${n + 3}.date: "December 2026" is not a date; expected a day, "YYYY-MM-DD"`,
      `${MEETING_FILE}: revisions.${n + 4}.date: "November 31, 2026" is not a day of the calendar: November 2026 has 30 days; expected a day, "YYYY-MM-DD"`,
    ]);
  });

  it('a revision dated before the log of corrections begins', () => {
    // First in the list, so that only its day is wrong, not its place.
    const problems = problemsAfter((t) =>
      entry(t, 'meetings', MEETING).data.revisions.unshift({ date: '2026-11-01', kind: 'addition', text: 'A note.' }),
    );
    expect(problems).toEqual([
      `${MEETING_FILE}: revisions.0.date: "2026-11-01" is before the log of corrections begins; expected a day from "${REVISION_LOG_START}" on (earlier changes are in the version history only)`,
    ]);
  });

  it('revisions listed out of order, which would move a published anchor', () => {
    let published = '';
    const problems = problemsAfter((t) => {
      const revisions = entry(t, 'meetings', MEETING).data.revisions;
      published = revisions[0].date;
      revisions.unshift({ date: BUILT, kind: 'addition', text: 'A note was added.' });
    });
    expect(published < BUILT).toBe(true);
    expect(problems).toEqual([
      `${MEETING_FILE}: revisions.1.date: ${published} is listed after ${BUILT}; expected revisions oldest first, a new one at the end`,
    ]);
  });

  it('a revision dated after the day of the build, which would head the log and its feed before its day', () => {
    const tomorrow = new Date(Date.parse(`${BUILT}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const problems = problemsAfter((t) =>
      entry(t, 'meetings', MEETING).data.revisions.push({ date: tomorrow, kind: 'addition', text: 'A note.' }),
    );
    const n: number = entry(contentTree(), 'meetings', MEETING).data.revisions.length;
    expect(problems).toEqual([
      `${MEETING_FILE}: revisions.${n}.date: "${tomorrow}" is after the day of this build, ${BUILT} (UTC); expected the day the change is published, not a later one`,
    ]);
  });

  it('a revision quoting words that no paragraph of its record’s sources has', () => {
    // The sources the meeting cites, however many a later record gives it.
    const { data } = entry(contentTree(), 'meetings', MEETING);
    const problems = problemsAfter((t) =>
      entry(t, 'meetings', MEETING).data.revisions.push({
        date: BUILT,
        kind: 'correction',
        text: 'A topic said China was “ready to train” Tajik personnel.',
      }),
    );
    expect(problems).toEqual([
      `${MEETING_FILE}: revisions.${data.revisions.length}.text: “ready to train” is not in any paragraph of ${sourcesCitedIn(data).join(', ')} word for word; quote the source as published, “…” marking a cut`,
    ]);
  });

  it('an unquoted date, which YAML turns into a date object', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.date.value = new Date('2017-09-26')));
    expect(problems).toEqual([
      `${MEETING_FILE}: date.value: expected text, found an unquoted YAML date (write dates in quotes, e.g. "2017-09-26")`,
    ]);
  });

  it('an inferred date without a basis', () => {
    const problems = problemsAfter((t) => delete entry(t, 'meetings', MEETING).data.date.basis);
    expect(problems).toEqual([
      `${MEETING_FILE}: date.basis: an inferred date needs a "basis" saying what it is inferred from`,
    ]);
  });

  it('an inferred place, statement, party or tie to a meeting without a basis (one rule, src/lib/schema.ts)', () => {
    const AGREEMENT = 'belarus-china-prosecutors-general-programme-2017';
    const problems = problemsAfter((t) => {
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.place.inferred = true;
      meeting.topics[0].inferred = true;
      const agreement = entry(t, 'agreements', AGREEMENT).data;
      delete agreement.parties[1].basis;
      agreement.meeting.inferred = true;
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: place.basis: an inferred place needs a "basis"`,
      `${MEETING_FILE}: topics.0.basis: an inferred statement needs a "basis"`,
      `content/agreements/${AGREEMENT}.md: parties.1.basis: an inferred party needs a "basis"`,
      `content/agreements/${AGREEMENT}.md: meeting.basis: an inferred tie to a meeting needs a "basis"`,
    ]);
  });

  it('a basis where nothing is inferred: a date, place, statement, party or tie to a meeting (one rule)', () => {
    const AGREEMENT = 'belarus-china-prosecutors-general-programme-2017';
    const problems = problemsAfter((t) => {
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.date.inferred = false;
      meeting.place.basis = 'The source names the city.';
      meeting.topics[0].basis = 'The source says so.';
      const agreement = entry(t, 'agreements', AGREEMENT).data;
      delete agreement.parties[1].inferred;
      agreement.meeting.basis = 'The source says so.';
    });
    const given = (what: string) =>
      `is given, but the ${what} is not marked inferred: a basis says what the site infers it from; add inferred: true, or remove the basis`;
    expect(problems).toEqual([
      `${MEETING_FILE}: date.basis: ${given('date')}`,
      `${MEETING_FILE}: place.basis: ${given('place')}`,
      `${MEETING_FILE}: topics.0.basis: ${given('statement')}`,
      `content/agreements/${AGREEMENT}.md: parties.1.basis: ${given('party')}`,
      `content/agreements/${AGREEMENT}.md: meeting.basis: ${given('tie to a meeting')}`,
    ]);
  });

  it('two agreements that may be one, stated as if a source said so, or without the paragraphs the basis rests on', () => {
    const AGREEMENT = 'tajikistan-afghanistan-interior-ministries-cooperation-agreement';
    const problems = problemsAfter((t) => {
      const same = entry(t, 'agreements', AGREEMENT).data.maybeSameAs[0];
      same.inferred = false;
      delete same.cites;
    });
    expect(problems).toEqual([
      `content/agreements/${AGREEMENT}.md: maybeSameAs.0.inferred: found false; expected true: that two records may be one agreement is always the site’s inference`,
      `content/agreements/${AGREEMENT}.md: maybeSameAs.0.cites: is missing; expected a list of citations like ["source-id#p3"]`,
    ]);
  });

  it('a person whose spellings are filed as one without saying that this is the site’s inference', () => {
    const problems = problemsAfter((t) => delete entry(t, 'people', 'pulat-bobojonov').data.samePerson);
    expect(problems).toEqual([
      'content/people/pulat-bobojonov.md: samePerson: is missing; the sources spell the name in 2 ways (“Pulat Bobojonov”, “Pulat Bobozhonov”) and none says they are one person, which is the site’s inference: add samePerson with inferred: true, a basis saying why the site takes them to be one (the office each paragraph gives, the years of the sources, how the names differ) and cites with the paragraphs of the spellings',
    ]);
  });

  it('spellings taken as one person, stated as if a source said so, or without citing every spelling', () => {
    const PERSON = 'ramazon-rahimzoda';
    const problems = problemsAfter((t) => {
      const same = entry(t, 'people', PERSON).data.samePerson;
      same.inferred = false;
      same.cites = ['rakhimzoda-interview-2015#p5'];
    });
    expect(problems).toEqual([
      `content/people/${PERSON}.md: samePerson.inferred: found false; expected true: that different spellings name one person is always the site’s inference`,
    ]);
    // Once the value is right, the refinement over the record runs: each spelling is among the paragraphs it cites.
    expect(
      problemsAfter((t) => (entry(t, 'people', PERSON).data.samePerson.cites = ['rakhimzoda-interview-2015#p5'])),
    ).toEqual([
      `content/people/${PERSON}.md: samePerson.cites: cites no paragraph of spellings.0, “Ramazon Rahimzoda” (tajik-interior-minister-meets-guo-shengkun#p1); cite one of them, so that the basis cites every spelling it takes as one person`,
      `content/people/${PERSON}.md: samePerson.cites: cites no paragraph of spellings.2, “Rahimzoda Ramazon Hamro” (kazinform-2019-almaty-conference#p4); cite one of them, so that the basis cites every spelling it takes as one person`,
    ]);
  });

  it('a person with one spelling has no samePerson: one spelling in several sources is one person by rule', () => {
    const problems = problemsAfter((t) => {
      const person = entry(t, 'people', 'pulat-bobojonov').data;
      person.spellings = person.spellings.slice(0, 1);
    });
    expect(problems).toEqual([
      'content/people/pulat-bobojonov.md: samePerson: the sources use one spelling, “Pulat Bobojonov”; samePerson says why different spellings name one person, and one spelling in several sources is one person by the methodology’s rule: remove samePerson',
    ]);
  });

  it('a statement naming a person who is not in the record, or whose name its text does not give', () => {
    const problems = problemsAfter((t) => {
      const minsk = entry(t, 'meetings', '2017-04-10-minsk-lukashenko-guo-cao').data;
      minsk.notes[0].mentions = ['xi-jingping'];
      minsk.notes[1].mentions = ['alexander-lukashenko'];
    });
    expect(problems).toEqual([
      'content/meetings/2017-04-10-minsk-lukashenko-guo-cao.md: notes.0.mentions.0: unknown person "xi-jingping". Did you mean "xi-jinping"? Valid: an id of a file in content/people/.',
      'content/meetings/2017-04-10-minsk-lukashenko-guo-cao.md: notes.1.mentions.0: the text does not name Alexander Lukashenko as the record spells them (Alexander Lukashenko); use one of these spellings in the text, or add the one it uses to content/people/alexander-lukashenko.md',
      // The note names Xi Jinping, whom its mentions no longer list.
      'content/meetings/2017-04-10-minsk-lukashenko-guo-cao.md: notes.1.mentions: the text names Xi Jinping (“Xi Jinping”); add "xi-jinping" to mentions, so that the name links to their page and their page lists this meeting',
    ]);
  });

  it('a statement naming a person of the record whom its mentions do not list', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', '2017-04-10-minsk-lukashenko-guo-cao').data.notes[1].mentions = [];
      // A participant named in a topic is listed on the page already.
      const meeting = entry(t, 'meetings', MEETING).data;
      meeting.topics[0].text = `${meeting.topics[0].text.slice(0, -1)}, as Guo Shengkun said.`;
      // With a paragraph that names him, as a statement naming a person cites.
      meeting.topics[0].cites.push('tajik-interior-minister-meets-guo-shengkun#p3');
    });
    expect(problems).toEqual([
      'content/meetings/2017-04-10-minsk-lukashenko-guo-cao.md: notes.1.mentions: the text names Xi Jinping (“Xi Jinping”); add "xi-jinping" to mentions, so that the name links to their page and their page lists this meeting',
    ]);
  });

  it('a duplicate id', () => {
    const problems = problemsAfter((t) => (entry(t, 'people', 'xi-jinping').data.slug = 'guo-shengkun'));
    expect(problems).toEqual([
      'content/people/xi-jinping.md: slug: duplicate person id "guo-shengkun", also used by content/people/guo-shengkun.md; ids must be unique',
      // The Minsk meeting's note names Xi Jinping, whose file no longer gives his id: the message says which it gives.
      'content/meetings/2017-04-10-minsk-lukashenko-guo-cao.md: notes.1.mentions.0: unknown person "xi-jinping". content/people/xi-jinping.md takes the id "guo-shengkun" by its slug. Valid: an id of a file in content/people/.',
    ]);
  });

  it('a file name that is no id is not suggested for the references it breaks', () => {
    // "Did you mean "Russia"?" sent the author to an id the file-name rule forbids.
    const problems = problemsAfter((t) =>
      Object.assign(entry(t, 'countries', 'russia'), { stem: 'Russia', file: 'content/countries/Russia.md' }),
    );
    expect(problems).toContain(
      'content/countries/Russia.md: (file name): "Russia.md" is not a lower-case id; use letters, digits and hyphens, e.g. "russia.md"',
    );
    const broken = problems.filter((p) => p.includes('unknown country "russia"'));
    expect(broken.length).toBeGreaterThan(0);
    for (const p of broken) expect(p).not.toContain('Did you mean "Russia"');
  });

  it('a duplicate id: reported at the slug that takes it, also when that file is read first', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', '2017-04-10-minsk-lukashenko-guo-cao').data.slug = MEETING),
    );
    expect(problems.filter((p) => p.includes('duplicate'))).toEqual([
      `content/meetings/2017-04-10-minsk-lukashenko-guo-cao.md: slug: duplicate meeting id "${MEETING}", also used by ${MEETING_FILE}; ids must be unique`,
    ]);
  });

  it('a participant listed twice', () => {
    const problems = problemsAfter((t) => {
      const [first, second] = entry(t, 'meetings', MEETING).data.participants;
      second.person = first.person;
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: participants.1.person: "ramazon-rahimzoda" is already participants.0.person; list each participant once, with the role held here`,
    ]);
  });

  it('an id or a name listed twice in one list: the second, naming the first', () => {
    const EVENT = '2018-03-15-central-asian-interior-ministers-format-initiated';
    const PROGRAMME = 'belarus-china-prosecutors-general-programme-2017';
    const MAYBE = 'tajikistan-afghanistan-interior-ministries-cooperation-agreement';
    const problems = problemsAfter((t) => {
      // Two redirects from one address to the meeting.
      entry(t, 'meetings', MEETING).data.formerIds = ['beijing-talks', 'beijing-talks'];
      const pulat = entry(t, 'people', 'pulat-bobojonov').data;
      pulat.aliases.push('bobojonov');
      pulat.spellings.push({ ...pulat.spellings[0] });
      const event = entry(t, 'events', EVENT).data;
      event.countries.push('tajikistan');
      event.organizations = ['interpol', 'interpol'];
      event.people = ['pulat-bobojonov', 'pulat-bobojonov'];
      event.meetings.push(event.meetings[0]);
      const programme = entry(t, 'agreements', PROGRAMME).data;
      programme.parties.push({ ...programme.parties[0] });
      const maybe = entry(t, 'agreements', MAYBE).data;
      maybe.maybeSameAs.push({ ...maybe.maybeSameAs[0] });
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: formerIds.1: "beijing-talks" is already formerIds.0; list each former id once`,
      'content/people/pulat-bobojonov.md: aliases.2: "bobojonov" is already aliases.0; list each alias once',
      'content/people/pulat-bobojonov.md: spellings.2.text: “Pulat Bobojonov” is already spellings.0.text; list each spelling once, with every paragraph that uses it in its cites',
      `content/agreements/${PROGRAMME}.md: parties.2.organization: "prosecutor-general-belarus" is already parties.0.organization; list each party once, with every paragraph that names it in its cites`,
      `content/agreements/${MAYBE}.md: maybeSameAs.1.agreement: "tajikistan-afghanistan-interior-ministries-multilateral-cooperation-2014" is already maybeSameAs.0.agreement; list each agreement once`,
      `content/events/${EVENT}.md: countries.4: "tajikistan" is already countries.2; list each country once`,
      `content/events/${EVENT}.md: organizations.1: "interpol" is already organizations.0; list each organization once`,
      `content/events/${EVENT}.md: people.1: "pulat-bobojonov" is already people.0; list each person once`,
      `content/events/${EVENT}.md: meetings.1: "2019-08-09-almaty-interior-ministers-conference" is already meetings.0; list each meeting once`,
    ]);
  });

  it('a person a statement mentions twice', () => {
    const MINSK = '2017-04-10-minsk-lukashenko-guo-cao';
    const problems = problemsAfter((t) => entry(t, 'meetings', MINSK).data.notes[1].mentions.push('xi-jinping'));
    expect(problems).toEqual([
      `content/meetings/${MINSK}.md: notes.1.mentions.1: "xi-jinping" is already notes.1.mentions.0; list each person once`,
    ]);
  });

  it('a meeting without citations', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.place.cites = []));
    expect(problems).toEqual([
      `${MEETING_FILE}: place.cites: is empty; expected at least one citation like "source-id#p3"`,
    ]);
  });

  it('a duplicate alias: reported on both files, since either may be the one just added', () => {
    const problems = problemsAfter((t) => entry(t, 'people', 'pulat-bobojonov').data.aliases.push('rakhimzoda'));
    expect(problems).toEqual([
      'content/people/pulat-bobojonov.md: aliases.2: "rakhimzoda" is also an alias of content/people/ramazon-rahimzoda.md; each URL must lead to one person',
      'content/people/ramazon-rahimzoda.md: aliases.1: "rakhimzoda" is also an alias of content/people/pulat-bobojonov.md; each URL must lead to one person',
    ]);
  });

  it('an alias that is another person’s id: reported on the file with the alias', () => {
    const problems = problemsAfter((t) => entry(t, 'people', 'pulat-bobojonov').data.aliases.push('xi-jinping'));
    expect(problems).toEqual([
      'content/people/pulat-bobojonov.md: aliases.2: "xi-jinping" is the id of content/people/xi-jinping.md; each URL must lead to one person',
    ]);
  });

  it('a spelling whose slug is another person’s id: reported at the spelling, which makes that URL', () => {
    const problems = problemsAfter((t) => {
      const pulat = entry(t, 'people', 'pulat-bobojonov').data;
      pulat.spellings.push({ ...pulat.spellings[0], text: 'Xi Jinping' });
    });
    expect(problems.filter((p) => p.includes('is the id of'))).toEqual([
      'content/people/pulat-bobojonov.md: spellings.2.text: "xi-jinping" is the id of content/people/xi-jinping.md; each URL must lead to one person',
    ]);
  });

  it('a former id that another meeting also had', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).data.formerIds = ['beijing-talks'];
      entry(t, 'meetings', '2024-04-01-tashkent-bobojonov-wang').data.formerIds = ['beijing-talks'];
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: formerIds.0: "beijing-talks" is also a former id of content/meetings/2024-04-01-tashkent-bobojonov-wang.md; each URL must lead to one meeting`,
      'content/meetings/2024-04-01-tashkent-bobojonov-wang.md: formerIds.0: "beijing-talks" is also a former id of content/meetings/2017-09-beijing-rahimzoda-guo.md; each URL must lead to one meeting',
    ]);
  });

  it('a former id that is the meeting’s own id, which would make its page a redirect to itself', () => {
    const tree = contentTree();
    // A file renamed, keeping its id by slug, and that id listed as a former one too.
    const meeting = entry(tree, 'meetings', MEETING);
    meeting.stem = `${MEETING}-talks`;
    meeting.file = `content/meetings/${MEETING}-talks.md`;
    meeting.data.slug = MEETING;
    meeting.data.formerIds = [MEETING];
    const { problems, entries } = validateTree(tree);
    expect(problems.map(formatProblem)).toEqual([
      `content/meetings/${MEETING}-talks.md: formerIds.0: "${MEETING}" is this meeting's own id; remove it`,
    ]);
    expect(
      redirectsOf({ meetings: entriesOf(entries, 'meetings'), people: [] }).filter((r) => r.from === r.to),
    ).toEqual([]);
  });

  it('a meeting id or former id that is a bare year, the address of that year’s page', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).data.slug = '2017';
      entry(t, 'meetings', '2019-08-09-almaty-interior-ministers-conference').data.formerIds = ['2019'];
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: slug: "2017" is a bare year, the address of the page of the meetings of 2017; a meeting id must say more, e.g. "2017-04-10-minsk-talks"`,
      'content/meetings/2019-08-09-almaty-interior-ministers-conference.md: formerIds.0: "2019" is a bare year, the address of the page of the meetings of 2019; a meeting id must say more, e.g. "2019-04-10-minsk-talks"',
    ]);
  });

  it('a source id that is a bare year', () => {
    const source = contentTree().entries.find((e) => e.collection === 'sources')!.stem;
    // Every citation of the source now names an unknown id too; the year is reported among them.
    const problems = problemsAfter((t) => (entry(t, 'sources', source).data.slug = '2024'));
    expect(problems).toContain(
      `content/sources/${source}.md: slug: "2024" is a bare year, the address of the page of the sources of 2024; a source id must say more, e.g. "tass-interview-2024"`,
    );
  });

  it('an agreement or event id that is a bare year', () => {
    const [agreement, event] = (['agreements', 'events'] as const).map(
      (c) => contentTree().entries.find((e) => e.collection === c)!.stem,
    );
    const problems = problemsAfter((t) => {
      entry(t, 'agreements', agreement!).data.slug = '2019';
      entry(t, 'events', event!).data.slug = '2004';
    });
    expect(problems).toContain(
      `content/agreements/${agreement}.md: slug: "2019" is a bare year, the address of the page of the agreements of 2019; an agreement id must say more, e.g. "almaty-protocol-2019"`,
    );
    expect(problems).toContain(
      `content/events/${event}.md: slug: "2004" is a bare year, the address of the page of the events of 2004; an event id must say more, e.g. "interpol-admission-2004"`,
    );
  });

  it('an excerpt paragraph that is not in the capture', () => {
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', 'kazinform-2019-almaty-conference');
      source.body = source.body.replace(
        'The conference ended with signing a protocol.',
        'The conference ended with signing two protocols.',
      );
    });
    expect(
      problems.some((p) =>
        p.startsWith(
          'content/sources/kazinform-2019-almaty-conference.md: (body): paragraph "The conference ended with signing two protocols.',
        ),
      ),
    ).toBe(true);
  });

  it('an excerpt that gives a capture line twice', () => {
    const id = 'kazinform-2019-almaty-conference';
    const tree = contentTree();
    const source = entry(tree, 'sources', id);
    const last = captureLines(tree.captures.get(source.data.capture.file)!).at(-1)!;
    source.body = `${source.body.trimEnd()}\n\n${last.text}\n`;
    expect(validateTree(tree).problems.map(formatProblem)).toEqual([
      `content/sources/${id}.md: (body): paragraph "${last.text.slice(0, 60)}…" is capture line ${last.n} again; the excerpt gives each line of the capture once`,
    ]);
  });

  it('a German paragraph without its translation', () => {
    const problems = problemsAfter(
      (t) => delete entry(t, 'sources', 'gazeta-uz-uzbekistan-china-security').data.translation['13'],
    );
    expect(problems).toEqual([
      "content/sources/gazeta-uz-uzbekistan-china-security.md: translation: a de source needs the site's English translation of every paragraph; missing: 13",
    ]);
  });

  it('an interviewer’s question that is not a paragraph of the excerpt', () => {
    const problems = problemsAfter((t) =>
      entry(t, 'sources', 'rakhimzoda-interview-2015').data.capture.questions.push(2),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/sources\/rakhimzoda-interview-2015\.md: capture\.questions\.3: the excerpt has no paragraph 2; its paragraphs are 3, 4, 5, 6, /,
    );
  });

  it('a country’s iso that another country has, that the atlas of the maps lacks, or that it gives another country', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'countries', 'belarus').data.iso = '156';
      entry(t, 'countries', 'russia').data.iso = '999';
      // Mongolia's, which no country of the record has.
      entry(t, 'countries', 'uzbekistan').data.iso = '496';
      // The atlas names it "United States of America": its name is not the atlas's, so its code is not checked by it.
      entry(t, 'countries', 'united-states').data.iso = '484';
    });
    expect(problems).toEqual([
      'content/countries/belarus.md: iso: "156" is also the iso of content/countries/china.md (China in the atlas); each country is shaded by its own code; the atlas gives Belarus "112"',
      'content/countries/china.md: iso: "156" is also the iso of content/countries/belarus.md (China in the atlas); each country is shaded by its own code',
      'content/countries/russia.md: iso: "999" is no country of the world atlas the maps are drawn from (world-atlas/countries-110m.json, which leaves out countries too small to draw at its scale), so no map would shade it; expected the ISO 3166-1 numeric code of a country it outlines; the atlas gives Russia "643"',
      'content/countries/uzbekistan.md: iso: "496" is Mongolia in the world atlas the maps are drawn from, so the maps would shade Mongolia for Uzbekistan; the atlas gives Uzbekistan "860"',
    ]);
  });

  it('a place name too long to label on the maps', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'places', 'beijing').data.name = 'Beijing, capital of the People’s Republic of China'),
    );
    expect(problems).toEqual([
      'content/places/beijing.md: name: "Beijing, capital of the People’s Republic of China" is too long to label a place on the maps; give the name readers know it by, of at most about 30 letters',
    ]);
  });

  it('a possible twin agreement that does not say so back', () => {
    const problems = problemsAfter(
      (t) =>
        (entry(
          t,
          'agreements',
          'tajikistan-afghanistan-interior-ministries-multilateral-cooperation-2014',
        ).data.maybeSameAs = []),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/agreements\/tajikistan-afghanistan-interior-ministries-cooperation-agreement\.md: maybeSameAs\.0\.agreement: .* add it to maybeSameAs in content\/agreements\/tajikistan-afghanistan-interior-ministries-multilateral-cooperation-2014\.md/,
    );
  });

  it('a text field left empty, or holding only spaces', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).data.title = '';
      entry(t, 'people', 'xi-jinping').data.name = '   ';
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: title: is empty; expected text`,
      'content/people/xi-jinping.md: name: is empty; expected text',
    ]);
  });

  it('a reference written as a name, not an id: the id it may mean', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.place.place = 'Beijing'));
    expect(problems).toEqual([
      `${MEETING_FILE}: place.place: found text "Beijing"; expected a lower-case id of letters, digits and hyphens, such as "beijing"`,
    ]);
  });

  it('a file name that is not a lower-case id, and one whose id another file has', () => {
    const problems = problemsAfter((t) => {
      const place = entry(t, 'places', 'beijing');
      Object.assign(place, { stem: 'Beijing City', file: 'content/places/Beijing City.md' });
      place.data.slug = 'beijing';
      // A second record of a meeting, named as a newcomer names a file: its id would be the first one's.
      const copy = entry(t, 'meetings', MEETING);
      t.entries.push({
        ...copy,
        stem: '2017-09 Beijing Rahimzoda-Guo',
        file: 'content/meetings/2017-09 Beijing Rahimzoda-Guo.md',
      });
    });
    expect(problems).toContain(
      'content/places/Beijing City.md: (file name): "Beijing City.md" is not a lower-case id; use letters, digits and hyphens, e.g. "beijing-city.md"',
    );
    expect(problems).toContain(
      `content/meetings/2017-09 Beijing Rahimzoda-Guo.md: (file name): "2017-09 Beijing Rahimzoda-Guo.md" is not a lower-case id; use letters, digits and hyphens; not "${MEETING}.md": that is the id of ${MEETING_FILE} (if both are one meeting, keep one)`,
    );
  });

  it('every problem in the tree, not just the first', () => {
    const problems = problemsAfter((t) => {
      delete entry(t, 'meetings', MEETING).data.title;
      entry(t, 'people', 'xi-jinping').data.country = 'chna';
      entry(t, 'places', 'minsk').data.longitude = 500;
    });
    expect(problems).toHaveLength(3);
    expect(problems).toContain(`${MEETING_FILE}: title: is missing; expected text`);
    expect(problems).toContain('content/places/minsk.md: longitude: found the number 500; expected at most 180');
    expect(problems.some((p) => p.startsWith('content/people/xi-jinping.md: country: unknown country "chna"'))).toBe(
      true,
    );
  });

  it('nothing in content saved as Windows editors save it, lines ending in CRLF and a byte-order mark first', () => {
    const dir = copyContent('unit-windows');
    const files = CONTENT_FOLDERS.flatMap((folder) =>
      readdirSync(join(dir, folder)).map((name) => join(dir, folder, name)),
    );
    for (const file of files) writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    const windows = validateTree(loadContentTree(dir));
    const original = validateTree(contentTree());
    expect(windows.problems.map(formatProblem)).toEqual([]);
    const read = ({ entries, paragraphs }: typeof original) => ({
      entries: entries.map(({ collection, id, data }) => ({ collection, id, data })),
      paragraphs,
    });
    expect(read(windows)).toEqual(read(original));
  });

  it('a record the site would not read: a folder or an ending it does not read, or a file at the root', () => {
    const dir = copyContent('unit-strays');
    mkdirSync(join(dir, 'meeting'));
    renameSync(join(dir, 'meetings', `${MEETING}.md`), join(dir, 'meeting', `${MEETING}.md`));
    renameSync(join(dir, 'people', 'xi-jinping.md'), join(dir, 'people', 'xi-jinping.markdown'));
    mkdirSync(join(dir, 'events', '2014'));
    writeFileSync(join(dir, 'guo-shengkun.md'), '');
    writeFileSync(join(dir, 'places', '.gitkeep'), '');
    const problems = validateTree(loadContentTree(dir)).problems.map(formatProblem);
    expect(problems.filter((p) => p.includes('is not read'))).toEqual([
      `${dir}/guo-shengkun.md: (file name): is not read: a record goes in the folder of its kind, sources, meetings, people, countries, organizations, places, agreements, events`,
      `${dir}/meeting: (folder): is not read: the folders of ${dir}/ are sources, meetings, people, countries, organizations, places, agreements, events, captures. Did you mean "meetings"?`,
      `${dir}/people/xi-jinping.markdown: (file name): is not read: only files ending in ".md" are; rename it "xi-jinping.md"`,
      `${dir}/events/2014: (folder): is not read: a record's file sits directly in ${dir}/events/`,
    ]);
  });

  it('a content root with no record in it, or none at all: CONTENT_DIR naming the wrong folder', () => {
    // Unreported, the build rendered a site of nothing and crashed on its first map with a stack trace.
    const empty = copyContent('unit-empty-root');
    for (const folder of CONTENT_FOLDERS) rmSync(join(empty, folder), { recursive: true, force: true });
    const missing = join(empty, 'nowhere');
    const expected = `expected a content folder whose folders ${COLLECTIONS.join(', ')} hold the records' ".md" files (it is content/ unless CONTENT_DIR names another)`;
    expect(validateTree(loadContentTree(empty)).problems.map(formatProblem)).toEqual([
      `${empty}: (folder): holds no record: ${expected}`,
    ]);
    expect(validateTree(loadContentTree(missing)).problems.map(formatProblem)).toEqual([
      `${missing}: (folder): does not exist: ${expected}`,
    ]);
  });

  it('frontmatter that is not YAML: the line of the file, and the mending of the commonest slips', () => {
    const dir = copyContent('unit-yaml');
    const broken = (id: string, change: (text: string) => string) => {
      const path = join(dir, 'meetings', `${id}.md`);
      const before = readFileSync(path, 'utf8');
      writeFileSync(path, change(before));
      expect(readFileSync(path, 'utf8')).not.toBe(before);
      return before;
    };
    // A title holding ": " unquoted; a field one space short; a tab where spaces go; a list item indented too far.
    const colon = broken(MEETING, (text) => text.replace(/^title: "([^"]*)"$/m, 'title: Talks: $1'));
    const titleLine = colon.split('\n').findIndex((line) => line.startsWith('title: ')) + 1;
    const title = entry(contentTree(), 'meetings', MEETING).data.title;
    const short = broken(MINSK, (text) => text.replace(/^place:\n {2}place: /m, 'place:\n place: '));
    // The parser stops at the line after the short one, where the object's next field is where it should be.
    const citesLine = short.split('\n').findIndex((_, i, all) => all[i - 1]?.startsWith('  place: ')) + 1;
    broken('2019-08-09-almaty-interior-ministers-conference', (text) =>
      text.replace(/^place:\n {2}place: /m, 'place:\n\tplace: '),
    );
    const tabLine = readFileSync(join(dir, 'meetings', '2019-08-09-almaty-interior-ministers-conference.md'), 'utf8')
      .split('\n')
      .findIndex((line) => line.startsWith('\tplace: '));
    const problems = validateTree(loadContentTree(dir)).problems.map(formatProblem);
    const shown = `title: Talks: ${title}`.slice(0, 60);
    expect(problems).toEqual([
      `${dir}/meetings/2017-04-10-minsk-lukashenko-guo-cao.md: (frontmatter): is not valid YAML: line ${citesLine} (“${short.split('\n')[citesLine - 1]!.trim()}”): bad indentation of a mapping entry; a field lines up with the other fields of its object (see this line and the one before it), further in than the field that holds them`,
      `${dir}/meetings/${MEETING}.md: (frontmatter): is not valid YAML: line ${titleLine} (“${shown}…”): bad indentation of a mapping entry; YAML reads the second ": " on the line as the start of a field: put the whole value in double quotes`,
      `${dir}/meetings/2019-08-09-almaty-interior-ministers-conference.md: (frontmatter): is not valid YAML: line ${tabLine + 1} (“place: almaty”): tab characters must not be used in indentation; indent with spaces`,
    ]);
  });

  it('a source with no closing --- line and a line of hyphens in its excerpt: the missing line, not a long fence', () => {
    const dir = copyContent('unit-unclosed-rule');
    const path = join(dir, 'sources', 'kazinform-2019-almaty-conference.md');
    const text = readFileSync(path, 'utf8');
    const [, , excerpt] = text.split(/^---\n/m);
    // The rule after the excerpt's first paragraph, as an article may have one.
    const ruled = excerpt!.replace(/(\S)\n\n/, '$1\n\n----\n\n');
    expect(ruled).not.toBe(excerpt);
    writeFileSync(path, text.replace(/\n---\n/, '\n').replace(excerpt!, ruled));
    expect(validateTree(loadContentTree(dir)).problems.map(formatProblem)).toEqual([
      `${dir}/sources/kazinform-2019-almaty-conference.md: (frontmatter): has no closing --- line; expected a line "---" after its last field, before the excerpt`,
    ]);
  });

  it('a quote mark in a quoted value, which ends it early, and a value in quotes never closed: the line it opens', () => {
    const dir = copyContent('unit-yaml-quotes');
    const ALMATY = '2019-08-09-almaty-interior-ministers-conference';
    const lines: Record<string, string[]> = {};
    for (const [id, change] of [
      [
        MEETING,
        (text: string) =>
          text.replace(/^title: "Ramazon Rahimzoda meets/m, 'title: "Ramazon "the minister" Rahimzoda meets'),
      ],
      [MINSK, (text: string) => text.replace(/^title: "([^"]*)"$/m, "title: 'Lukashenko's talks: $1'")],
      [ALMATY, (text: string) => text.replace(/^title: "([^"]*)"$/m, 'title: "$1')],
    ] as const) {
      const path = join(dir, 'meetings', `${id}.md`);
      const changed = change(readFileSync(path, 'utf8'));
      writeFileSync(path, changed);
      lines[id] = changed.split('\n');
    }
    const at = (id: string) => {
      const n = lines[id]!.findIndex((line) => line.startsWith('title: ')) + 1;
      const text = lines[id]![n - 1]!;
      return `line ${n} (“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”)`;
    };
    const early =
      'a value in quotes ends at its next quote mark, so the text after it is read as YAML: inside the text use “ ” and ’, or write \\" for a straight quote mark';
    // The last field's quote left open: the parser stops at the closing --- line, with another reason.
    const EVENT = join(dir, 'events', '1983-ministry-of-state-security-created.md');
    const event = readFileSync(EVENT, 'utf8').replace(/"\n---\n/, '\n---\n');
    writeFileSync(EVENT, event);
    const last = event.split('\n').indexOf('---', 1);
    const problems = validateTree(loadContentTree(dir)).problems.map(formatProblem);
    expect(problems).toContain(
      `${dir}/events/1983-ministry-of-state-security-created.md: (frontmatter): is not valid YAML: line ${last} (“${event.split('\n')[last - 1]!.trim().slice(0, 60)}…”): unexpected end of the stream within a double quoted scalar; the value in quotes this line opens has no closing quote mark on it`,
    );
    expect(problems.filter((p) => !p.includes('/events/'))).toEqual([
      `${dir}/meetings/${MINSK}.md: (frontmatter): is not valid YAML: ${at(MINSK)}: bad indentation of a mapping entry; ${early}`,
      `${dir}/meetings/${MEETING}.md: (frontmatter): is not valid YAML: ${at(MEETING)}: bad indentation of a mapping entry; ${early}`,
      `${dir}/meetings/${ALMATY}.md: (frontmatter): is not valid YAML: ${at(ALMATY)}: bad indentation of a mapping entry; the value in quotes this line opens has no closing quote mark on it`,
    ]);
  });

  it('a frontmatter opened or closed by a line of four hyphens, which the parser reads as three and a hyphen', () => {
    const { dir, problems } = withFenceEdited('unit-long-fence', (text) =>
      text.startsWith('---\ntitle: "Ramazon') ? text.replace(/^---\n/, '----\n') : text.replace(/\n---\n/, '\n-----\n'),
    );
    const closing = readFileSync(join(dir, 'sources', 'kazinform-2019-almaty-conference.md'), 'utf8')
      .split('\n')
      .indexOf('-----');
    expect(closing).toBeGreaterThan(0);
    expect(problems).toEqual([
      `${dir}/sources/kazinform-2019-almaty-conference.md: (frontmatter): line ${closing + 1} is “-----”; a frontmatter opens and closes with a line of exactly three hyphens, "---"`,
      `${dir}/meetings/${MEETING}.md: (frontmatter): line 1 is “----”; a frontmatter opens and closes with a line of exactly three hyphens, "---"`,
    ]);
  });

  it('text below the frontmatter of a record that is not a source, which the site would drop', () => {
    const problems = problemsAfter((t) => {
      entry(t, 'meetings', MEETING).body = '\nThe ministers also discussed drug trafficking.\n';
      entry(t, 'people', 'xi-jinping').body = 'President of China.';
      entry(t, 'places', 'beijing').body = '   \n\n';
    });
    expect(problems).toEqual([
      `${MEETING_FILE}: (body): holds text, which the site does not show: a meeting's file has no body; put the text in notes (or topics, outcomes) as { text, cites }`,
      `content/people/xi-jinping.md: (body): holds text, which the site does not show: a person's file has no body; give their offices in roles as { title, cites }, and what they did in the statements of a meeting or an event`,
    ]);
  });

  /** A copy of the content whose meeting and Kazinform source have their text edited, and the problems it has. */
  const withFenceEdited = (name: string, edit: (text: string) => string) => {
    const dir = copyContent(name);
    for (const [folder, id] of [
      ['meetings', MEETING],
      ['sources', 'kazinform-2019-almaty-conference'],
    ]) {
      const path = join(dir, folder!, `${id}.md`);
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
    }
    return { dir, problems: validateTree(loadContentTree(dir)).problems.map(formatProblem) };
  };

  it('a frontmatter with no closing --- line: that, not every field as missing', () => {
    // The closing line goes: a source's excerpt then follows its last field.
    const { dir, problems } = withFenceEdited('unit-unclosed', (text) => text.replace(/\n---[ \t]*\n/, '\n'));
    expect(problems).toEqual([
      `${dir}/sources/kazinform-2019-almaty-conference.md: (frontmatter): has no closing --- line; expected a line "---" after its last field, before the excerpt`,
      `${dir}/meetings/${MEETING}.md: (frontmatter): has no closing --- line; expected a line "---" after its last field`,
    ]);
  });

  it('an id of another kind of record: which kind it is, not the nearest id of the right kind', () => {
    const problems = problemsAfter((t) => {
      const event = entry(t, 'events', '1983-ministry-of-state-security-created').data;
      // The message names this organization's file: entry() throws if the real record no longer has it.
      entry(t, 'organizations', 'mps-china');
      event.people = ['mps-china'];
    });
    expect(problems).toEqual([
      `content/events/1983-ministry-of-state-security-created.md: people.0: unknown person "mps-china". It is an organization's (content/organizations/mps-china.md), not a person's. Valid: an id of a file in content/people/.`,
    ]);
  });

  it('a file with no opening --- line: that, not every field as missing', () => {
    const { dir, problems } = withFenceEdited('unit-unopened', (text) => text.replace(/^---\n/, ''));
    const first = (folder: string, id: string) =>
      readFileSync(join(dir, folder, `${id}.md`), 'utf8')
        .split('\n')[0]!
        .slice(0, 60);
    expect(first('meetings', MEETING)).toMatch(/^title: /);
    expect(problems).toEqual([
      `${dir}/sources/kazinform-2019-almaty-conference.md: (frontmatter): has no opening --- line, so its fields were read as text: its first line is “${first('sources', 'kazinform-2019-almaty-conference')}”; expected a line "---" before its first field, as after its last`,
      `${dir}/meetings/${MEETING}.md: (frontmatter): has no opening --- line, so its fields were read as text: its first line is “${first('meetings', MEETING)}”; expected a line "---" before its first field, as after its last`,
    ]);
  });
});

describe('mistakes that would build a wrong page are refused', () => {
  const PROTOCOL = 'almaty-2019-interior-ministers-protocol';
  const SAME = 'tajikistan-afghanistan-interior-ministries-cooperation-agreement';

  it('a date after the day of the build: a mistyped year', () => {
    const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.date.value = '2071-09'));
    expect(problems).toContain(
      `${MEETING_FILE}: date.value: "2071-09" is after the day of this build, ${BUILT} (UTC); the record holds what has happened: check its year`,
    );
  });

  it('a note on why an agreement has no parties, beside its parties', () => {
    const problems = problemsAfter(
      (t) => (entry(t, 'agreements', PROGRAMME).data.partiesNote = 'The source does not say who signed.'),
    );
    const parties = entry(contentTree(), 'agreements', PROGRAMME).data.parties.length;
    expect(parties).toBeGreaterThan(0);
    expect(problems).toEqual([
      `content/agreements/${PROGRAMME}.md: partiesNote: is given, but parties lists ${parties}; it says why parties is empty: remove it, or put its text in notes`,
    ]);
    expect(entry(contentTree(), 'agreements', PROTOCOL).data.parties).toEqual([]);
  });

  it('an agreement that may be the same as itself', () => {
    const problems = problemsAfter((t) => (entry(t, 'agreements', SAME).data.maybeSameAs[0].agreement = SAME));
    // (The other record, which still names this one, is now told that this one does not name it back.)
    expect(problems).toContain(
      `content/agreements/${SAME}.md: maybeSameAs.0.agreement: is this agreement's own id; name the other agreement`,
    );
  });

  it('Markdown or HTML in a text, which the page would show as typed', () => {
    for (const [typed, found] of [
      ['Expanding **cooperation** between the two ministries.', '**'],
      ['Expanding cooperation between the <em>two</em> ministries.', '<em>'],
      ['Expanding [cooperation](https://example.org) between them.', ']('],
    ]) {
      const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.topics[0].text = typed));
      expect(problems).toEqual([
        `${MEETING_FILE}: topics.0.text: holds Markdown or HTML ("${found}"), which every page and data file shows as typed; the record's texts are plain: remove it`,
      ]);
    }
  });

  it('a quotation in marks the build cannot check („…“, «…», "…"), which would publish words no source has', () => {
    for (const [typed, mark] of [
      ['Cooperation against „invented words“ (¶2).', '„'],
      ['Cooperation against «invented words» (¶2).', '«'],
      ['Cooperation against "invented words" (¶2).', '"'],
    ]) {
      const problems = problemsAfter((t) => (entry(t, 'meetings', MEETING).data.topics[0].text = typed));
      expect(problems).toEqual([
        `${MEETING_FILE}: topics.0.text: holds ${mark}, a quotation mark the build cannot check; the site quotes a source only in “…”, which it checks word for word against the paragraph cited: write “…”`,
      ]);
    }
  });

  it('a file that is not UTF-8, and an unquoted text that YAML cuts at " #"', () => {
    const dir = copyContent('unit-encoding');
    const meeting = join(dir, 'meetings', `${MEETING}.md`);
    const text = readFileSync(meeting, 'utf8');
    // The second topic, unquoted, with a " #" in it: YAML keeps "The political … situation in Afghanistan" alone.
    const cut = text.replace(
      /"The political and criminogenic situation in Afghanistan, ([^"]+)"/,
      'The political and criminogenic situation in Afghanistan #2, $1',
    );
    expect(cut).not.toBe(text);
    writeFileSync(meeting, cut);
    const line = cut.split('\n').findIndex((l) => l.includes('Afghanistan #2')) + 1;
    // A person's file saved as Windows-1252: its ’ is the byte 0x92.
    const person = join(dir, 'people', 'guo-shengkun.md');
    const bytes = readFileSync(person);
    const at = bytes.indexOf(Buffer.from('’'));
    expect(at).toBeGreaterThan(0);
    writeFileSync(person, Buffer.concat([bytes.subarray(0, at), Buffer.from([0x92]), bytes.subarray(at + 3)]));
    const badLine = bytes.subarray(0, at).toString('utf8').split('\n').length;
    const problems = validateTree(loadContentTree(dir)).problems.map(formatProblem);
    expect(problems).toContain(
      `${dir}/meetings/${MEETING}.md: (frontmatter): line ${line}: YAML reads what follows " #" as a comment, so the text ends “The political and criminogenic situation in Afghanistan”; put the whole value in double quotes`,
    );
    expect(problems).toContain(
      `${dir}/people/guo-shengkun.md: (file): is not UTF-8 text: line ${badLine} holds a byte UTF-8 does not allow, as a file saved as Windows-1252 or Latin-1 does; save it as UTF-8`,
    );
  });

  it('a comment after a single word, as the README’s example writes, is no cut text', () => {
    const dir = copyContent('unit-comments');
    const meeting = join(dir, 'meetings', `${MEETING}.md`);
    const text = readFileSync(meeting, 'utf8');
    writeFileSync(meeting, text.replace(/^(\s+place: \S+)$/m, '$1   # an id from content/places/'));
    expect(readFileSync(meeting, 'utf8')).toContain('# an id from content/places/');
    expect(validateTree(loadContentTree(dir)).problems).toEqual([]);
  });
});

describe('the same thing filed twice, under a second id, is refused', () => {
  /** The tree with a copy of one record filed under another id, as a second file. */
  const fileTwice = (t: ReturnType<typeof contentTree>, collection: CollectionName, stem: string, copy: string) => {
    const original = entry(t, collection, stem);
    const twin = {
      ...structuredClone(original),
      stem: copy,
      file: original.file.replace(`/${stem}.md`, `/${copy}.md`),
    };
    t.entries.push(twin);
    return twin;
  };
  const KEEP_ONE = 'keep one record and point every reference at its id';
  const SOURCE = 'belarus-china-law-enforcement-cooperation';
  const SOURCE_FILE = `content/sources/${SOURCE}.md`;
  const CAPTURE = entry(contentTree(), 'sources', SOURCE).data.capture.file;

  it('a source whose capture is another source’s: each names the other', () => {
    const problems = problemsAfter((t) => fileTwice(t, 'sources', SOURCE, 'minsk-report'));
    const advice = 'one article is one source: keep one record and cite its paragraphs';
    expect(problems).toEqual([
      `${SOURCE_FILE}: capture.file: "${CAPTURE}" is also the capture of content/sources/minsk-report.md; ${advice}`,
      `content/sources/minsk-report.md: capture.file: "${CAPTURE}" is also the capture of ${SOURCE_FILE}; ${advice}`,
    ]);
  });

  it('a source whose capture holds another’s text under another file name: the same article captured twice', () => {
    const problems = problemsAfter((t) => {
      t.captures.set('005_copy.txt', `${t.captures.get(CAPTURE)!}\n\n`);
      fileTwice(t, 'sources', SOURCE, 'minsk-report').data.capture.file = '005_copy.txt';
    });
    expect(problems).toContain(
      `content/sources/minsk-report.md: capture.file: "005_copy.txt" holds the same text as "${CAPTURE}", the capture of ${SOURCE_FILE}; one article is one source: keep one record and cite its paragraphs`,
    );
    expect(problems).toHaveLength(2);
  });

  it('a city, a body, a document and an event filed twice', () => {
    const problems = problemsAfter((t) => {
      fileTwice(t, 'places', 'beijing', 'peking');
      fileTwice(t, 'organizations', 'interpol', 'icpo');
      fileTwice(t, 'organizations', 'mps-china', 'mps');
      fileTwice(t, 'agreements', PROGRAMME, 'tashkent-programme');
      fileTwice(t, 'events', '1983-ministry-of-state-security-created', '1983-mss-founded');
    });
    const { name: interpol } = entry(contentTree(), 'organizations', 'interpol').data;
    const { name: mps } = entry(contentTree(), 'organizations', 'mps-china').data;
    const { title: programme } = entry(contentTree(), 'agreements', PROGRAMME).data;
    const { title: mss, date } = entry(contentTree(), 'events', '1983-ministry-of-state-security-created').data;
    expect(problems).toContain(
      `content/places/peking.md: name: "Beijing" in "china" is also the place of content/places/beijing.md; ${KEEP_ONE}; if they are two cities, name each so a reader can tell them apart on the maps (e.g. "Springfield, Illinois")`,
    );
    expect(problems).toContain(
      `content/organizations/icpo.md: name: "${interpol}" is also the name of content/organizations/interpol.md, under no country either; ${KEEP_ONE}; if they are two bodies, name each so a reader can tell them apart`,
    );
    expect(problems).toContain(
      `content/organizations/mps.md: name: "${mps}" is also the name of content/organizations/mps-china.md, filed under "china" too; ${KEEP_ONE}; if they are two bodies, name each so a reader can tell them apart`,
    );
    expect(problems).toContain(
      `content/agreements/tashkent-programme.md: title: "${programme}" is also the title of content/agreements/${PROGRAMME}.md; ${KEEP_ONE}; if they are two documents, name each so a reader can tell them apart`,
    );
    expect(problems).toContain(
      `content/events/1983-mss-founded.md: title: "${mss}" (${date.value}) is also the event of content/events/1983-ministry-of-state-security-created.md; ${KEEP_ONE}; if they are two events, name each so a reader can tell them apart`,
    );
    // Each pair is reported on both files, and nothing else is.
    expect(problems).toHaveLength(10);
  });

  it('a meeting with the day, place and people of another, in any order: to keep one and redirect the other', () => {
    const problems = problemsAfter((t) => fileTwice(t, 'meetings', MINSK, 'minsk-talks').data.participants.reverse());
    const people = (order: string[]) => order.map((p) => `"${p}"`).join(', ');
    const { participants, date, place } = entry(contentTree(), 'meetings', MINSK).data;
    const ids: string[] = participants.map((p: { person: string }) => p.person);
    const advice = `one meeting recorded twice? Keep one record (two sessions of a day with the same people are one meeting, whose topics and outcomes hold both), and list the other's id in its formerIds, so that any published address of the other leads to it`;
    const same = (order: string[]) =>
      `the same day (${date.value}), place ("${place.place}") and participants (${people(order)})`;
    expect(problems).toEqual([
      `${MINSK_FILE}: participants: ${same(ids)} as content/meetings/minsk-talks.md: ${advice}`,
      `content/meetings/minsk-talks.md: participants: ${same([...ids].reverse())} as ${MINSK_FILE}: ${advice}`,
    ]);
  });

  it('another meeting: one person more, or a date of a month or only the latest it can be, which may be another day', () => {
    const twice = (stem: string, change: (meeting: any) => void = () => {}) =>
      problemsAfter((t) => change(fileTwice(t, 'meetings', stem, 'talks-again').data)).filter((p) =>
        p.includes('one meeting recorded twice'),
      );
    expect(twice(MINSK)).toHaveLength(2);
    expect(twice(MINSK, (m) => m.participants.push({ ...m.participants[0], person: 'emomali-rahmon' }))).toEqual([]);
    // The same two ministers in Beijing in September 2017, on a day the sources do not give: maybe twice.
    expect(entry(contentTree(), 'meetings', MEETING).data.date.value).toBe('2017-09');
    expect(twice(MEETING)).toEqual([]);
    const ALMATY = '2019-08-09-almaty-interior-ministers-conference';
    expect(entry(contentTree(), 'meetings', ALMATY).data.date.onOrBefore).toBe(true);
    expect(twice(ALMATY)).toEqual([]);
  });

  it('names are compared with their apostrophes and dashes in any form, and their case', () => {
    const problems = problemsAfter((t) => {
      const twin = fileTwice(t, 'organizations', 'mps-china', 'mps').data;
      expect(twin.name).toContain('’');
      twin.name = twin.name.toUpperCase().replace(/’/g, "'");
    });
    expect(problems).toHaveLength(2);
  });
});

describe('a place that lies outside its country is refused', () => {
  const OUTSIDE = 'allowed for its simplified borders and coasts';
  const CHECK =
    "check that latitude and longitude are not swapped or of the wrong sign, and that the place's country is right";
  const place = (t: ReturnType<typeof contentTree>, stem: string) => entry(t, 'places', stem).data;

  it('latitude and longitude swapped, both still in range', () => {
    const problems = problemsAfter((t) => {
      const almaty = place(t, 'almaty');
      [almaty.latitude, almaty.longitude] = [almaty.longitude, almaty.latitude];
    });
    expect(problems).toEqual([
      `content/places/almaty.md: latitude/longitude: (76.8512, 43.222) lie outside Kazakhstan's outline in the world atlas the maps are drawn from (world-atlas/countries-110m.json) by 2,603 km, more than the 25 km ${OUTSIDE}; they would lie inside if swapped; ${CHECK}`,
    ]);
  });

  it('a slip of sign in the longitude or the latitude', () => {
    const problems = problemsAfter((t) => {
      place(t, 'minsk').longitude = -27.559;
      place(t, 'tashkent').latitude = -41.2995;
    });
    expect(problems).toEqual([
      `content/places/minsk.md: latitude/longitude: (53.9006, -27.559) lie outside Belarus' outline in the world atlas the maps are drawn from (world-atlas/countries-110m.json) by 3,270 km, more than the 25 km ${OUTSIDE}; they would lie inside with the sign of longitude changed; ${CHECK}`,
      `content/places/tashkent.md: latitude/longitude: (-41.2995, 69.2401) lie outside Uzbekistan's outline in the world atlas the maps are drawn from (world-atlas/countries-110m.json) by 8,724 km, more than the 25 km ${OUTSIDE}; they would lie inside with the sign of latitude changed; ${CHECK}`,
    ]);
  });

  it('a city filed under the wrong country, in a new place file', () => {
    const dir = copyContent('unit-place-country');
    writeFileSync(
      join(dir, 'places', 'urumqi.md'),
      '---\nname: "Urumqi"\ncountry: kazakhstan\nlatitude: 43.8256\nlongitude: 87.6168\n---\n',
    );
    expect(validateTree(loadContentTree(dir)).problems.map(formatProblem)).toEqual([
      `${dir}/places/urumqi.md: latitude/longitude: (43.8256, 87.6168) lie outside Kazakhstan's outline in the world atlas the maps are drawn from (world-atlas/countries-110m.json) by 402 km, more than the 25 km ${OUTSIDE}; they lie in China; ${CHECK}`,
    ]);
  });

  it('a city on a border the atlas simplifies passes within 25 km; under the neighbour beyond it, it does not', () => {
    // Termez, on the Amu Darya: the atlas's border puts it in Afghanistan, 8 km outside Uzbekistan, 50 km from Tajikistan.
    const termez = (country: string) => (t: ReturnType<typeof contentTree>) =>
      Object.assign(place(t, 'tashkent'), { name: 'Termez', country, latitude: 37.2242, longitude: 67.2783 });
    expect(problemsAfter(termez('uzbekistan'))).toEqual([]);
    expect(problemsAfter(termez('tajikistan'))).toEqual([
      `content/places/tashkent.md: latitude/longitude: (37.2242, 67.2783) lie outside Tajikistan's outline in the world atlas the maps are drawn from (world-atlas/countries-110m.json) by 50 km, more than the 25 km ${OUTSIDE}; they lie in Afghanistan; ${CHECK}`,
    ]);
  });

  it('is not checked against a country that is unknown or whose iso is reported, only against a right one', () => {
    // Belarus given China's code: Minsk, right for Belarus, is not also reported as outside China.
    expect(problemsAfter((t) => (entry(t, 'countries', 'belarus').data.iso = '156'))).toEqual([
      'content/countries/belarus.md: iso: "156" is also the iso of content/countries/china.md (China in the atlas); each country is shaded by its own code; the atlas gives Belarus "112"',
      'content/countries/china.md: iso: "156" is also the iso of content/countries/belarus.md (China in the atlas); each country is shaded by its own code',
    ]);
    const slip = (t: ReturnType<typeof contentTree>) => (place(t, 'minsk').longitude = -27.559);
    expect(
      problemsAfter((t) => {
        slip(t);
        place(t, 'minsk').country = 'belarussia';
      }),
    ).toEqual([
      'content/places/minsk.md: country: unknown country "belarussia". Did you mean "belarus"? Valid: an id of a file in content/countries/.',
    ]);
    expect(problemsAfter(slip)).toEqual([expect.stringMatching(/^content\/places\/minsk\.md: latitude\/longitude: /)]);
  });
});

describe('a source’s excerpt and what its frontmatter says of the capture', () => {
  const INTERVIEW = 'rakhimzoda-interview-2015';
  const GERMAN = 'gazeta-uz-uzbekistan-china-security';
  const KAZINFORM = 'kazinform-2019-almaty-conference';
  const fileOf = (id: string) => `content/sources/${id}.md`;
  const lineOf = (id: string, n: number) => {
    const source = entry(contentTree(), 'sources', id);
    return captureLines(contentTree().captures.get(source.data.capture.file)!).find((l) => l.n === n)!;
  };
  const swap = (body: string, a: string, b: string) => body.replace(a, '\u0000').replace(b, a).replace('\u0000', b);

  it('a line of the capture that is neither in the excerpt nor left out', () => {
    // Paragraph 7 of the interview, which no record cites.
    const line = lineOf(INTERVIEW, 7);
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', INTERVIEW);
      expect(source.body).toContain(line.text);
      source.body = source.body.replace(`${line.text}\n`, '');
    });
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: (body): capture line 7, "${line.text.slice(0, 60)}…", is not in the excerpt; add it as a paragraph in its place, or, if it is not article text, list it in capture.leftOut with its kind (furniture, caption, credit)`,
    ]);
  });

  it('a headline dropped from the excerpt: that line alone, not also the headline at the next paragraph', () => {
    const { headline } = entry(contentTree(), 'sources', INTERVIEW).data.capture;
    const line = lineOf(INTERVIEW, headline!);
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', INTERVIEW);
      expect(source.body).toContain(line.text);
      source.body = source.body.replace(`${line.text}\n`, '');
    });
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: (body): capture line ${headline}, "${line.text.slice(0, 60)}…", is not in the excerpt; add it as a paragraph in its place, or, if it is not article text, list it in capture.leftOut with its kind (furniture, caption, credit)`,
    ]);
  });

  it('an excerpt paragraph that is a line the frontmatter leaves out', () => {
    const credit = entry(contentTree(), 'sources', GERMAN).data.capture.leftOut.findIndex(
      (l: { kind: string }) => l.kind === 'credit',
    );
    const n = entry(contentTree(), 'sources', GERMAN).data.capture.leftOut[credit].lines[0];
    const line = lineOf(GERMAN, n);
    const problems = problemsAfter((t) => (entry(t, 'sources', GERMAN).body += `\n${line.text}\n`));
    expect(problems).toEqual([
      `${fileOf(GERMAN)}: (body): paragraph "${line.text}…" is capture line ${n}, which capture.leftOut.${credit}.lines.0 leaves out; take it out of the excerpt, or out of capture.leftOut`,
    ]);
  });

  it('two capture lines run together in one paragraph', () => {
    // Paragraphs 25 and 26 of the interview, which no record cites, with no blank line between them.
    const [first, second] = [lineOf(INTERVIEW, 25), lineOf(INTERVIEW, 26)];
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', INTERVIEW);
      expect(source.body).toContain(`${first.text}\n\n${second.text}`);
      source.body = source.body.replace(`${first.text}\n\n${second.text}`, `${first.text}\n${second.text}`);
    });
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: (body): paragraph "${`${first.text} ${second.text}`.slice(0, 60)}…" holds capture lines 25 to 26 in one paragraph; put a blank line after each line`,
    ]);
  });

  it('a citation of a line the excerpt leaves out', () => {
    const meeting = '2017-04-10-minsk-lukashenko-guo-cao';
    const source = 'belarus-china-law-enforcement-cooperation';
    const { leftOut } = entry(contentTree(), 'sources', source).data.capture;
    const [n] = leftOut[0].lines;
    const { place } = entry(contentTree(), 'meetings', meeting).data;
    const problems = problemsAfter((t) => entry(t, 'meetings', meeting).data.place.cites.push(`${source}#p${n}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^content/meetings/${meeting}\\.md: place\\.cites\\.${place.cites.length}: source "${source}" has no paragraph ${n} \\(capture line ${n} is left out of its excerpt: ${leftOut[0].kind}\\); its paragraphs are \\d`,
      ),
    );
  });

  it('paragraphs out of the capture’s order', () => {
    const [seven, eight] = [lineOf(INTERVIEW, 7), lineOf(INTERVIEW, 8)];
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', INTERVIEW);
      source.body = swap(source.body, seven.text, eight.text);
    });
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: (body): paragraph "${seven.text.slice(0, 60)}…" is capture line 7 and comes after line 8; give the paragraphs in the capture's order`,
    ]);
  });

  it('a capture line left out twice, or one the capture does not have', () => {
    const count = captureLines(
      contentTree().captures.get(entry(contentTree(), 'sources', GERMAN).data.capture.file)!,
    ).length;
    const problems = problemsAfter((t) => {
      const { capture } = entry(t, 'sources', GERMAN).data;
      capture.leftOut[0].lines.push(capture.leftOut[1].lines[0], count + 1);
    });
    const { leftOut, file } = entry(contentTree(), 'sources', GERMAN).data.capture;
    const [i, j] = [leftOut[0].lines.length, leftOut[0].lines.length + 1];
    expect(problems).toEqual([
      `${fileOf(GERMAN)}: capture.leftOut.0.lines.${j}: the capture ${file} has no line ${count + 1}; its lines are 1 to ${count}, blank lines not counted`,
      `${fileOf(GERMAN)}: capture.leftOut.1.lines.0: line ${leftOut[1].lines[0]} is already capture.leftOut.0.lines.${i}; list each line once`,
    ]);
  });

  it('a capture line numbered 0: more than 0 is valid, not "at least 0"', () => {
    const problems = problemsAfter((t) => {
      const { capture } = entry(t, 'sources', INTERVIEW).data;
      capture.leftOut[0].lines = [0];
      capture.questions = [...capture.questions, 0];
    });
    const { questions } = entry(contentTree(), 'sources', INTERVIEW).data.capture;
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: capture.questions.${questions.length}: found the number 0; expected more than 0`,
      `${fileOf(INTERVIEW)}: capture.leftOut.0.lines.0: found the number 0; expected more than 0`,
    ]);
  });

  it('an interviewer’s question listed twice', () => {
    const { questions } = entry(contentTree(), 'sources', INTERVIEW).data.capture;
    const problems = problemsAfter((t) => entry(t, 'sources', INTERVIEW).data.capture.questions.push(questions[0]));
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: capture.questions.${questions.length}: line ${questions[0]} is already capture.questions.0; list each line once`,
    ]);
  });

  it('a headline that is not the excerpt’s first paragraph', () => {
    const { headline } = entry(contentTree(), 'sources', INTERVIEW).data.capture;
    const first = lineOf(INTERVIEW, headline);
    const problems = problemsAfter((t) => (entry(t, 'sources', INTERVIEW).data.capture.headline = headline + 1));
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: capture.headline: found ${headline + 1}; the headline is the excerpt's first paragraph, capture line ${headline} ("${first.text.slice(0, 60)}…"), or, if the capture has none, leave capture.headline out`,
    ]);
  });

  it('a title said to be the headline that is not, or the site’s own beside a headline', () => {
    const { headline } = entry(contentTree(), 'sources', INTERVIEW).data.capture;
    const line = lineOf(INTERVIEW, headline);
    // The headline is quoted whole, for the title to be copied from: cut at 80 characters, it lost "trade".
    expect(line.text.length).toBeGreaterThan(80);
    const retitled = problemsAfter((t) => (entry(t, 'sources', INTERVIEW).data.title = 'An interview'));
    expect(retitled).toEqual([
      `${fileOf(INTERVIEW)}: title: "An interview" is not the headline, capture line ${headline} ("${line.text}"); give the headline's words as published, whole: only a date that opens the line ("date 2019-08-09 …") may be left out`,
    ]);
    const editorial = problemsAfter((t) => (entry(t, 'sources', INTERVIEW).data.titleIsEditorial = true));
    expect(editorial).toEqual([
      `${fileOf(INTERVIEW)}: titleIsEditorial: is true, which says the capture has no headline, but capture.headline gives line ${headline}; set it to false and give the headline as title, or leave capture.headline out`,
    ]);
    const none = problemsAfter((t) => delete entry(t, 'sources', INTERVIEW).data.capture.headline);
    expect(none).toEqual([
      `${fileOf(INTERVIEW)}: capture.headline: is missing, and titleIsEditorial is false: give the capture line of the headline the title is from (the excerpt's first paragraph is line ${headline}), or set titleIsEditorial: true if the capture has no headline and the title is the site's description`,
    ]);
  });

  it('a title that is only part of its headline: cut at its end, or at its start', () => {
    const { headline } = entry(contentTree(), 'sources', INTERVIEW).data.capture;
    const words = lineOf(INTERVIEW, headline).text.split(' ');
    expect(words.length).toBeGreaterThan(4);
    for (const title of [words.slice(0, 2).join(' '), words.slice(2).join(' ')]) {
      const problems = problemsAfter((t) => (entry(t, 'sources', INTERVIEW).data.title = title));
      expect(problems, title).toHaveLength(1);
      expect(problems[0]).toContain(
        `${fileOf(INTERVIEW)}: title: "${title}" is not the headline, capture line ${headline}`,
      );
    }
  });

  it('a headline line that opens with its date: the title is the words after it', () => {
    // Kazinform prints the day before its headline on the same line.
    const source = entry(contentTree(), 'sources', KAZINFORM);
    const line = lineOf(KAZINFORM, source.data.capture.headline!);
    expect(line.text).toMatch(/^date \d{4}-\d{2}-\d{2} /);
    expect(line.text.endsWith(source.data.title)).toBe(true);
    // The whole line, date and all, is its words too; a title that keeps the date but loses the end is not.
    expect(problemsAfter((t) => (entry(t, 'sources', KAZINFORM).data.title = line.text))).toEqual([]);
    const cut = line.text.split(' ').slice(0, -2).join(' ');
    expect(problemsAfter((t) => (entry(t, 'sources', KAZINFORM).data.title = cut))).toHaveLength(1);
  });

  it('a German headline without the site’s translation of it', () => {
    const problems = problemsAfter((t) => delete entry(t, 'sources', GERMAN).data.titleTranslation);
    expect(problems).toEqual([
      `${fileOf(GERMAN)}: titleTranslation: is missing; a de headline needs the site's English translation of it, as its page and every list that names the source show it`,
    ]);
  });

  it('a translation of a source in English', () => {
    const problems = problemsAfter((t) => {
      const { data } = entry(t, 'sources', INTERVIEW);
      data.titleTranslation = data.title;
      data.translation = { [data.capture.headline]: data.title };
    });
    expect(problems).toEqual(
      ['titleTranslation', 'translation'].map(
        (field) =>
          `${fileOf(INTERVIEW)}: ${field}: the source is in English (language: en), and the site translates only a source that is not; remove ${field}, or give the language the source is in`,
      ),
    );
  });

  it('a short name without the year of publication as citations give it', () => {
    // The interview is dated by its text; the German report's year is the site's inference.
    const { shortTitle, published } = entry(contentTree(), 'sources', INTERVIEW).data;
    const year = published.value.slice(0, 4);
    const name = shortTitle.replace(` (${year})`, '');
    const problems = problemsAfter((t) => {
      entry(t, 'sources', INTERVIEW).data.shortTitle = name;
      entry(t, 'sources', INTERVIEW).data.published.inferred = true;
      entry(t, 'sources', INTERVIEW).data.published.basis = 'From ¶4.';
    });
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: shortTitle: "${name}" does not give the year of publication as citations show it, (ca. ${year}), since the site infers the date; e.g. "${name} (ca. ${year})"`,
    ]);
    const german = entry(contentTree(), 'sources', GERMAN).data;
    const plain = german.shortTitle.replace('(ca. ', '(');
    expect(problemsAfter((t) => (entry(t, 'sources', GERMAN).data.shortTitle = plain))).toEqual([
      `${fileOf(GERMAN)}: shortTitle: "${plain}" does not give the year of publication as citations show it, (ca. ${german.published.value}), since the site infers the date; e.g. "${german.shortTitle}"`,
    ]);
  });

  it('a short name giving the year plain when the date is only the latest it can be, which citations write “ca.”', () => {
    const { shortTitle, published } = entry(contentTree(), 'sources', INTERVIEW).data;
    const year = published.value.slice(0, 4);
    const name = shortTitle.replace(` (${year})`, '');
    const onOrBefore = (title: string, inferred = false) =>
      problemsAfter((t) => {
        const source = entry(t, 'sources', INTERVIEW).data;
        source.shortTitle = title;
        source.published.onOrBefore = true;
        if (inferred) Object.assign(source.published, { inferred: true, basis: 'From ¶4.' });
      });
    expect(onOrBefore(shortTitle)).toEqual([
      `${fileOf(INTERVIEW)}: shortTitle: "${shortTitle}" does not give the year of publication as citations show it, (ca. ${year}), since the site knows only the latest the date can be; e.g. "${name} (ca. ${year})"`,
    ]);
    expect(onOrBefore(shortTitle, true)).toEqual([
      `${fileOf(INTERVIEW)}: shortTitle: "${shortTitle}" does not give the year of publication as citations show it, (ca. ${year}), since the site infers the date and knows only the latest it can be; e.g. "${name} (ca. ${year})"`,
    ]);
    expect(onOrBefore(`${name} (ca. ${year})`)).toEqual([]);
  });

  it('a paragraph reworded: that paragraph, and once that the source’s citations wait, not each citation of its line', () => {
    const TAJIK = 'tajik-interior-minister-meets-guo-shengkun';
    const first = lineOf(TAJIK, 1);
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', TAJIK);
      source.body = source.body.replace(first.text, first.text.replace('met', 'met up'));
    });
    expect(problems).toEqual([
      `${fileOf(TAJIK)}: (body): paragraph "${first.text.replace('met', 'met up').slice(0, 60)}…" is not a line of the capture ${entry(contentTree(), 'sources', TAJIK).data.capture.file} (white space aside); the excerpt must reproduce the article text; it is nearest capture line 1: after “Ramazon Rahimzoda today met”, the paragraph adds “up”`,
      `${fileOf(TAJIK)}: (body): citations of this source are not checked until every paragraph of its excerpt is a line of its capture; some cite a paragraph not found in it (¶1)`,
    ]);
  });

  it('a paragraph with a word mistyped, left out or new: the capture line it is nearest, and where it differs', () => {
    const hosted = lineOf(KAZINFORM, 2);
    // Capture line 3, as the excerpt writes it (its spacing may differ from the capture's).
    const third = entry(contentTree(), 'sources', KAZINFORM)
      .body.split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => squash(block) === squash(lineOf(KAZINFORM, 3).text))!;
    const words = third.split(/\s+/);
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', KAZINFORM);
      source.body = source.body
        .replace(hosted.text, hosted.text.replace('Almaty hosted', 'Almatty hosted'))
        .replace(third, [...words.slice(0, 5), ...words.slice(6)].join(' '))
        .concat('\n\nA paragraph the capture does not have at all.\n');
    });
    const paragraph = (text: string) => `paragraph "${text.slice(0, 60)}…" is not a line of the capture`;
    const nearest = (n: number, what: string) => `; it is nearest capture line ${n}: ${what}`;
    expect(problems.filter((p) => p.includes('is not a line of the capture'))).toEqual([
      expect.stringContaining(
        `${paragraph(hosted.text.replace('Almaty', 'Almatty'))} 003_ce916e62e6b53b08.txt (white space aside); the excerpt must reproduce the article text${nearest(2, 'after “ALMATY. KAZINFORM”, the paragraph has “Almatty” where the capture has “Almaty”')}`,
      ),
      expect.stringContaining(
        nearest(3, `after “${words.slice(1, 5).join(' ')}”, the paragraph leaves out “${words[5]}”`),
      ),
      expect.stringMatching(
        /paragraph "A paragraph the capture does not have at all\.…" is not a line of the capture \S+ \(white space aside\); the excerpt must reproduce the article text$/,
      ),
    ]);
  });

  it('a translation keyed by something other than a paragraph number: the number it may mean', () => {
    const problems = problemsAfter((t) => {
      const { translation } = entry(t, 'sources', GERMAN).data;
      translation.p5 = translation['5'];
      delete translation['5'];
      translation['12-13'] = translation['12'];
    });
    expect(problems).toContain(
      `${fileOf(GERMAN)}: translation.p5: the key "p5" is not valid: expected a paragraph number, e.g. "5"`,
    );
    expect(problems).toContain(
      `${fileOf(GERMAN)}: translation.12-13: the key "12-13" is not valid: expected a paragraph number; each paragraph takes its own key ("12", "13")`,
    );
  });

  it('a German paragraph reworded: not also its translation reported as of no paragraph', () => {
    const line = lineOf(GERMAN, 5);
    const problems = problemsAfter((t) => {
      const source = entry(t, 'sources', GERMAN);
      source.body = source.body.replace(line.text, `${line.text} (gekürzt)`);
    });
    expect(problems.filter((p) => p.includes('has no paragraph'))).toEqual([]);
  });

  it('a source with no excerpt: what goes below its frontmatter', () => {
    const problems = problemsAfter((t) => (entry(t, 'sources', KAZINFORM).body = '\n'));
    expect(problems).toEqual([
      `${fileOf(KAZINFORM)}: (body): the excerpt has no paragraphs; expected the article's text below the frontmatter, one paragraph per capture line`,
    ]);
  });

  it('a capture file that is not there: the file meant, and no citation of the source reported for it', () => {
    const { file } = entry(contentTree(), 'sources', INTERVIEW).data.capture;
    const typo = file.replace(/\.txt$/, '.text.txt');
    const problems = problemsAfter((t) => (entry(t, 'sources', INTERVIEW).data.capture.file = typo));
    expect(problems).toEqual([
      `${fileOf(INTERVIEW)}: capture.file: no capture "${typo}" in content/captures/. Did you mean "${file}"? Valid: the name of a file in content/captures/.`,
    ]);
  });
});
