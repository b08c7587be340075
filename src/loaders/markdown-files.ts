// The content loader: one Markdown file per entry, the file name its id, the
// frontmatter its data and the raw Markdown its body. Unlike Astro's glob()
// loader it does not render each body to HTML while loading: no page renders
// an entry body (sources number their paragraphs from the raw text), and
// rendering was about half of the build's time at ten thousand meetings
// (bench/RESULTS.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Entries of `dir` (relative to the project root): every `*.md` file directly in it. */
export function markdownFiles(dir: string): Loader {
  return {
    name: 'markdown-files',
    load: async (context) => {
      const root = resolve(dir);
      const loadOne = async (name: string) => {
        const path = join(root, name);
        const code = readFileSync(path, 'utf8');
        const id = name.slice(0, -'.md'.length);
        const filePath = relative(process.cwd(), path);
        const { frontmatter, content } = parseFrontmatter(code);
        const data = await context.parseData({ id, data: frontmatter, filePath });
        context.store.set({ id, data, body: content, filePath, digest: context.generateDigest(code) });
      };
      context.store.clear();
      for (const name of readdirSync(root).sort()) if (name.endsWith('.md')) await loadOne(name);
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
    const name = inRoot(path);
    if (name) context.store.delete(name.slice(0, -'.md'.length));
  });
}
