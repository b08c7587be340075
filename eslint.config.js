// Lint rules: the recommended sets of ESLint, typescript-eslint and
// eslint-plugin-astro, run by `npm test` beside Prettier's format check.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'tmp/', 'tmp-*/', 'content/', 'bench/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Lists on the pages, and files the build writes, are in the same order on every build machine: without a locale,
  // localeCompare follows the machine's (a Swedish one puts "Ö" after "Z"). Tests may use it on ids. Nor does a text
  // change with it: toLocaleLowerCase() on a Turkish machine gives "ınnen" for "Innen", toLocaleString() "1.000" for
  // 1000 on a German one.
  {
    files: ['src/**', 'scripts/**', 'public/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare']",
          message:
            "Sort with src/lib/order.ts (inEnglishOrder for names and titles, inCodePointOrder for ids, dates and keys): localeCompare follows the build machine's locale.",
        },
        {
          selector:
            'CallExpression[callee.property.name=/^toLocale(Lower|Upper)Case$|^toLocale(Date|Time)?String$/][arguments.length=0]',
          message:
            "Give a locale ('en-GB'), or use toLowerCase()/toUpperCase(): without one, the text follows the build machine's locale.",
        },
      ],
    },
  },
  // The record is read once, in src/lib/content.ts, and the link index built there once: a page or component that
  // queried a collection itself would walk every record again (README, "How the content is laid out"). No linter reads
  // methodology.mdx, the one MDX page: it imports components only.
  {
    files: ['src/**'],
    ignores: ['src/lib/content.ts', 'src/content.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          name: 'astro:content',
          message: 'Read the record through src/lib/content.ts (graph and the lists it exports), which loads it once.',
        },
      ],
    },
  },
  // Tests read parsed JSON and mutate raw, deliberately broken frontmatter: there `any` is the honest type.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
