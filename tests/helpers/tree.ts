// The real content tree, loaded fresh, for tests that break one thing in it.
import { loadContentTree, type ContentTree, type RawEntry } from '../../src/lib/load';

export function contentTree(): ContentTree {
  return loadContentTree('content');
}

/** The raw entry of one file, to mutate in a test. */
export function entry(tree: ContentTree, collection: RawEntry['collection'], stem: string): RawEntry & { data: any } {
  const found = tree.entries.find((e) => e.collection === collection && e.stem === stem);
  if (!found) throw new Error(`no ${collection}/${stem}.md in the content tree`);
  return found as RawEntry & { data: any };
}
