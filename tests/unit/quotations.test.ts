// Quotation marks hold the source's words: the validator refuses a quotation that is not word for word in the
// paragraph the statement cites, in a paragraph of the record's sources for an inference's basis, or in the capture
// for a source's notes on it (src/lib/quotations.ts). A statement that names a paragraph (“¶15”) cites it.
import { describe, expect, it } from 'vitest';
import { quotes } from '../../src/lib/quotations';
import { contentTree, entry, problemsAfter } from '../helpers/tree';

const MINSK = '2017-04-10-minsk-lukashenko-guo-cao';
const MINSK_FILE = `content/meetings/${MINSK}.md`;
const SOURCE = 'belarus-china-law-enforcement-cooperation';
/** The Minsk topic that cites ¶11–14 (the “three evils”), found by its paragraphs: topics are added over time. */
const CITES = [11, 12, 13, 14].map((n) => `${SOURCE}#p${n}`);
const EVILS: number = entry(contentTree(), 'meetings', MINSK).data.topics.findIndex(
  (topic: { cites: string[] }) => topic.cites.join() === CITES.join(),
);

describe('a quotation', () => {
  it('stands in a text word for word, white space, apostrophes and the case of its first letter aside', () => {
    expect(quotes('The II European Games will be held in two years.', 'In two  years')).toBe(true);
    expect(quotes('China’s experience', "china's experience")).toBe(true);
    expect(quotes('Am 1. April empfing der Präsident', 'am 1. April')).toBe(true);
    expect(quotes('The II European Games will be held in two years.', 'in three years')).toBe(false);
  });

  it('keeps the case of every letter but the first of each piece', () => {
    expect(quotes('the Shanghai Cooperation Organization', 'shanghai cooperation organization')).toBe(false);
    expect(quotes('the SCO and other organizations', 'the sco')).toBe(false);
    expect(quotes('we met. Then we talked', 'we met … then we talked')).toBe(true);
  });

  it('keeps the punctuation of the source: a comma or a full stop is not white space', () => {
    expect(quotes('fight terrorism, extremism and separatism', 'terrorism, extremism')).toBe(true);
    expect(quotes('fight terrorism, extremism and separatism', 'terrorism extremism')).toBe(false);
    expect(quotes('We met. Then we talked', 'met then we talked')).toBe(false);
  });

  it('begins and ends at the edges of words: no piece starts or stops inside a word of the source', () => {
    expect(quotes('the security of the region', 'ecurity of the')).toBe(false);
    expect(quotes('the security of the region', 'the secur')).toBe(false);
    expect(quotes('within two years', 'in two years')).toBe(false);
    expect(quotes('in two years, within two more', 'in two')).toBe(true);
    expect(quotes('within two years and in two more', 'in two')).toBe(true);
    expect(quotes('Tajikistan’s police', 'Tajikistan')).toBe(true);
    expect(quotes('the “three evils”', '“three evils”')).toBe(true);
    expect(quotes('we have already approved a joint plan', 'we have … proved a joint plan')).toBe(false);
  });

  it('cut with “…” has each piece in order', () => {
    expect(quotes('we have already approved a joint plan', 'we have … approved a joint plan')).toBe(true);
    expect(quotes('we have already approved a joint plan', 'approved … we have')).toBe(false);
  });
});

describe('the validator', () => {
  it('refuses a statement quoting words its cited paragraphs do not hold, naming them', () => {
    expect(EVILS).toBeGreaterThanOrEqual(0);
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', MINSK).data.topics[EVILS].text = 'Extremism (“the four evils”) and migration.'),
    );
    expect(problems).toEqual([
      `${MINSK_FILE}: topics.${EVILS}.text: “the four evils” is not in ${CITES.join(', ')} word for word; quote the paragraph as published, “…” marking a cut, or cite the paragraph that holds it`,
    ]);
  });

  it('refuses a quotation that is in the source but not in the paragraph the statement cites', () => {
    // “in two years” is ¶10's; this topic cites ¶11–14 only.
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', MINSK).data.topics[EVILS].text = 'The Games, “in two years”.'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`topics.${EVILS}.text: “in two years” is not in`);
  });

  it('lets a basis quote any paragraph of the record’s sources, and refuses words from none', () => {
    const basis = (text: string) => (t: ReturnType<typeof contentTree>) =>
      (entry(t, 'meetings', MINSK).data.date.basis = text);
    expect(problemsAfter(basis('The Games were “in two years” (¶10).'))).toEqual([]);
    expect(problemsAfter(basis('The Games were “in three years” (¶10).'))).toEqual([
      `${MINSK_FILE}: date.basis: “in three years” is not in any paragraph of ${SOURCE} word for word; quote the source as published, “…” marking a cut`,
    ]);
  });

  it('takes the German words of a German paragraph, not the site’s translation of it', () => {
    const outcome = (text: string) => (t: ReturnType<typeof contentTree>) => {
      const meeting = t.entries.find(
        (e) =>
          e.collection === 'meetings' && JSON.stringify(e.data).includes('gazeta-uz-uzbekistan-china-security#p15'),
      )!;
      const fact = (meeting.data as any).outcomes.find((o: any) =>
        o.cites.includes('gazeta-uz-uzbekistan-china-security#p15'),
      );
      fact.text = text;
    };
    expect(problemsAfter(outcome('Signed “als Ergebnis des Treffens”.'))).toEqual([]);
    expect(problemsAfter(outcome('Signed “als Folge des Treffens”.'))).toHaveLength(1);
    // The site's English is its own words, not the source's: in quotation marks it would pass for the article's.
    expect(problemsAfter(outcome('Signed “as a result of the meeting”.'))).toEqual([
      expect.stringMatching(
        /outcomes\.0\.text: “as a result of the meeting” is not in (\S+, )*gazeta-uz-uzbekistan-china-security#p15 word for word/,
      ),
    ]);
  });

  it('refuses a basis or a spelling of a name that only the site’s translation holds', () => {
    const german = 'gazeta-uz-uzbekistan-china-security';
    const basis = problemsAfter(
      (t) => (entry(t, 'meetings', '2024-04-01-tashkent-mirziyoyev-wang').data.date.basis = 'Held “on 1 April” (¶5).'),
    );
    expect(basis).toEqual([expect.stringContaining('date.basis: “on 1 April” is not in any paragraph of')]);
    // “Tashkent” is the translation's; the German (¶2) has “Taschkent”.
    const spelling = problemsAfter((t) => {
      const person = entry(t, 'people', 'shavkat-mirziyoyev').data;
      person.spellings.push({ text: 'Tashkent', cites: [`${german}#p2`] });
      // A second spelling is filed as the same person only as the site's inference (samePerson), citing each.
      person.samePerson = { basis: 'Both name the President.', cites: [`${german}#p2`, `${german}#p5`] };
    });
    expect(spelling).toEqual([expect.stringContaining(`“Tashkent” is not in ${german}#p2 word for word`)]);
  });

  it('refuses the basis of a source’s date quoting what its capture does not hold', () => {
    const id = 'gazeta-uz-uzbekistan-china-security';
    const { published, capture } = entry(contentTree(), 'sources', id).data;
    const problems = problemsAfter(
      (t) => (entry(t, 'sources', id).data.published.basis = published.basis.replace('“am 1. April”', '“am 2. April”')),
    );
    expect(problems).toEqual([
      `content/sources/${id}.md: published.basis: “am 2. April” is not in the capture ${capture.file}; quote it word for word`,
    ]);
  });

  it('refuses a note on a capture quoting what the capture does not hold', () => {
    const id = 'kazinform-2019-almaty-conference';
    const capture = entry(contentTree(), 'sources', id).data.capture.file;
    const problems = problemsAfter((t) => (entry(t, 'sources', id).data.capture.notes = 'Spaces lost (“thepolice”).'));
    expect(problems).toEqual([
      `content/sources/${id}.md: capture.notes: “thepolice” is not in the capture ${capture}; quote it word for word`,
    ]);
  });

  it('refuses a spelling of a name, or an abbreviation, cited to a paragraph that does not spell it so', () => {
    const spelling = problemsAfter((t) => {
      const person = entry(t, 'people', 'guo-shengkun').data;
      person.spellings[0].cites = [...person.spellings[0].cites, 'kazinform-2019-almaty-conference#p3'];
    });
    expect(spelling).toEqual([
      'content/people/guo-shengkun.md: spellings.0.text: “Guo Shengkun” is not in kazinform-2019-almaty-conference#p3 word for word; cite the paragraphs that spell it so',
    ]);
    const organization = contentTree().entries.find(
      (e) => e.collection === 'organizations' && (e.data as { abbreviation?: unknown }).abbreviation,
    )!;
    const abbreviation = problemsAfter((t) => {
      const data = entry(t, 'organizations', organization.stem).data;
      data.abbreviation.text = `${data.abbreviation.text}X`;
    });
    expect(abbreviation).toHaveLength(
      (organization.data as { abbreviation: { cites: string[] } }).abbreviation.cites.length,
    );
    expect(abbreviation[0]).toContain(`${organization.file}: abbreviation.text: “`);
  });

  it('refuses a spelling of a name that leaves out a paragraph the record lists as naming the person so', () => {
    const person = entry(contentTree(), 'people', 'alexander-lukashenko');
    const [dropped, ...kept] = [...person.data.spellings[0].cites].reverse() as string[];
    const problems = problemsAfter((t) => (entry(t, 'people', 'alexander-lukashenko').data.spellings[0].cites = kept));
    expect(person.data.named).toContain(dropped);
    expect(problems).toEqual([
      `${person.file}: spellings.0.cites: “Alexander Lukashenko” stands in ${dropped} too, which the record lists as naming it; cite every paragraph that spells it so`,
    ]);
  });

  it('refuses a spelling cited to a paragraph the record does not list as naming the person', () => {
    // The person's page lists under "Named in" the paragraphs of named: one the spelling cites would be left out.
    const person = entry(contentTree(), 'people', 'alexander-lukashenko');
    const [dropped, ...kept] = [...person.data.named].reverse() as [string, ...string[]];
    expect(person.data.spellings[0].cites).toContain(dropped);
    const problems = problemsAfter((t) => (entry(t, 'people', 'alexander-lukashenko').data.named = kept));
    const unlisted = `${person.file}: spellings.0.cites: ${dropped} spells the name “Alexander Lukashenko” but is not in named, the paragraphs that name them (their page’s “Named in”); add it to named`;
    // The Minsk topic that names him and cites that paragraph alone of his named is then told it names no one, first.
    const topics: Array<{ text: string; cites: string[] }> = entry(contentTree(), 'meetings', MINSK).data.topics;
    const at = topics.findIndex((t) => t.cites.includes(dropped) && !t.cites.some((c) => kept.includes(c)));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${MINSK_FILE}: topics\\.${at}\\.cites: the text names Alexander Lukashenko \\(“Alexander Lukashenko”\\), but no paragraph it cites names them; `,
        ),
      ),
      unlisted,
    ]);
  });
});

describe('a paragraph a statement names', () => {
  const basis = (text: string) => (t: ReturnType<typeof contentTree>) =>
    (entry(t, 'meetings', MINSK).data.date.basis = text);
  const cited = entry(contentTree(), 'meetings', MINSK).data.date.cites as string[];
  const citedNumbers = cited.map((c) => Number(c.split('#p')[1]));
  const uncited = Math.max(...citedNumbers) + 1;

  it('is among the statement’s citations', () => {
    expect(problemsAfter(basis(citedNumbers.map((n) => `(¶${n})`).join(' ')))).toEqual([]);
    expect(problemsAfter(basis(`Held on the day of ¶${citedNumbers[0]}, not of ¶${uncited}.`))).toEqual([
      `${MINSK_FILE}: date.basis: names ¶${uncited} but cites ${cited.join(', ')}; add "${SOURCE}#p${uncited}" to its cites, or name only the paragraphs it cites`,
    ]);
  });

  it('in a run (“¶11–14”), is each paragraph of the run', () => {
    const [first] = citedNumbers as [number];
    const missing = Array.from({ length: uncited - first + 1 }, (_, i) => first + i).filter(
      (n) => !citedNumbers.includes(n),
    );
    expect(missing.length).toBeGreaterThan(0);
    expect(problemsAfter(basis(`As ¶${first}–${uncited} report.`))).toEqual([
      `${MINSK_FILE}: date.basis: names ¶${first}–${uncited} but cites ${cited.join(', ')}; add ${missing.map((n) => `"${SOURCE}#p${n}"`).join(', ')} to its cites, or name only the paragraphs it cites`,
    ]);
  });

  it('in a run written with a hyphen, or backwards, is each paragraph of the run', () => {
    const [first] = citedNumbers as [number];
    const run = Array.from({ length: uncited - first + 1 }, (_, i) => first + i);
    const missing = run.filter((n) => !citedNumbers.includes(n)).map((n) => `"${SOURCE}#p${n}"`);
    expect(problemsAfter(basis(`As ¶${first}-${uncited} report.`))).toEqual([
      `${MINSK_FILE}: date.basis: names ¶${first}-${uncited} but cites ${cited.join(', ')}; add ${missing.join(', ')} to its cites, or name only the paragraphs it cites`,
    ]);
    expect(problemsAfter(basis(`As ¶${uncited}–${first} report.`))).toEqual([
      `${MINSK_FILE}: date.basis: names ¶${uncited}–${first}, a run that ends before it starts; write it ¶${first}–${uncited}`,
    ]);
  });

  it('in a source’s publisher basis or note on its capture, is cited beside it', () => {
    const KAZINFORM = 'kazinform-2019-almaty-conference';
    const BEIJING = 'tajik-interior-minister-meets-guo-shengkun';
    expect(
      problemsAfter((t) => {
        delete entry(t, 'sources', KAZINFORM).data.publisher.cites;
        delete entry(t, 'sources', BEIJING).data.capture.cites;
      }),
    ).toEqual([
      `content/sources/${KAZINFORM}.md: publisher.basis: names ¶2 but cites nothing; add cites with "${KAZINFORM}#p2" beside it`,
      // The note names ¶2 with the sign and its “Paragraphs 6–7” in words: each is cited.
      `content/sources/${BEIJING}.md: capture.notes: names ¶2, paragraphs 6–7 but cites nothing; add cites with "${BEIJING}#p2", "${BEIJING}#p6", "${BEIJING}#p7" beside it`,
    ]);
    expect(problemsAfter((t) => (entry(t, 'sources', KAZINFORM).data.publisher.cites = [`${KAZINFORM}#p3`]))).toEqual([
      `content/sources/${KAZINFORM}.md: publisher.basis: names ¶2 but cites ${KAZINFORM}#p3; add "${KAZINFORM}#p2" to its cites, or name only the paragraphs it cites`,
    ]);
    // A run names each paragraph of it, which the message lists to cite.
    expect(
      problemsAfter((t) => {
        const { capture } = entry(t, 'sources', BEIJING).data;
        delete capture.cites;
        capture.notes = 'The text names its source (¶2); ¶6–7 are background.';
      }),
    ).toEqual([
      `content/sources/${BEIJING}.md: capture.notes: names ¶2, ¶6–7 but cites nothing; add cites with "${BEIJING}#p2", "${BEIJING}#p6", "${BEIJING}#p7" beside it`,
    ]);
  });

  it('in words (“paragraph 4”, “paragraphs 2, 5 and 11”, “Paragraphs 6–7”), is cited as with ¶', () => {
    const [first] = citedNumbers as [number];
    expect(problemsAfter(basis(`As paragraph ${first} reports.`))).toEqual([]);
    expect(problemsAfter(basis(`As paragraphs ${citedNumbers.join(', ')} and ${uncited} report.`))).toEqual([
      `${MINSK_FILE}: date.basis: names paragraph ${uncited} but cites ${cited.join(', ')}; add "${SOURCE}#p${uncited}" to its cites, or name only the paragraphs it cites`,
    ]);
    expect(problemsAfter(basis(`Paragraphs ${uncited}–${first} say so.`))).toEqual([
      `${MINSK_FILE}: date.basis: names paragraphs ${uncited}–${first}, a run that ends before it starts; write it paragraphs ${first}–${uncited}`,
    ]);
  });

  it('is not checked in a text that cites nothing, such as a revision', () => {
    expect(
      problemsAfter((t) => {
        const { revisions } = entry(t, 'meetings', MINSK).data;
        // Dated as the record's last revision, so it stands at the end, where a new one goes.
        revisions.push({
          date: revisions.at(-1)?.date ?? '2026-12-01',
          kind: 'correction',
          text: `The page said ¶${uncited}.`,
        });
      }),
    ).toEqual([]);
  });
});
