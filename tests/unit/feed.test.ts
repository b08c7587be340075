// The main feed's items, built from the real content: what a feed reader shows of a meeting says what the site
// infers, as the meeting's page does.
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../src/lib/dates';
import { LANGUAGE_NAMES } from '../../src/consts';
import { feedItems } from '../../src/lib/feed';
import { entityPath } from '../../src/lib/urls';
import { realGraph } from '../helpers/corpus';

const graph = realGraph();
const { corpus } = graph;
const items = feedItems(graph);

describe('the feed', () => {
  it('gives each meeting’s place, marked as the site’s inference where the source does not name it', () => {
    for (const m of corpus.meetings) {
      const item = items.find((i) => i.path === entityPath('meetings', m.id))!;
      // What the description says before the date: the place.
      const [placeWords] = item.description.split(`, ${dateInWords(m.data.date)}`);
      expect(placeWords, m.id).toContain(graph.place(m.data.place.place)!.data.name);
      expect(/inferred/.test(placeWords!), `${m.id}: “${placeWords}”`).toBe(m.data.place.inferred);
    }
    // The real record has both, so each side of the rule is exercised.
    expect(new Set(corpus.meetings.map((m) => m.data.place.inferred))).toEqual(new Set([true, false]));
  });

  it('says of a source with no headline that its title, in brackets, is the site’s description', () => {
    const editorial = corpus.sources.filter((s) => s.data.titleIsEditorial);
    expect(editorial.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      const item = items.find((i) => i.path === entityPath('sources', s.id))!;
      expect(item.title.startsWith('['), s.id).toBe(s.data.titleIsEditorial);
      expect(item.description.includes('no headline'), s.id).toBe(s.data.titleIsEditorial);
    }
  });

  it('says of a headline in another language which one it is, with the site’s translation of it', () => {
    const foreign = corpus.sources.filter((s) => s.data.language !== 'en');
    expect(foreign.length).toBeGreaterThan(0);
    for (const s of corpus.sources) {
      const item = items.find((i) => i.path === entityPath('sources', s.id))!;
      const said = `In ${LANGUAGE_NAMES[s.data.language]}; the site’s translation of the headline: ${s.data.titleTranslation}.`;
      expect(item.description.endsWith(said), s.id).toBe(s.data.language !== 'en');
    }
  });
});
