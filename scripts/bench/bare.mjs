// The floor to compare with: a bare Astro site, no package of its own (it
// resolves astro from this repository's node_modules), one content collection
// of plain Markdown entries and one dynamic route rendering each of them.
// Given a page's size and number of elements, each page also carries
// paragraphs with a link each until it is about that heavy, and given the size
// of this site's content data store, each entry carries a text field, not
// rendered, until the bare site's store is as large: Astro's own cost for pages
// and a record as large as this site's, so that what this site costs beyond it
// is its own work, not the bytes and elements Astro renders and writes or the
// record it holds.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PARAGRAPH =
  'Security officials of the two countries met to discuss cooperation against terrorism, extremism and ' +
  'drug trafficking, the training of personnel and the exchange of information between their ministries.';

/**
 * A plain page as this route writes it: about 760 bytes in 10 elements (html, head, meta, title, body, main, h1, three
 * p); its entry, about 350 bytes of Astro's content data store (node_modules/.astro/data-store.json).
 */
const PLAIN = { bytes: 760, elements: 10, store: 350 };
/** What a padding paragraph holds besides its text: `<p id="p42"> <a href="#p42">42</a></p>`. */
const PADDING_MARKUP = '<p id="p42"> <a href="#p42">42</a></p>'.length;

/**
 * Writes a bare Astro site with `pages` pages to `root`, replacing it. Given
 * `heavy` ({ bytes, elements, store }: a page's mean HTML size and element
 * count, and the size of a site's content data store in bytes), each page is
 * padded to about that, two elements a paragraph, and each entry carries a
 * `record` field that brings the store to about that size.
 */
export function generateBareSite(root, pages, heavy) {
  rmSync(root, { recursive: true, force: true });
  const entries = join(root, 'entries');
  mkdirSync(entries, { recursive: true });
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  const recordLength = heavy?.store ? Math.max(0, Math.round(heavy.store / pages - PLAIN.store)) : 0;
  writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n");
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\n" +
      "import { glob } from 'astro/loaders';\n" +
      "import { z } from 'astro/zod';\n\n" +
      'export const collections = {\n' +
      `  pages: defineCollection({ loader: glob({ pattern: '*.md', base: './entries' }), schema: z.object({ title: z.string()${recordLength ? ', record: z.string()' : ''} }) }),\n` +
      '};\n',
  );
  const count = heavy ? Math.max(0, Math.round((heavy.elements - PLAIN.elements) / 2)) : 0;
  const length = count && Math.max(1, Math.round((heavy.bytes - PLAIN.bytes) / count) - PADDING_MARKUP);
  const text = PARAGRAPH.repeat(Math.ceil(length / PARAGRAPH.length)).slice(0, length);
  // The plain route is the floor the budgets are measured against; the padding is written only when asked for.
  const padding = count
    ? [
        `const padding = Array.from({ length: ${count} }, (_, i) => i + 1);\n`,
        `{padding.map((i) => <p id={\`p\${i}\`}>{${JSON.stringify(text)}} <a href={\`#p\${i}\`}>{i}</a></p>)}`,
      ]
    : ['', ''];
  writeFileSync(
    join(root, 'src', 'pages', '[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n\n" +
      "export async function getStaticPaths() {\n  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n" +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n${padding[0]}---\n` +
      '<!doctype html>\n<html lang="en">\n  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>\n' +
      `  <body><main><h1>{entry.data.title}</h1><Content />${padding[1]}</main></body>\n</html>\n`,
  );
  // Each entry's record is its own (the page's number first): the store would keep one copy of identical strings.
  const record = PARAGRAPH.repeat(Math.ceil(recordLength / PARAGRAPH.length));
  for (let i = 1; i <= pages; i++) {
    const field = recordLength ? `record: "${`${i} ${record}`.slice(0, recordLength)}"\n` : '';
    writeFileSync(join(entries, `page-${i}.md`), `---\ntitle: "Page ${i}"\n${field}---\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n`);
  }
}
