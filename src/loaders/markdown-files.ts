// The content loader: one Markdown file per entry, the file name its id (or a
// `slug` in the frontmatter, as with glob()), the frontmatter its data and the
// raw Markdown its body. Unlike Astro's glob()
// loader it does not render each body to HTML while loading: no page renders
// an entry body (sources number their paragraphs from the raw text), and
// rendering was about half of the build's time at ten thousand meetings
// (bench/RESULTS.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { recordId } from '../lib/load';

/** Entries of `dir` (relative to the project root): every `*.md` file directly in it. */
export function markdownFiles(dir: string): Loader {
  return {
    name: 'markdown-files',
    load: async (context) => {
      const root = resolve(dir);
      const loadOne = async (name: string) => {
        const path = join(root, name);
        const code = readFileSync(path, 'utf8');
        const filePath = relative(process.cwd(), path);
        const { frontmatter, content } = parseFrontmatter(code);
        // The validator reads ids with the same function, so the references it checks are to these ids.
        const id = recordId(frontmatter, name.slice(0, -'.md'.length));
        const data = await context.parseData({ id, data: frontmatter, filePath });
        context.store.set({ id, data, body: content, filePath, digest: context.generateDigest(code) });
      };
      context.store.clear();
      // A collection with no folder yet is empty, not an error.
      const names = existsSync(root) ? readdirSync(root).sort() : [];
      for (const name of names) if (name.endsWith('.md')) await loadOne(name);
      watch(context, root, loadOne);
    },
  };
}

/** In `astro dev`, reloads a changed file and drops a deleted one. */
function watch(context: LoaderContext, root: string, loadOne: (name: string) => Promise<void>) {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(root);
  const inRoot = (path: string) => {
    const name = relative(root, path);
    return name.endsWith('.md') && !name.includes('/') && !name.includes('\\') ? name : null;
  };
  const reload = async (path: string) => {
    const name = inRoot(path);
    if (name) await loadOne(name).catch((error: unknown) => context.logger.error(`${path}: ${String(error)}`));
  };
  watcher.on('change', reload);
  watcher.on('add', reload);
  watcher.on('unlink', (path) => {
    // The id may have come from a slug: drop whichever entry was loaded from this file.
    const name = inRoot(path);
    if (!name) return;
    const filePath = relative(process.cwd(), path);
    for (const entry of context.store.values()) if (entry.filePath === filePath) context.store.delete(entry.id);
  });
}
