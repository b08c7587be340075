// The corpus from a validated content tree, for what runs outside the pages
// (the citation files, the tests). The pages build theirs from the
// collections (content.ts); both parse with the same schemas.
import type { Corpus } from './graph';
import { COLLECTIONS } from './schema';
import type { Validation } from './validate';

export function corpusOf({ entries, paragraphs }: Validation): Corpus {
  const of = (c: string) => entries.filter((e) => e.collection === c).map(({ id, data }) => ({ id, data }));
  const corpus = Object.fromEntries(COLLECTIONS.map((c) => [c, of(c)])) as unknown as Corpus;
  corpus.sources = corpus.sources.map((s) => ({ ...s, paragraphs: paragraphs.get(s.id) ?? [] }));
  return corpus;
}
