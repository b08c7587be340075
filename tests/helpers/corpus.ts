// The real content as buildGraph takes it, validated the way the build does.
import { buildGraph, type Corpus } from '../../src/lib/graph';
import { COLLECTIONS } from '../../src/lib/schema';
import { validateTree } from '../../src/lib/validate';
import { contentTree } from './tree';

export function realCorpus(): Corpus {
  const { entries, paragraphs } = validateTree(contentTree());
  const of = (c: string) => entries.filter((e) => e.collection === c).map(({ id, data }) => ({ id, data }));
  const corpus = Object.fromEntries(COLLECTIONS.map((c) => [c, of(c)])) as unknown as Corpus;
  corpus.sources = corpus.sources.map((s) => ({ ...s, paragraphs: paragraphs.get(s.id) ?? [] }));
  return corpus;
}

export const realGraph = () => buildGraph(realCorpus());
