// A copy of the real content tree to break or change in one test, so the
// real build can be run on it (CONTENT_DIR).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TMP } from './site';

/** Copies content/ to <TMP>/content/<name>/ (tmp/ unless TEST_TMP names another folder) and returns that folder. */
export function copyContent(name: string): string {
  const dir = join(TMP, 'content', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a copy. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${path}`);
  writeFileSync(path, after);
}

/** Adds top-level frontmatter lines right after the opening "---". */
export function addFrontmatter(dir: string, file: string, yaml: string): void {
  edit(dir, file, (text) => text.replace(/^---\n/, `---\n${yaml.trimEnd()}\n`));
}
