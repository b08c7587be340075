// The real content as buildGraph takes it, validated the way the build does.
import { corpusOf } from '../../src/lib/corpus';
import { buildGraph, type Corpus } from '../../src/lib/graph';
import { validateTree } from '../../src/lib/validate';
import { contentTree } from './tree';

export const realCorpus = (): Corpus => corpusOf(validateTree(contentTree()));

export const realGraph = () => buildGraph(realCorpus());
