// The floor to compare with: a bare Astro site, no package of its own (it
// resolves astro from this repository's node_modules), one content collection
// of plain Markdown entries and one dynamic route rendering each of them.
// Given a page's size and number of elements, each page also carries
// paragraphs with a link each until it is about that heavy, and given this
// site's content entries, the bare site's entries carry them, not rendered, so
// that Astro's content data store holds this site's record as it is, in size
// and in shape: Astro's own cost for pages and a record as heavy as this
// site's, so that what this site costs beyond it is its own work, not the bytes
// and elements Astro renders and writes or the record it holds.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PARAGRAPH =
  'Security officials of the two countries met to discuss cooperation against terrorism, extremism and ' +
  'drug trafficking, the training of personnel and the exchange of information between their ministries.';

/** A plain page as this route writes it: about 760 bytes in 10 elements (html, head, meta, title, body, main, h1, three p). */
const PLAIN = { bytes: 760, elements: 10 };
/** What a padding paragraph holds besides its text: `<p id="p42"> <a href="#p42">42</a></p>`. */
const PADDING_MARKUP = '<p id="p42"> <a href="#p42">42</a></p>'.length;

/**
 * Writes a bare Astro site with `pages` pages to `root`, replacing it. Given
 * `heavy` ({ bytes, elements, records }: a page's mean HTML size and element
 * count, and a site's records, each its data and its body), each page is
 * padded to about that, two elements a paragraph, and the entries carry the
 * records between them in a `records` field, each record in one entry.
 */
export function generateBareSite(root, pages, heavy) {
  rmSync(root, { recursive: true, force: true });
  const entries = join(root, 'entries');
  mkdirSync(entries, { recursive: true });
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  const records = heavy?.records ?? [];
  writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n");
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\n" +
      "import { glob } from 'astro/loaders';\n" +
      "import { z } from 'astro/zod';\n\n" +
      'export const collections = {\n' +
      `  pages: defineCollection({ loader: glob({ pattern: '*.md', base: './entries' }), schema: z.object({ title: z.string()${records.length ? ', records: z.array(z.object({ data: z.unknown(), body: z.string() }))' : ''} }) }),\n` +
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
  // Record k goes to entry k modulo the number of pages, so all of them are held whether there are more pages or more records.
  const held = Array.from({ length: pages }, () => []);
  records.forEach((record, k) => held[k % pages].push(record));
  for (let i = 1; i <= pages; i++) {
    // JSON on one line is YAML too.
    const field = records.length ? `records: ${JSON.stringify(held[i - 1])}\n` : '';
    writeFileSync(join(entries, `page-${i}.md`), `---\ntitle: "Page ${i}"\n${field}---\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n`);
  }
}
