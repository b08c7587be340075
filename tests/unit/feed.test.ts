// The main feed's items, built from the real content: what a feed reader shows of a meeting says what the site
// infers, as the meeting's page does.
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../src/lib/dates';
import { LANGUAGE_NAMES, NO_HEADLINE } from '../../src/consts';
import { feedItems } from '../../src/lib/feed';
import { entityPath } from '../../src/lib/urls';
import { realGraph } from '../helpers/corpus';
import { datedWords, inferredPartWords, precisionWords } from '../helpers/dates';

const graph = realGraph();
const { corpus } = graph;
const items = feedItems(graph);

describe('the feed', () => {
  it('gives each meeting’s place, marked as the site’s inference where the source does not name it', () => {
    for (const m of corpus.meetings) {
      const item = items.find((i) => i.path === entityPath('meetings', m.id))!;
      // What the description says before the date: the place.
      const [placeWords, rest] = item.description.split(`, ${dateInWords(m.data.date)}`);
      expect(rest, `${m.id}: the date after the place`).toBeDefined();
      expect(placeWords, m.id).toContain(graph.place(m.data.place.place)!.data.name);
      expect(/inferred/.test(placeWords!), `${m.id}: “${placeWords}”`).toBe(m.data.place.inferred);
    }
    // The real record has both, so each side of the rule is exercised.
    expect(new Set(corpus.meetings.map((m) => m.data.place.inferred))).toEqual(new Set([true, false]));
  });

  it('gives each meeting’s and source’s date at its precision, and says when the site infers it', () => {
    // Written out from the date's value (tests/helpers/dates.ts), not by the site's dateInWords.
    const dated = [
      ...corpus.meetings.map((m) => ({
        id: m.id,
        path: entityPath('meetings', m.id),
        date: m.data.date,
        after: '. Participants:',
      })),
      ...corpus.sources.map((s) => ({
        id: s.id,
        path: entityPath('sources', s.id),
        date: s.data.published,
        after: s.data.publishedReading ? /^, (?:by|credited)/ : /^(?: by|, credited)/,
      })),
    ];
    for (const { id, path, date, after } of dated) {
      const notes = [
        ...(date.value.length < 10 && !date.onOrBefore ? [precisionWords(date.value)] : []),
        ...(date.inferred ? [`${inferredPartWords(date)} by the site`] : []),
      ];
      const words = `${datedWords(date)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
      const { description } = items.find((i) => i.path === path)!;
      const at = description.indexOf(words);
      expect(at, `${id}: “${words}” in “${description}”`).toBeGreaterThan(0);
      const next = description.slice(at + words.length);
      expect(typeof after === 'string' ? next.startsWith(after) : after.test(next), `${id}: “${description}”`).toBe(
        true,
      );
    }
    // The real record has dates to the day, to the month and to the year, inferred and stated, and one "on or before"
    // with its earliest ("between").
    const has = (test: (d: (typeof dated)[number]['date']) => boolean) => dated.some(({ date }) => test(date));
    expect(has((d) => d.value.length === 10 && !d.inferred && !d.onOrBefore)).toBe(true);
    expect(has((d) => d.value.length === 10 && d.inferred && d.inferredPart === 'year')).toBe(true);
    expect(has((d) => d.value.length === 10 && d.inferred && d.inferredPart === undefined)).toBe(true);
    expect(has((d) => d.value.length === 7 && d.inferred)).toBe(true);
    expect(has((d) => d.value.length === 4 && d.inferred)).toBe(true);
    expect(has((d) => d.onOrBefore && d.onOrAfter !== undefined)).toBe(true);
  });

  it('names each participant as the meeting’s paragraphs spell them, where they spell the name otherwise', () => {
    // A feed reader shows no table: the words say what the meeting page's table says beside its citation.
    let spelled = 0;
    for (const m of corpus.meetings) {
      const { description } = items.find((i) => i.path === entityPath('meetings', m.id))!;
      for (const p of m.data.participants) {
        const person = graph.person(p.person)!.data;
        const there = person.spellings.filter(
          (s) => s.text !== person.name && s.cites.some((c) => p.cites.includes(c)),
        );
        const named = there.length ? `; named ${there.map((s) => `“${s.text}”`).join(' and ')} in the source` : '';
        expect(description, `${m.id} ${p.person}`).toContain(`${person.name} (${p.role}${named})`);
        spelled += there.length;
      }
    }
    expect(spelled).toBeGreaterThan(0);
  });

  it('dates a source the site only reads as published on its date with no pubDate, and says the reading in words', () => {
    const read = corpus.sources.filter((s) => s.data.publishedReading);
    expect(read.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      const item = items.find((i) => i.path === entityPath('sources', s.id))!;
      const reading = s.data.publishedReading !== undefined;
      expect(item.description.startsWith(`Source article ${reading ? 'dated' : 'published'} `), s.id).toBe(true);
      expect(item.description.includes('the site reads the date as the day it was published'), s.id).toBe(reading);
      if (reading) expect(item.pubDate, s.id).toBeUndefined();
    }
  });

  it('says of a source with no headline that its title, in brackets, is the site’s description', () => {
    const editorial = corpus.sources.filter((s) => s.data.titleIsEditorial);
    expect(editorial.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      const item = items.find((i) => i.path === entityPath('sources', s.id))!;
      expect(item.title.startsWith('['), s.id).toBe(s.data.titleIsEditorial);
      expect(item.description.includes(NO_HEADLINE.sentence), s.id).toBe(s.data.titleIsEditorial);
    }
  });

  it('says of a headline in another language which one it is, with the site’s translation of it', () => {
    const foreign = corpus.sources.filter((s) => s.data.language !== 'en');
    expect(foreign.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      const item = items.find((i) => i.path === entityPath('sources', s.id))!;
      const language = `In ${LANGUAGE_NAMES[s.data.language]}, with the site’s English translation beside it.`;
      expect(item.description.includes(language), s.id).toBe(s.data.language !== 'en');
      const headline = `Site translation of the headline: ${s.data.titleTranslation}.`;
      expect(item.description.includes(headline), s.id).toBe(s.data.language !== 'en');
    }
  });
});
