// The language of a search excerpt's words, from the page's indexed text and anchors as Pagefind hands them over
// (the shapes below are those of a real result for the German source).
import { describe, expect, it } from 'vitest';
import { markExcerptLanguages, originalTextId, type IndexedPage } from '../../src/lib/excerpt-language';

// Pagefind ends the headline and the heading, which have no full stop, with one.
const page: IndexedPage = {
  raw_content:
    'Source. Usbekistan und China bauen aus. Site translation of the headline: Uzbekistan and China expand. Text. ' +
    '¶2 Source text (German): Der Minister empfing den Gast in Taschkent. Site translation: The minister received the guest in Tashkent.',
  anchors: [
    { id: 'excerpt', text: 'Text', location: 15 },
    { id: 'p2', text: '¶2', location: 16 },
    { id: originalTextId(2), text: 'Der Minister empfing den Gast in Taschkent', location: 20 },
  ],
  meta: { title: 'Usbekistan und China bauen aus', title_lang: 'de', text_lang: 'de' },
};

describe('markExcerptLanguages', () => {
  it('puts each run of words in another language in a span with its lang, found words and all', () => {
    expect(markExcerptLanguages('China bauen aus. Site translation of the <mark>headline:</mark>', page)).toBe(
      '<span lang="de">China bauen aus.</span> Site translation of the <mark>headline:</mark>',
    );
    expect(markExcerptLanguages('empfing den Gast in <mark>Taschkent.</mark> Site translation: The', page)).toBe(
      '<span lang="de">empfing den Gast in <mark>Taschkent.</mark></span> Site translation: The',
    );
  });

  it('leaves an excerpt with no word of another language, or whose place is unknown, as it is', () => {
    expect(markExcerptLanguages('The minister <mark>received</mark> the guest', page)).toBe(
      'The minister <mark>received</mark> the guest',
    );
    expect(markExcerptLanguages('Gast in <mark>Berlin</mark>', page)).toBe('Gast in <mark>Berlin</mark>');
    expect(markExcerptLanguages('den <mark>Gast</mark>', { ...page, meta: { title: 'Usbekistan' } })).toBe(
      'den <mark>Gast</mark>',
    );
  });

  it('trusts an anchor only where its text is the page’s words at its place', () => {
    const moved = { ...page, anchors: [{ id: originalTextId(2), text: 'Der Minister', location: 3 }] };
    expect(markExcerptLanguages('Der Minister <mark>empfing</mark> den', moved)).toBe(
      'Der Minister <mark>empfing</mark> den',
    );
  });

  it('marks nothing where the excerpt’s words stand twice in the page in different languages', () => {
    const twice = {
      ...page,
      raw_content: `Taschkent. Site translation: ${page.raw_content}`,
      anchors: page.anchors!.map((a) => ({ ...a, location: a.location + 3 })),
    };
    expect(markExcerptLanguages('Gast in <mark>Taschkent.</mark>', twice)).toContain('lang="de"');
    expect(markExcerptLanguages('<mark>Taschkent.</mark> Site translation:', twice)).toBe(
      '<mark>Taschkent.</mark> Site translation:',
    );
  });

  it('puts no language in the markup that is not a language tag', () => {
    const odd = { ...page, meta: { ...page.meta, text_lang: 'de"><b', title_lang: undefined } };
    expect(markExcerptLanguages('den Gast', odd)).toBe('den Gast');
  });
});
