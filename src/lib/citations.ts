import { isCirca } from './dates';
import { inCodePointOrder } from './order';

/** A citation of one source paragraph, written "source-id#p3" in content files. */
export interface Citation {
  source: string;
  paragraph: number;
}

export function parseCitation(cite: string): Citation {
  const [source = '', p = ''] = cite.split('#p');
  return { source, paragraph: Number(p) };
}

/** A citation as content files write it, parseCitation's inverse: "source-id#p3". */
export const citationText = ({ source, paragraph }: Citation): string => `${source}#p${paragraph}`;

/** A fact's citations grouped by source, each source where it is first cited: its chips read "Kazinform (2019) ¶4 ¶7". */
export function citationsBySource(cites: readonly string[]): Array<{ source: string; paragraphs: number[] }> {
  const bySource = new Map<string, number[]>();
  for (const { source, paragraph } of cites.map(parseCitation)) {
    const paragraphs = bySource.get(source);
    if (paragraphs) paragraphs.push(paragraph);
    else bySource.set(source, [paragraph]);
  }
  return [...bySource].map(([source, paragraphs]) => ({ source, paragraphs }));
}

/** Fields that hold citations: `cites` on each fact, `named` on records that are only named in the texts. */
const CITATION_FIELDS = new Set(['cites', 'named']);

/** The ids of the sources a record cites, each once, in the order of their first citation. */
export function sourcesCitedIn(data: unknown): string[] {
  return [...new Set(citationsIn(data).map((c) => c.source))];
}

/** Every citation in a record, with the field path it sits at ("topics.1.cites.0"). */
export function citationsIn(data: unknown, path: string[] = []): Array<Citation & { field: string }> {
  if (Array.isArray(data)) return data.flatMap((item, i) => citationsIn(item, [...path, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    if (CITATION_FIELDS.has(key) && Array.isArray(value)) {
      return value.map((cite: string, i) => ({ ...parseCitation(cite), field: [...path, key, String(i)].join('.') }));
    }
    return citationsIn(value, [...path, key]);
  });
}

/**
 * The years of the sources a statement cites, as a reader dates what they report ("2017", "2015 and 2017"), each
 * "ca." where the source's date is the site's inference or a latest date: a role title with no year read as held now.
 */
export function reportedYears(
  cites: readonly string[],
  publishedOf: (source: string) => { value: string; inferred: boolean; onOrBefore?: boolean | undefined },
): string[] {
  const years = new Map<string, boolean>();
  for (const source of new Set(cites.map((c) => parseCitation(c).source))) {
    const published = publishedOf(source);
    const year = published.value.slice(0, 4);
    years.set(year, (years.get(year) ?? true) && isCirca(published));
  }
  return [...years].sort(([a], [b]) => inCodePointOrder(a, b)).map(([year, circa]) => (circa ? `ca. ${year}` : year));
}
