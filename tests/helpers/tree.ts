// The real content tree, loaded fresh, for tests that break one thing in it.
import { loadContentTree, type ContentTree, type RawEntry } from '../../src/lib/load';
import { formatProblem, validateTree } from '../../src/lib/validate';

export function contentTree(): ContentTree {
  return loadContentTree('content');
}

/** The raw entry of one file, to mutate in a test. */
export function entry(tree: ContentTree, collection: RawEntry['collection'], stem: string): RawEntry & { data: any } {
  const found = tree.entries.find((e) => e.collection === collection && e.stem === stem);
  if (!found) throw new Error(`no ${collection}/${stem}.md in the content tree`);
  return found as RawEntry & { data: any };
}

/** Validates the real tree after one change and returns the problem lines. */
export function problemsAfter(change: (tree: ContentTree) => void): string[] {
  const tree = contentTree();
  change(tree);
  return validateTree(tree).problems.map(formatProblem);
}
