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
  // Tests read parsed JSON and mutate raw, deliberately broken frontmatter: there `any` is the honest type.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
