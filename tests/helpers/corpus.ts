// The real content, and the long synthetic record the tests build, as buildGraph takes them, validated the way the
// build does.
import { corpusOf } from '../../src/lib/corpus';
import { buildGraph, type Corpus } from '../../src/lib/graph';
import { loadContentTree } from '../../src/lib/load';
import { validateTree } from '../../src/lib/validate';
import { LONG_CONTENT } from './site';
import { contentTree } from './tree';

export const realCorpus = (): Corpus => corpusOf(validateTree(contentTree()));

export const realGraph = () => buildGraph(realCorpus());

/** The long synthetic record (tests/global-setup.ts generates it). */
export const longCorpus = (): Corpus => corpusOf(validateTree(loadContentTree(LONG_CONTENT)));
