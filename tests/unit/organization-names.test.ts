// The name a body is filed under. Where a source gives a body's name with its country's formal name (“Ministry of
// Internal Affairs of the Republic of Tajikistan”, “… of the Kyrgyz Republic”), the record is filed under that name,
// as the sources give it; the site's short form (“… of Kazakhstan”) is only for a body no source names in full.
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/quote-language';
import { citedParagraph, plain } from '../../src/lib/quotations';
import { entriesOf, validateTree } from '../../src/lib/validate';
import { contentTree } from '../helpers/tree';

const { entries, paragraphs } = validateTree(contentTree());

/**
 * Where the name ends in its country's short name (“… of Tajikistan”), the fuller forms its paragraphs give of it: the
 * same words before the country, then “the”, capitalized words or “of”, and a word that begins as the country's name
 * does (“Tajik”, “Kyrgyz”, “Russian”) with the capitalized words after it (“the Kyrgyz Republic”).
 */
function fullerForms(name: string, country: string, named: string[]): string[] {
  if (!name.endsWith(` of ${country}`)) return [];
  const before = plain(name.slice(0, -country.length));
  const words = String.raw`(?:(?:\p{Lu}\p{L}*|of) )*?`;
  const form = new RegExp(
    String.raw`${escapeRegExp(before)}the ${words}${escapeRegExp(country.slice(0, 5))}\p{L}*(?: \p{Lu}\p{L}*)*`,
    'gu',
  );
  return named.flatMap((cite) => plain(citedParagraph(paragraphs, cite) ?? '').match(form) ?? []);
}

describe('organization names', () => {
  it('files a body under its name with its country’s formal name where a source gives it so', () => {
    const countries = new Map(entriesOf(entries, 'countries').map((c) => [c.id, c.data.name as string]));
    const shortened = entriesOf(entries, 'organizations').flatMap((o) => {
      const country = countries.get(o.data.country as string);
      if (country === undefined) return [];
      const fuller = fullerForms(o.data.name as string, country, o.data.named as string[]);
      return fuller.length === 0 ? [] : [`${o.file}: "${o.data.name}", where its paragraphs give "${fuller[0]}"`];
    });
    expect(shortened).toEqual([]);
  });

  it('finds a fuller form the way a source writes one', () => {
    // The pattern itself: the interview's ¶28 gives both ministries in full, and a made-up short name is caught.
    const p28 = ['rakhimzoda-interview-2015#p28'];
    expect(fullerForms('Ministry of Internal Affairs of Kyrgyzstan', 'Kyrgyzstan', p28)).toEqual([
      'Ministry of Internal Affairs of the Kyrgyz Republic',
    ]);
    expect(fullerForms('Ministry of Internal Affairs of Afghanistan', 'Afghanistan', p28)).toEqual([
      'Ministry of Internal Affairs of the Islamic Republic of Afghanistan',
    ]);
    expect(fullerForms('Ministry of Internal Affairs of the Kyrgyz Republic', 'Kyrgyzstan', p28)).toEqual([]);
  });
});
