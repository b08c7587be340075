// Reads a content tree from disk as the validator sees it: every file of every
// collection, parsed or not, so one run can report every problem at once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { COLLECTIONS, type CollectionName } from './schema';
import { yamlError, type YamlError } from './yaml-errors';

export interface RawEntry {
  collection: CollectionName;
  /** Path as the author knows it, e.g. "content/meetings/x.md". */
  file: string;
  /** File name without ".md". */
  stem: string;
  data: unknown;
  body: string;
  /** Set when the frontmatter is not valid YAML: the parser's reason, and the line of the file it stopped at. */
  parseError?: YamlError | undefined;
  /** Set when the frontmatter opens or closes with a line of more than three hyphens ("----"): that line. */
  longFence?: { line: number; text: string } | undefined;
  /** Set when the file opens a frontmatter with a "---" line and no later "---" line ends it: none of it is read. */
  unclosed?: boolean | undefined;
  /** Set when the file begins with a field and no "---" line before it (the first such line): all of it is read as body. */
  unopened?: string | undefined;
  /** Set when the file is not UTF-8 text: the first line with a byte UTF-8 does not allow. */
  notUtf8Line?: number | undefined;
  /** Unquoted texts that YAML cut at a " #", reading the rest as a comment: the line, and the text it kept. */
  cutAtHash?: Array<{ line: number; kept: string }> | undefined;
}

/**
 * A file's text, decoded once (a byte-order mark kept, as the frontmatter parser expects it); or, for a file that is not
 * UTF-8 (one saved as Windows-1252), the first line with a byte UTF-8 does not allow.
 */
function decodeUtf8(bytes: Buffer): string | { badLine: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const text = bytes.toString('utf8');
    return { badLine: text.slice(0, text.indexOf('\uFFFD')).split('\n').length };
  }
}

/**
 * An unquoted value of more than one word with " #" in it: YAML reads the rest of the line as a comment, and the text
 * ends there in silence. A comment after one word ("inferred: true # only when…", as the README's example has) is one.
 */
const CUT_AT_HASH = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?([^\s"'[{|>#][^#]*?)\s#/;

/** Such texts in a file's frontmatter, found by line between its "---" lines. */
function cutAtHash(code: string): RawEntry['cutAtHash'] {
  const lines = code.split(/\r?\n/);
  const fence = (line: string) => /^\uFEFF?---[ \t]*$/.test(line);
  const start = lines.findIndex(fence);
  const end = lines.findIndex((line, i) => i > start && fence(line));
  if (start < 0 || end < 0) return undefined;
  const cut = lines.slice(start + 1, end).flatMap((line, i) => {
    const kept = CUT_AT_HASH.exec(line)?.[1]?.trim();
    return kept && /\s/.test(kept) ? [{ line: start + 2 + i, kept }] : [];
  });
  return cut.length > 0 ? cut : undefined;
}

/** A file's opening "---" line, after a byte-order mark or blank lines, as the frontmatter parser takes it. */
const OPENING = /^\uFEFF?(?:\s*\n)?---[ \t]*\r?\n/;
/** A file whose first line, after a byte-order mark or blank lines, is a field ("title: …"), as a frontmatter's is. */
const FIELD_FIRST = /^\uFEFF?(?:\s*\n)?([a-zA-Z][\w-]*:(?:[ \t][^\r\n]*)?)(?:\r?\n|$)/;

/** A line of three hyphens or more, alone (after a byte-order mark on the first line). */
const HYPHENS = /^\uFEFF?-{3,}[ \t]*$/;

/**
 * A line of more than three hyphens where a frontmatter opens or closes, which the parser reads as "---" and a
 * hyphen: a list where the fields begin, or a body of "-". Only the first two lines of hyphens count (the opening, the
 * closing); a line of them in a source's excerpt below is article text. So where the second comes after prose (a line
 * that is no field, list item or indented value), the frontmatter was never closed and it is the excerpt's: 'unclosed'.
 */
function longFence(code: string): RawEntry['longFence'] | 'unclosed' {
  const lines = code.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (!HYPHENS.test(lines[first] ?? '')) return undefined;
  const fences = lines.flatMap((line, i) => (i >= first && HYPHENS.test(line) ? [i] : [])).slice(0, 2);
  const long = fences.find((i) => /-{4}/.test(lines[i]!));
  if (long === undefined) return undefined;
  const prose = (line: string) => line.trim() !== '' && !/^(?:\s|#|-(?:\s|$)|[\w-]+:(?:\s|$))/.test(line);
  if (long === fences[1] && lines.slice(fences[0]! + 1, long).some(prose)) return 'unclosed';
  return { line: long + 1, text: lines[long]!.replace(/^\uFEFF/, '') };
}

export interface ContentTree {
  root: string;
  entries: RawEntry[];
  /** Raw captures by file name. */
  captures: Map<string, string>;
  /**
   * What the site would skip in silence: a file or folder in a collection's folder not ending in .md (`collection` says
   * whose), any folder or file at the root but the collections and the captures.
   */
  strays: Array<{ file: string; name: string; folder: boolean; collection?: CollectionName }>;
  /** Set when the root itself is not there. */
  missing?: true | undefined;
}

/** The content root's folder of raw captures, read beside the collections. */
const CAPTURES = 'captures';
/** The folders the site reads at the content root. */
export const CONTENT_FOLDERS: readonly string[] = [...COLLECTIONS, CAPTURES];

/** The project's own content folder: the real record, whose record addresses are published. */
export const REAL_CONTENT = 'content';

/** The content root: `content/` unless CONTENT_DIR points elsewhere (a test's copy, the benchmark's corpus). */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ?? REAL_CONTENT;
}

/** Whether a content root is the project's own content folder, however it is written ("./content", a full path). */
export const isRealContent = (root: string, cwd: string = process.cwd()) =>
  resolve(cwd, root) === resolve(cwd, REAL_CONTENT);

/** A record's id, and so its address: the `slug` its frontmatter gives, else its file's name without ".md". */
export function recordId(data: unknown, stem: string): string {
  const slug = (data as { slug?: unknown } | null)?.slug;
  return typeof slug === 'string' ? slug : stem;
}

export function loadContentTree(root: string, cwd: string = process.cwd()): ContentTree {
  const entries: RawEntry[] = [];
  const strays: ContentTree['strays'] = [];
  const shown = (path: string) => relative(cwd, path) || path;
  // Hidden files (.gitkeep, an editor's) are nobody's content.
  for (const name of existsSync(root) ? readdirSync(root).sort() : []) {
    const path = join(root, name);
    const folder = statSync(path).isDirectory();
    if (name.startsWith('.') || (folder && CONTENT_FOLDERS.includes(name))) continue;
    strays.push({ file: shown(path), name, folder });
  }
  for (const collection of COLLECTIONS) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (!name.endsWith('.md')) {
        if (!name.startsWith('.'))
          strays.push({ file: shown(path), name, folder: statSync(path).isDirectory(), collection });
        continue;
      }
      const file = shown(path);
      const stem = name.slice(0, -'.md'.length);
      const code = decodeUtf8(readFileSync(path));
      if (typeof code !== 'string') {
        entries.push({ collection, file, stem, data: {}, body: '', notUtf8Line: code.badLine });
        continue;
      }
      const fence = longFence(code);
      if (fence) {
        entries.push({
          collection,
          file,
          stem,
          data: {},
          body: '',
          ...(fence === 'unclosed' ? { unclosed: true } : { longFence: fence }),
        });
        continue;
      }
      try {
        const { frontmatter, content, rawFrontmatter } = parseFrontmatter(code);
        const fieldFirst = rawFrontmatter === '' ? FIELD_FIRST.exec(code) : null;
        // The parser reads a file whose frontmatter is never closed as having none, its fields as the body.
        if (rawFrontmatter === '' && OPENING.test(code))
          entries.push({ collection, file, stem, data: {}, body: '', unclosed: true });
        else if (fieldFirst) entries.push({ collection, file, stem, data: {}, body: '', unopened: fieldFirst[1]! });
        else
          entries.push({
            collection,
            file,
            stem,
            data: frontmatter,
            body: content,
            cutAtHash: cutAtHash(code),
          });
      } catch (error) {
        entries.push({ collection, file, stem, data: {}, body: '', parseError: yamlError(error, code) });
      }
    }
  }
  const captures = new Map<string, string>();
  const captureDir = join(root, CAPTURES);
  if (existsSync(captureDir)) {
    for (const name of readdirSync(captureDir)) {
      captures.set(name, readFileSync(join(captureDir, name), 'utf8'));
    }
  }
  return { root, entries, captures, strays, ...(existsSync(root) ? {} : { missing: true as const }) };
}
